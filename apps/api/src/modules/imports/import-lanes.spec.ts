import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { IMPORT_LANES, inLanes } from './import-lanes.js';
import type { PersonRow, ReadRow } from './import-rows.js';

const row = (number: number, person: PersonRow) => ({ number, read: { person, records: {}, problems: [] } as ReadRow });

describe('an import works its rows on a few lanes', () => {
  it('answers every result in the order of the file, whatever order they end in', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(i, { fullName: `Người ${i}` }));
    const results = await inLanes(
      rows,
      async (r) => {
        await sleep((r.number * 7) % 5);
        return r.number;
      },
      async () => true,
    );
    expect(results).toEqual(rows.map((r) => r.number));
  });

  it('keeps the rows that may be one person on one lane, in the order of the file', async () => {
    // Rows 0, 3 and 5 are linked by a name, then an identity number: none may start before the one above ends.
    const rows = [
      row(0, { fullName: 'Nguyễn Văn An' }),
      row(1, { fullName: 'Trần Thị Bình' }),
      row(2, { fullName: 'Lê Văn Cường' }),
      row(3, { fullName: 'NGUYEN VAN AN', citizenId: '031090001234' }),
      row(4, { fullName: 'Phạm Văn Dũng' }),
      row(5, { fullName: 'Nguyễn An', citizenId: '031090001234' }),
    ];
    const running = new Set<number>();
    const order: number[] = [];
    await inLanes(
      rows,
      async (r) => {
        running.add(r.number);
        if ([0, 3, 5].includes(r.number)) expect([0, 3, 5].filter((n) => running.has(n))).toEqual([r.number]);
        await sleep(r.number === 0 ? 20 : 1);
        running.delete(r.number);
        order.push(r.number);
      },
      async () => true,
    );
    expect(order.filter((n) => [0, 3, 5].includes(n))).toEqual([0, 3, 5]);
  });

  it('works unrelated rows side by side', async () => {
    let most = 0;
    let now = 0;
    const rows = Array.from({ length: 12 }, (_, i) => row(i, { fullName: `Người ${i}` }));
    await inLanes(
      rows,
      async () => {
        now += 1;
        most = Math.max(most, now);
        await sleep(2);
        now -= 1;
      },
      async () => true,
    );
    expect(most).toBe(IMPORT_LANES);
  });

  it('stops when told to (a cancelled import) and answers null', async () => {
    const seen: number[] = [];
    const rows = Array.from({ length: 30 }, (_, i) => row(i, { fullName: `Người ${i}` }));
    const results = await inLanes(
      rows,
      async (r) => {
        seen.push(r.number);
      },
      async (done) => done < 5,
    );
    expect(results).toBeNull();
    expect(seen.length).toBeLessThan(5 + IMPORT_LANES);
  });

  it('ends with the error of a row that throws, after the other lanes stop', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => row(i, { fullName: `Người ${i}` }));
    const seen: number[] = [];
    await expect(
      inLanes(
        rows,
        async (r) => {
          seen.push(r.number);
          if (r.number === 4) throw new Error('lost connection');
          await sleep(1);
        },
        async () => true,
      ),
    ).rejects.toThrow('lost connection');
    expect(seen.length).toBeLessThan(30);
  });
});
