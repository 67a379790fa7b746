/**
 * Small-number suppression for figures that leave the ward (docs/security.md, "Small numbers").
 *
 * A count of 1 or 2 people in a cell can point at a person the reader knows, so a reader above the
 * ward sees it as "<3" (in the API: null, marked suppressed). Hiding those cells alone is not
 * enough: a row or column total minus the visible cells would give the hidden one back. So
 * complementary cells are hidden too, until no hidden cell can be worked out from the totals.
 *
 * The table is the interior `cells` plus its margins: each row's total (last column), each
 * column's total (last row) and the grand total (bottom right). Every row and every column of
 * that extended table is a line whose parts add up to its total. Steps:
 *  1. primary: every entry, margins included, between 1 and SMALL_CELL_MAX is hidden;
 *  2. lines: a line with exactly one hidden entry also hides its smallest non-zero visible entry
 *     (an interior cell before a total on a tie), repeated until no line has exactly one;
 *  3. chains: a hidden entry can still be worked out through a chain of lines (two groups of
 *     hidden cells joined by a single cell). Seen as a graph whose vertices are the lines and
 *     whose edges are the hidden entries, an entry is recoverable from the totals exactly when its
 *     edge lies on no cycle (a bridge). Each such entry is closed into a cycle by hiding the
 *     cheapest path of non-zero entries between its two lines. Such a path always exists, since
 *     the non-zero entries of a table whose lines add up form a graph with no bridge.
 * Zeros are never hidden: a zero names nobody, and "<3" must mean 1 or 2 when it is primary.
 */

/** The largest count hidden on its own. */
export const SMALL_CELL_MAX = 2;

/** A table after suppression: null where a value is hidden. Margins are computed from `cells`. */
export interface SuppressedTable {
  cells: (number | null)[][];
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  grandTotal: number | null;
  /** `hidden[r][c]` over the extended table: rows then the totals row, columns then the totals column. */
  hidden: boolean[][];
}

/** Whether a count is small enough to be hidden on its own. */
export function isSmallCount(n: number): boolean {
  return n >= 1 && n <= SMALL_CELL_MAX;
}

/** The extended table: cells with each row's total appended, then the row of column totals. */
export function withMargins(cells: readonly (readonly number[])[]): number[][] {
  const width = cells[0]?.length ?? 0;
  const rows = cells.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const totals = Array.from({ length: width + 1 }, (_, c) => rows.reduce((sum, row) => sum + (row[c] ?? 0), 0));
  return [...rows, totals];
}

type Grid = number[][];
type Marks = boolean[][];

/** Entries of line `i` (rows first, then columns) as [row, column] positions. */
function lineEntries(grid: Grid, line: number): [number, number][] {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  if (line < rows) return Array.from({ length: cols }, (_, c) => [line, c]);
  return Array.from({ length: rows }, (_, r) => [r, line - rows]);
}

/** Step 2: hide a partner in every line that hides exactly one entry; true when anything changed. */
function hidePartners(grid: Grid, hidden: Marks): boolean {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  let changed = false;
  for (let line = 0; line < rows + cols; line++) {
    const entries = lineEntries(grid, line);
    if (entries.filter(([r, c]) => hidden[r]?.[c]).length !== 1) continue;
    const isTotal = ([r, c]: [number, number]) => r === rows - 1 || c === cols - 1;
    const candidates = entries
      .filter(([r, c]) => !hidden[r]?.[c] && (grid[r]?.[c] ?? 0) > 0)
      .sort((a, b) => (grid[a[0]]?.[a[1]] ?? 0) - (grid[b[0]]?.[b[1]] ?? 0) || Number(isTotal(a)) - Number(isTotal(b)));
    const pick = candidates[0];
    if (pick) {
      (hidden[pick[0]] as boolean[])[pick[1]] = true;
      changed = true;
    }
  }
  return changed;
}

/**
 * The cheapest path of non-zero entries from row vertex `from` to column vertex `to` that does not
 * use the entry (from, to) itself; hidden entries cost nothing. Vertices: rows 0..R-1, columns R.. .
 */
function cheapestPath(grid: Grid, hidden: Marks, from: number, to: number): [number, number][] | null {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  const n = rows + cols;
  const dist = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
  const via = new Array<[number, number] | null>(n).fill(null);
  const prev = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  dist[from] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < n; v++) if (!done[v] && (u < 0 || (dist[v] as number) < (dist[u] as number))) u = v;
    if (u < 0 || dist[u] === Number.POSITIVE_INFINITY) return null;
    if (u === rows + to) break;
    done[u] = true;
    for (const [r, c] of lineEntries(grid, u)) {
      if (r === from && c === to) continue;
      const value = grid[r]?.[c] ?? 0;
      if (value === 0) continue;
      const other = u < rows ? rows + c : r;
      const cost = (dist[u] as number) + (hidden[r]?.[c] ? 0 : value);
      if (cost < (dist[other] as number)) {
        dist[other] = cost;
        via[other] = [r, c];
        prev[other] = u;
      }
    }
  }
  const path: [number, number][] = [];
  for (let v = rows + to; v !== from; v = prev[v] as number) path.push(via[v] as [number, number]);
  return path;
}

/** A hidden entry whose edge is a bridge of the graph of hidden entries, or null. */
function findRecoverable(grid: Grid, hidden: Marks): [number, number] | null {
  const rows = grid.length;
  const cols = grid[0]?.length ?? 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (hidden[r]?.[c] && !onCycle(hidden, r, c)) return [r, c];
    }
  }
  return null;
}

/** Whether hidden entry (r, c) lies on a cycle: its row reaches its column through other hidden entries. */
export function onCycle(hidden: Marks, row: number, col: number): boolean {
  const rows = hidden.length;
  const cols = hidden[0]?.length ?? 0;
  const seen = new Set<number>([row]);
  const queue = [row];
  while (queue.length > 0) {
    const u = queue.shift() as number;
    if (u === rows + col) return true;
    const next: number[] = [];
    if (u < rows) {
      for (let c = 0; c < cols; c++) if (hidden[u]?.[c] && !(u === row && c === col)) next.push(rows + c);
    } else {
      for (let r = 0; r < rows; r++) if (hidden[r]?.[u - rows] && !(r === row && u - rows === col)) next.push(r);
    }
    for (const v of next) {
      if (!seen.has(v)) {
        seen.add(v);
        queue.push(v);
      }
    }
  }
  return false;
}

/** Suppresses a table of counts for a reader above the ward (see the rule above). */
export function suppressSmallCells(cells: readonly (readonly number[])[]): SuppressedTable {
  const grid = withMargins(cells);
  const hidden: Marks = grid.map((row) => row.map(isSmallCount));
  while (hidePartners(grid, hidden));
  for (let recoverable = findRecoverable(grid, hidden); recoverable; recoverable = findRecoverable(grid, hidden)) {
    const [r, c] = recoverable;
    const path = cheapestPath(grid, hidden, r, c);
    // Unreachable for a table whose lines add up; hiding the entry's whole row is the safe answer.
    for (const [pr, pc] of path ?? lineEntries(grid, r)) (hidden[pr] as boolean[])[pc] = true;
    if (!path) break;
  }
  const show = (r: number, c: number): number | null => (hidden[r]?.[c] ? null : (grid[r]?.[c] ?? 0));
  const last = cells.length;
  const width = cells[0]?.length ?? 0;
  return {
    cells: cells.map((row, r) => row.map((_, c) => show(r, c))),
    rowTotals: cells.map((_, r) => show(r, width)),
    columnTotals: Array.from({ length: width }, (_, c) => show(last, c)),
    grandTotal: show(last, width),
    hidden,
  };
}
