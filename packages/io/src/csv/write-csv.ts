import { escapeCsvCell } from '../escape-csv-cell.ts';

export type CsvValue = string | number | boolean | null | undefined;

function formatCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = escapeCsvCell(typeof value === 'boolean' ? (value ? 'ja' : 'nee') : String(value));
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes a table the way Dutch Excel opens it: UTF-8 with BOM, `;` between cells, CRLF between rows,
 * booleans as ja/nee, and cells that could start a formula escaped.
 */
export function writeCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  const lines = [header, ...rows].map((cells) => cells.map(formatCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
