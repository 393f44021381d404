/**
 * The calendar day (YYYY-MM-DD) of a stored time, for date filters and the claim date: the date
 * as written when it starts with one (so "2024-03-01T23:00-05:00" stays on the 1st, as its
 * author meant), else whatever Date can parse, else null.
 */
export function dayOf(time: string | null | undefined): string | null {
  if (!time) return null;
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(time.trim());
  if (written) return written[1]!;
  const parsed = Date.parse(time);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}
