export function formatDateTimeDay(iso: string): string {
  // An instant shown as its day in Việt Nam (dd/MM/yyyy).
  const day = new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}
