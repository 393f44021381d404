/** "2026-12-03 10:22:05 UTC": evidence times are given in UTC, as recorded. */
export function formatUtc(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return `${new Date(time).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}
