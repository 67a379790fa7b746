import { describe, expect, it } from 'vitest';
import { CsvWriter } from './sheet-writer.js';

interface Row {
  name: string;
  born: string | null;
  at: Date;
  count: number;
}

describe('the CSV writer', () => {
  it('writes UTF-8 with a byte-order mark, dates as dd/MM/yyyy, instants in Việt Nam time, quoted text', async () => {
    const writer = new CsvWriter<Row>([
      { header: 'Họ và tên', value: (r) => r.name },
      { header: 'Ngày sinh', value: (r) => r.born, kind: 'date' },
      { header: 'Lúc', value: (r) => r.at, kind: 'datetime' },
      { header: 'Số', value: (r) => r.count, kind: 'number' },
    ]);
    writer.add([
      { name: 'Nguyễn Văn "An", Lãm Hà', born: '1990-03-05', at: new Date('2026-05-04T17:30:00Z'), count: 3 },
    ]);
    writer.add([]);
    writer.add([{ name: '=HYPERLINK("http://x")', born: null, at: new Date('2026-05-04T01:00:00Z'), count: 0 }]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await writer.finish());
    expect(text).toBe(
      '\ufeffHọ và tên,Ngày sinh,Lúc,Số\r\n' +
        '"Nguyễn Văn ""An"", Lãm Hà",05/03/1990,05/05/2026 00:30,3\r\n' +
        // A formula-like cell leaves as text (CSV injection).
        `"'=HYPERLINK(""http://x"")",,04/05/2026 08:00,0\r\n`,
    );
  });
});
