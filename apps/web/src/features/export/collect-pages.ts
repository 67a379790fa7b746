/** One page of a keyset-paged list, as every list query in the API answers. */
export interface ExportPage<Row> {
  rows: Row[];
  endCursor: string | null;
  hasNextPage: boolean;
  /** Null when the list does not count its rows (progress then shows rows fetched only). */
  totalCount: number | null;
}

/** The API's largest page: an export walks the list in pages of this size. */
export const EXPORT_PAGE_SIZE = 100;
/** An export is a working list, not a data dump: beyond this, filter first. */
export const EXPORT_MAX_ROWS = 10_000;

export class TooManyRowsError extends Error {
  constructor(
    readonly total: number,
    readonly max: number,
  ) {
    super(`${total} rows exceed the export limit of ${max}`);
    this.name = 'TooManyRowsError';
  }
}

/**
 * Fetches every page of a list with the list's own filters, reporting progress after each page.
 * Stops (rejecting with the signal's reason) when `signal` is aborted.
 */
export async function collectPages<Row>(
  fetchPage: (after: string | null) => Promise<ExportPage<Row>>,
  options: { onProgress?: (done: number, total: number | null) => void; signal?: AbortSignal; maxRows?: number } = {},
): Promise<Row[]> {
  const max = options.maxRows ?? EXPORT_MAX_ROWS;
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await fetchPage(after);
    options.signal?.throwIfAborted();
    if (page.totalCount !== null && page.totalCount > max) throw new TooManyRowsError(page.totalCount, max);
    rows.push(...page.rows);
    // Uncounted lists are checked as they grow.
    if (rows.length > max) throw new TooManyRowsError(rows.length, max);
    options.onProgress?.(rows.length, page.totalCount === null ? null : Math.max(page.totalCount, rows.length));
    if (!page.hasNextPage || !page.endCursor || page.rows.length === 0) return rows;
    after = page.endCursor;
  }
}

/** The shape every keyset-paged list of the API answers with. */
export interface PagedConnection<Row> {
  edges: ReadonlyArray<{ node: Row }>;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  totalCount?: number | null;
}

/**
 * One page of a list's connection, for `collectPages`. A page that did not come back stops the
 * export with an error rather than ending it early with part of the list.
 */
export function toExportPage<Row>(connection: PagedConnection<Row> | null | undefined): ExportPage<Row> {
  if (!connection) throw new Error('an export page did not come back');
  return {
    rows: connection.edges.map((edge) => edge.node),
    endCursor: connection.pageInfo.endCursor ?? null,
    hasNextPage: connection.pageInfo.hasNextPage,
    totalCount: connection.totalCount ?? null,
  };
}
