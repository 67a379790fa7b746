/** dd/MM/yyyy HH:mm in Việt Nam time (UTC+7, no daylight saving), whatever the browser's zone. */
export function formatDateTimeVi(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`;
}
