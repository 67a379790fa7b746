/** The largest package the API takes (`CASE_PACKAGE_MAX_BYTES` of its routes), checked here first. */
export const CASE_PACKAGE_MAX_BYTES = 10 * 1024 * 1024;

/** What `POST /case-packages/preview` answers (docs/api.md, Case packages). */
export interface CasePackagePreview {
  packageId: string;
  from: { code: string; name: string };
  to: { code: string; unitCode?: string | null; unitName?: string | null };
  handedOverOn: string;
  person: {
    fullName: string;
    dateOfBirth: string | null;
    sex: string | null;
    citizenId: string | null;
    permanentAddress: string | null;
    currentAddress: string | null;
    returnedOn: string | null;
    status: string | null;
  };
  openTasks: { kind: string; title: string; dueOn: string | null; note: string | null }[];
  auditSummary: { total: number; byAction: Record<string, number>; firstAt: string | null; lastAt: string | null };
  counts: Record<string, number>;
  match: { kind: 'EXISTING' | 'POSSIBLE_DUPLICATE' | 'NEW'; returneeId: string | null; fullName: string | null };
}

/** A preview the API refused (a reason such as PACKAGE_TAMPERED), or one that never reached it (status 0). */
export class CasePackageRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    /** The API's words, "<Vietnamese> / <English>"; empty when it said nothing. */
    readonly apiMessage = '',
    readonly reason?: string,
  ) {
    super(apiMessage || code);
    this.name = 'CasePackageRequestError';
  }
}

/** Why the file cannot be sent at all, checked before uploading. */
export function packageFileProblem(file: File): 'fileType' | 'fileEmpty' | 'fileTooLarge' | null {
  if (!file.name.toLowerCase().endsWith('.json')) return 'fileType';
  if (file.size === 0) return 'fileEmpty';
  if (file.size > CASE_PACKAGE_MAX_BYTES) return 'fileTooLarge';
  return null;
}

/**
 * Sends the package file, as is, with the session cookie: the API verifies it (sender, signature,
 * address, replay), keeps it for the acceptance and answers what it holds. Writes nothing else.
 */
export async function previewCasePackage(file: File): Promise<CasePackagePreview> {
  let response: Response;
  try {
    response = await fetch('/case-packages/preview', {
      method: 'POST',
      body: await file.text(),
      headers: { 'content-type': 'application/json' },
      credentials: 'same-origin',
    });
  } catch {
    throw new CasePackageRequestError(0, 'NETWORK');
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as CasePackagePreview;
  const first = (body as { errors?: { message?: unknown; extensions?: Record<string, unknown> }[] } | null)
    ?.errors?.[0];
  const ext = first?.extensions ?? {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const fallback =
    response.status === 413 ? 'BAD_USER_INPUT' : response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN';
  throw new CasePackageRequestError(
    response.status,
    text(ext.code) ?? fallback,
    text(first?.message) ?? '',
    text(ext.reason),
  );
}
