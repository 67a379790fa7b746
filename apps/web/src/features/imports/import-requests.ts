import type { ImportPreview, Mapping } from './import-types';

/** The largest file the API takes (`IMPORT_MAX_BYTES` of the import routes), checked here first. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** The kinds of file the API reads (docs/api.md, "Imports"). */
export const IMPORT_EXTENSIONS = ['.xlsx', '.csv'] as const;

/** An upload the API refused, or one that never reached it (`status` 0, code NETWORK). */
export class ImportRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The API's words, "<Vietnamese> / <English>"; empty when it said nothing. */
    readonly apiMessage = '',
    readonly field?: string,
    readonly reason?: string,
  ) {
    super(apiMessage || code);
    this.name = 'ImportRequestError';
  }
}

/** Why the file cannot be sent at all, checked before uploading (the API refuses the same). */
export function fileProblem(file: File): 'fileEmpty' | 'fileTooLarge' | 'fileType' | null {
  const name = file.name.toLowerCase();
  if (!IMPORT_EXTENSIONS.some((ext) => name.endsWith(ext))) return 'fileType';
  if (file.size === 0) return 'fileEmpty';
  if (file.size > IMPORT_MAX_BYTES) return 'fileTooLarge';
  return null;
}

/** Asks the API which header row and columns it reads in `file`, and for its first rows. */
export async function previewImport(file: File, headerRow: number | null): Promise<ImportPreview> {
  const form = new FormData();
  form.set('file', file, file.name);
  if (headerRow !== null) form.set('headerRow', String(headerRow));
  return (await postForm('/imports/preview', form)) as ImportPreview;
}

export interface StartImport {
  file: File;
  unitCode: string;
  dryRun: boolean;
  headerRow: number | null;
  mapping: Mapping;
  /** The campaign whose list this is (modules/campaigns), if any. */
  campaignId?: string | null;
}

/** Queues the import (or its dry run) and answers the job's id, to follow with `importJob`. */
export async function startImport({
  file,
  unitCode,
  dryRun,
  headerRow,
  mapping,
  campaignId,
}: StartImport): Promise<string> {
  const form = new FormData();
  form.set('file', file, file.name);
  form.set('unitCode', unitCode);
  form.set('dryRun', dryRun ? 'true' : 'false');
  if (headerRow !== null) form.set('headerRow', String(headerRow));
  form.set('mapping', JSON.stringify(mapping));
  if (campaignId) form.set('campaignId', campaignId);
  const body = (await postForm('/imports', form)) as { jobId: string };
  return body.jobId;
}

/** Posts the form with the session cookie; an answer that is not 2xx becomes an `ImportRequestError`. */
async function postForm(path: string, form: FormData): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    throw new ImportRequestError(0, 'NETWORK');
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body;
  const first = (body as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | null)
    ?.errors?.[0];
  const ext = first?.extensions ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const fallback =
    response.status === 413 ? 'BAD_USER_INPUT' : response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN';
  throw new ImportRequestError(
    response.status,
    text(ext.code) ?? fallback,
    text(first?.message) ?? '',
    text(ext.field),
    text(ext.reason),
  );
}
