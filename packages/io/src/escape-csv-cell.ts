/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Inside a cell, a comma, semicolon or line break followed by a formula character: a spreadsheet
 * that splits on the other separator (Excel in a comma locale opening a `;` file), or breaks the
 * record at the line break, would start a new cell there.
 */
const FRAGMENT_START = /([,;\r\n] *)('*[=+\-@\t])/g;
const FRAGMENT_ESCAPED = /([,;\r\n] *)'('*[=+\-@\t])/g;

/**
 * Guards a cell against formula injection by prefixing `'` when it starts with `=`, `+`, `-`, `@`,
 * tab or carriage return, and likewise where such a character follows a comma, semicolon or line
 * break inside the cell (and spaces). Quotes already standing there get one more, so
 * `unescapeCsvCell` restores every value exactly.
 */
export function escapeCsvCell(value: string): string {
  const inner = value.replace(FRAGMENT_START, "$1'$2");
  return FORMULA_START.test(value) ? `'${inner}` : inner;
}

/** Undoes `escapeCsvCell`. */
export function unescapeCsvCell(value: string): string {
  const start = value.startsWith("'") && FORMULA_START.test(value) ? value.slice(1) : value;
  return start.replace(FRAGMENT_ESCAPED, '$1$2');
}

/**
 * One cell of a CSV file, safe whichever separator the program that opens it uses: escaped against
 * formulas, and between double quotes when it holds either separator, a quote, a tab, a line break
 * or spaces at either end.
 */
export function csvCell(value: string): string {
  const text = escapeCsvCell(value);
  return /[;,"\r\n\t]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
