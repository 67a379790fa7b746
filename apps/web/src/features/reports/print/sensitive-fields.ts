/**
 * Whether the API gave this user a person's sensitive fields (convictions, citizen ID, the
 * expungement forecast). Officers always get them. Others get them only within a reveal grant, which
 * the API keeps and this tab may not know about; the answer itself then tells: anything sensitive
 * present means shown. Nothing present for a non-officer is printed as hidden, never fetched around.
 */
export function sensitiveShown(
  role: string,
  person: { citizenId?: string | null; convictions: readonly unknown[]; expungementForecast?: unknown },
): boolean {
  if (role === 'OFFICER') return true;
  return person.citizenId != null || person.convictions.length > 0 || person.expungementForecast != null;
}
