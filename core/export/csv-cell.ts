// A spreadsheet runs a cell that starts with one of these as a formula (or DDE command), also
// after leading spaces, line breaks or other controls, which some trim before they look; a cell
// that starts with a tab, carriage return or line feed is neutralised whatever follows.
const FORMULA_START = /^[\s\u0000-\u001f]*[=+\-@]|^[\t\r\n]/;
// RFC 4180: a field holding a comma, a double quote or a line break must be quoted.
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV field, RFC 4180-quoted when needed (inner quotes doubled), with a leading formula
 * character neutralised by an apostrophe, as OWASP advises, so opening the file never runs it.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
