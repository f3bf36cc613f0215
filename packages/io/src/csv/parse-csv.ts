import Papa from 'papaparse';
import { FormatError } from '../format-error.ts';

export type CsvTable = {
  /** Header cells as written (BOM stripped, trimmed). */
  header: string[];
  /** Data records that hold at least one non-blank cell; `row` is the spreadsheet row (header = 1). */
  rows: Array<{ row: number; cells: string[] }>;
};

const DELIMITERS: readonly string[] = [';', ',', '\t'];

/** Picks the delimiter that occurs most often outside quotes on the header line; `,` when none does. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && DELIMITERS.includes(char)) {
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
  }
  let best = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = counts.get(delimiter) ?? 0;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Splits CSV text (`;`, `,` or tab separated, UTF-8 with or without BOM, quoted cells with line breaks,
 * CRLF or LF) into a header and data records. Line breaks inside cells come back as `\n`.
 */
export function parseCsv(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new FormatError('csv', 'het bestand is leeg.');
  const result = Papa.parse<string[]>(body, { delimiter: detectDelimiter(body), skipEmptyLines: false });
  const quoteError = result.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const line = (quoteError.row ?? 0) + 1;
    throw new FormatError(
      'csv',
      'een cel tussen aanhalingstekens is niet goed afgesloten (verwacht een " aan het eind van de cel; een " binnen een cel schrijf je als "").',
      { line },
    );
  }
  const records = result.data.map((cells) => cells.map((cell) => cell.replace(/\r\n?/g, '\n')));
  const headerIndex = records.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
  const header = records[headerIndex];
  if (headerIndex !== 0 || !header) {
    throw new FormatError('csv', 'de eerste regel moet de kolomnamen bevatten, maar is leeg.', { line: 1 });
  }
  const rows: CsvTable['rows'] = [];
  for (let index = 1; index < records.length; index++) {
    const cells = records[index] ?? [];
    if (cells.some((cell) => cell.trim() !== '')) rows.push({ row: index + 1, cells });
  }
  return { header: header.map((cell) => cell.trim()), rows };
}
