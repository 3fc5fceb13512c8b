// Spreadsheet formula injection (OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets run a
// cell that starts with =, +, -, @, tab or CR as a formula (=HYPERLINK(…), DDE …). Downloads made
// for Excel prefix such a cell with an apostrophe, which spreadsheets read as "this is text" and do
// not show; the CSV reader drops that apostrophe again, so a download reads back to the same records.

// ASCII triggers from OWASP, NUL (ASVS 1.2.10), and their full-width forms, which a Japanese
// spreadsheet may convert on input.
const FORMULA_START = /^[=+\-@\t\r\0＝＋－＠]/;
// A lone number such as -3 or +2.5 is read as that number, never as a formula: it stays a number.
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;
// Apostrophes before a formula character: all but the first belong to the value itself.
const ESCAPED = /^'+[=+\-@\t\r\0＝＋－＠]/;

/**
 * The cell as written to a spreadsheet CSV: text that would start a formula gets a leading '. So
 * does text that already looks escaped, so that reading back never loses an apostrophe of its own.
 */
export function escapeFormula(cell: string): string {
  const formula = FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);
  return formula || ESCAPED.test(cell) ? `'${cell}` : cell;
}

/** Undo escapeFormula: a ' that only marks a formula-like cell as text is not part of the value. */
export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}
