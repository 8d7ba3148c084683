/** A CSV cell: text is quoted and made formula-safe; numbers are written as they are. */
export type CsvCell = string | number | null | undefined;

/** Byte-order mark: without it Excel opens UTF-8 as a legacy code page and mangles names. */
export const UTF8_BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV
 * injection"). A trainee's display name like `=HYPERLINK(...)` must stay text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180 quoting plus formula neutralisation for one cell. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows joined with CRLF (RFC 4180), with a trailing CRLF and, by default, a BOM. */
export function toCsv(rows: CsvCell[][], options: { bom?: boolean } = {}): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return `${options.bom === false ? '' : UTF8_BOM}${body}\r\n`;
}

/**
 * `2025-03-04 09:05:00` in UTC: a form spreadsheets recognise as a date and
 * time. A time that is no possible date (toISOString would throw) is an empty cell.
 */
export function csvDate(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 19).replace('T', ' ');
}
