/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Guards a cell against formula injection by prefixing `'` when it starts with `=`, `+`, `-`, `@`, tab or
 * carriage return. A cell that already starts with quotes before such a character gets one more, so
 * `unescapeCsvCell` restores every value exactly.
 */
export function escapeCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `escapeCsvCell`: strips one leading `'` when quotes are followed by a formula character. */
export function unescapeCsvCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
}
