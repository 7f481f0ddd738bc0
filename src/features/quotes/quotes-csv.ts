/** A field starting with one of these could run as a formula in a spreadsheet. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula injection neutralised with a leading ', then quoted when needed (RFC 4180). */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with CRLF line ends, in UTF-8 with a byte-order mark so Excel reads Chinese. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
