/** A purpose is at least this long (the API's rule for reveals and whole files). */
export const PURPOSE_MIN = 10;

/** The URL fragment carrying a purpose to the print page: `#purpose=…`. */
export function purposeHash(purpose: string): string {
  return `#${new URLSearchParams({ purpose: purpose.trim() }).toString()}`;
}

/** The purpose a fragment carries, if it is long enough; null otherwise. */
export function purposeFromHash(hash: string): string | null {
  const purpose = new URLSearchParams(hash.replace(/^#/, '')).get('purpose')?.trim() ?? '';
  return purpose.length >= PURPOSE_MIN ? purpose : null;
}

/** Where the print page of a person's whole file is, for a purpose. */
export function personFilePrintPath(returneeId: string, purpose: string): string {
  return `/print/returnees/${encodeURIComponent(returneeId)}/file${purposeHash(purpose)}`;
}
