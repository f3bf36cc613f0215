import { csvCell } from '../escape-csv-cell.ts';

export type CsvValue = string | number | boolean | null | undefined;

function formatCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  return csvCell(typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value));
}

/**
 * Writes a table the way Dutch Excel opens it: UTF-8 with BOM, `;` between cells, CRLF between rows,
 * booleans as ja/nee, and cells that could start a formula escaped and quoted (see `csvCell`).
 */
export function writeCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  const lines = [header, ...rows].map((cells) => cells.map(formatCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
