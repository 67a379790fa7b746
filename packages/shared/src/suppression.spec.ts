import { describe, expect, it } from 'vitest';
import { suppressSmallCells, withMargins } from './suppression.js';

/**
 * Whether a reader who sees the visible entries and knows that every line adds up can work out
 * hidden entry `k` exactly: linear algebra over the hidden entries (the unknowns), one equation
 * per line. `k` is determined exactly when its unit vector lies in the span of the equations.
 */
function recoverable(hidden: boolean[][], k: [number, number]): boolean {
  const rows = hidden.length;
  const cols = hidden[0]?.length ?? 0;
  const unknowns: string[] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (hidden[r]?.[c]) unknowns.push(`${r},${c}`);
  const index = new Map(unknowns.map((u, i) => [u, i]));
  const equations: number[][] = [];
  // Each line reads "parts - total = known": the total carries the opposite sign.
  for (let r = 0; r < rows; r++) {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (let c = 0; c < cols; c++) if (hidden[r]?.[c]) eq[index.get(`${r},${c}`) as number] = c === cols - 1 ? -1 : 1;
    equations.push(eq);
  }
  for (let c = 0; c < cols; c++) {
    const eq = new Array<number>(unknowns.length).fill(0);
    for (let r = 0; r < rows; r++) if (hidden[r]?.[c]) eq[index.get(`${r},${c}`) as number] = r === rows - 1 ? -1 : 1;
    equations.push(eq);
  }
  const target = new Array<number>(unknowns.length).fill(0);
  target[index.get(`${k[0]},${k[1]}`) as number] = 1;
  return rank([...equations, target]) === rank(equations);
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let rank = 0;
  const width = m[0]?.length ?? 0;
  for (let col = 0; col < width && rank < m.length; col++) {
    const pivot = m.findIndex((row, i) => i >= rank && Math.abs(row[col] ?? 0) > 1e-9);
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot] as number[], m[rank] as number[]];
    const p = m[rank] as number[];
    for (let i = 0; i < m.length; i++) {
      const row = m[i] as number[];
      if (i === rank || Math.abs(row[col] ?? 0) < 1e-9) continue;
      const f = (row[col] as number) / (p[col] as number);
      for (let j = col; j < width; j++) row[j] = (row[j] as number) - f * (p[j] as number);
    }
    rank += 1;
  }
  return rank;
}

/** A small deterministic generator, so a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomTable(next: () => number): number[][] {
  const rows = 1 + Math.floor(next() * 6);
  const cols = 1 + Math.floor(next() * 5);
  // Mostly small counts and zeros, as a ward's figures are, with now and then a larger one.
  const draw = () => {
    const x = next();
    return x < 0.3
      ? 0
      : x < 0.6
        ? 1 + Math.floor(next() * 2)
        : x < 0.9
          ? 3 + Math.floor(next() * 8)
          : Math.floor(next() * 60);
  };
  return Array.from({ length: rows }, () => Array.from({ length: cols }, draw));
}

describe('suppressSmallCells', () => {
  it('hides the 1s and 2s and a partner in their row, and leaves a table of larger counts alone', () => {
    const out = suppressSmallCells([[7, 2, 21, 0]]);
    expect(out.cells).toEqual([[null, null, 21, 0]]);
    expect(out.rowTotals).toEqual([30]);
    expect(suppressSmallCells([[7, 21, 6]]).cells).toEqual([[7, 21, 6]]);
  });

  it('never hides a zero, and hides a small total with its parts', () => {
    const out = suppressSmallCells([[0, 1, 0]]);
    expect(out.cells).toEqual([[0, null, 0]]);
    expect(out.rowTotals).toEqual([null]);
  });

  it('hides enough that no single row or column total gives a hidden cell back', () => {
    const out = suppressSmallCells([
      [5, 1, 9],
      [6, 8, 12],
      [4, 7, 10],
    ]);
    for (const row of out.hidden) expect(row.filter(Boolean).length).not.toBe(1);
    for (let c = 0; c < 4; c++) expect(out.hidden.filter((row) => row[c]).length).not.toBe(1);
  });

  it('closes a chain of lines: a cell joining two groups of hidden cells is hidden with a path around it', () => {
    // Two blocks whose 1s pair up within their own rows and columns, joined by row 1 / column 2.
    const table = [
      [1, 1, 0, 0, 9],
      [1, 1, 5, 0, 9],
      [0, 0, 1, 1, 9],
      [0, 0, 1, 1, 9],
    ];
    const out = suppressSmallCells(table);
    const extended = withMargins(table);
    extended.forEach((row, r) => {
      row.forEach((_, c) => {
        if (out.hidden[r]?.[c]) expect(recoverable(out.hidden, [r, c])).toBe(false);
      });
    });
  });

  it('leaves no hidden entry that row and column arithmetic can recover, over 2,000 random tables', () => {
    const next = random(20261206);
    for (let i = 0; i < 2000; i++) {
      const table = randomTable(next);
      const out = suppressSmallCells(table);
      const extended = withMargins(table);
      extended.forEach((row, r) => {
        row.forEach((value, c) => {
          const hidden = out.hidden[r]?.[c] ?? false;
          if (value >= 1 && value <= 2) expect(hidden, `table ${i} ${JSON.stringify(table)}`).toBe(true);
          if (value === 0) expect(hidden).toBe(false);
          if (hidden)
            expect(recoverable(out.hidden, [r, c]), `table ${i} ${JSON.stringify(table)} at ${r},${c}`).toBe(false);
        });
      });
      // What is shown is the true value.
      out.cells.forEach((row, r) => {
        row.forEach((v, c) => {
          if (v !== null) expect(v).toBe(table[r]?.[c]);
        });
      });
    }
  });
});
