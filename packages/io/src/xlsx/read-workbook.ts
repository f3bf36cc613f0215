import { XMLParser } from 'fast-xml-parser';
import { FormatError } from '../format-error.ts';
import { dateFromText } from '../scalar-text.ts';
import { openWorkbook } from './open-workbook.ts';
import { type RawCell, scanSharedStrings, scanSheet } from './scan-sheet.ts';
import { MAX_XLSX_COLUMNS, MAX_XLSX_ROWS } from './xlsx-limits.ts';

/** One worksheet as text cells: `row` is the spreadsheet's own row number (1-based). */
export type Sheet = { name: string; rows: Array<{ row: number; cells: string[] }> };

type Node = Record<string, unknown>;

const ARRAYS = new Set(['sheet', 'Relationship', 'xf', 'numFmt']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  isArray: (name) => ARRAYS.has(name),
});

/**
 * A part's text, refused when it has a DTD: Office never writes one; in a workbook it is an attempt at
 * entity expansion or external entities.
 */
function partText(parts: Map<string, string>, name: string): string | undefined {
  const text = parts.get(name);
  if (text === undefined) return undefined;
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)) || /<!ENTITY/i.test(text)) {
    throw new FormatError(
      'xlsx',
      `het onderdeel ${name} bevat een DOCTYPE of ENTITY; zo'n werkmap wordt niet gelezen.`,
    );
  }
  return text;
}

function parsePart(parts: Map<string, string>, name: string): Node | undefined {
  const text = partText(parts, name);
  if (text === undefined) return undefined;
  try {
    return parser.parse(text) as Node;
  } catch {
    throw new FormatError(
      'xlsx',
      `het onderdeel ${name} is geen goed gevormde XML; de werkmap is beschadigd.`,
    );
  }
}

const asNode = (value: unknown): Node => (typeof value === 'object' && value !== null ? (value as Node) : {});
const asArray = (value: unknown): Node[] =>
  Array.isArray(value) ? value.map(asNode) : value === undefined ? [] : [asNode(value)];
const attribute = (node: Node, name: string): string | undefined => {
  const value = node[`@_${name}`];
  return value === undefined ? undefined : String(value);
};

/** Built-in number formats that show a date (ECMA-376 18.8.30, plus the East-Asian date ids). */
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
]);

/** A custom number format shows a date when it has d, m or y outside quotes, brackets and escapes. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '');
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/^[hms:.\s0]*$/i.test(bare));
}

/** For each cell style index: does it show a date? */
function dateStyles(parts: Map<string, string>): boolean[] {
  const styles = asNode(parsePart(parts, 'xl/styles.xml')?.styleSheet);
  const custom = new Map<number, string>();
  for (const format of asArray(asNode(styles.numFmts).numFmt)) {
    custom.set(Number(attribute(format, 'numFmtId')), attribute(format, 'formatCode') ?? '');
  }
  return asArray(asNode(styles.cellXfs).xf).map((xf) => {
    const id = Number(attribute(xf, 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * An Excel date serial as a calendar date, counted in whole days (so no time zone can shift it): 1900
 * system from 1899-12-30 (Excel's fictitious 29 February 1900 included), or the 1904 system.
 */
export function serialToDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial + (date1904 ? 1462 : 0));
  const epoch = Date.UTC(1899, 11, 30);
  const date = new Date(epoch + days * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function columnIndex(reference: string | undefined): number | undefined {
  const letters = reference === undefined ? undefined : /^([A-Z]+)/.exec(reference)?.[1];
  if (letters === undefined) return undefined;
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

type CellContext = { shared: string[]; dates: boolean[]; date1904: boolean };

function cellText(cell: RawCell, context: CellContext): string {
  const type = cell.t ?? 'n';
  const value = cell.v;
  switch (type) {
    case 's':
      return context.shared[Number(value)] ?? '';
    case 'inlineStr':
      return cell.inline ?? '';
    case 'str':
    case 'e':
      return value ?? '';
    case 'b':
      return value === '1' ? 'ja' : value === '0' ? 'nee' : (value ?? '');
    case 'd':
      return value === undefined ? '' : (dateFromText(value.slice(0, 10)) ?? value);
    default: {
      if (value === undefined || value.trim() === '') return '';
      const number = Number(value);
      if (!Number.isFinite(number)) return value;
      if (context.dates[Number(cell.s ?? 0)]) return serialToDate(number, context.date1904);
      return String(number);
    }
  }
}

/**
 * Reads every worksheet of an .xlsx workbook, in the workbook's order, as rows of text cells: shared
 * and inline strings as text, numbers with a decimal point, date-formatted cells and ISO date cells as
 * `YYYY-MM-DD`, booleans as ja/nee, formulas as their cached value. Bounded by MAX_XLSX_ROWS and
 * MAX_XLSX_COLUMNS; throws a Dutch FormatError for anything that is not a readable workbook.
 */
export function readWorkbook(bytes: Uint8Array): Sheet[] {
  const parts = openWorkbook(bytes);
  const workbook = asNode(parsePart(parts, 'xl/workbook.xml')?.workbook);
  const date1904 = ['1', 'true'].includes(attribute(asNode(workbook.workbookPr), 'date1904') ?? '');
  const relations = new Map<string, string>();
  for (const relation of asArray(
    asNode(parsePart(parts, 'xl/_rels/workbook.xml.rels')?.Relationships).Relationship,
  )) {
    const id = attribute(relation, 'Id');
    const target = attribute(relation, 'Target');
    if (id !== undefined && target !== undefined) {
      relations.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
    }
  }
  const sharedText = partText(parts, 'xl/sharedStrings.xml');
  const shared = sharedText === undefined ? [] : scanSharedStrings(sharedText);
  const context: CellContext = { shared, dates: dateStyles(parts), date1904 };

  const sheets: Sheet[] = [];
  let rowCount = 0;
  for (const entry of asArray(asNode(workbook.sheets).sheet)) {
    const name = attribute(entry, 'name') ?? `Blad${sheets.length + 1}`;
    const path = relations.get(attribute(entry, 'id') ?? '');
    const sheetXml = path === undefined ? undefined : partText(parts, path);
    if (sheetXml === undefined) continue; // a chart sheet or a missing part holds no table
    const rows: Sheet['rows'] = [];
    let nextRow = 1;
    scanSheet(sheetXml, (rawRow) => {
      const row = Number(rawRow.r ?? nextRow);
      nextRow = row + 1;
      const cells: string[] = [];
      let nextColumn = 0;
      for (const cell of rawRow.cells) {
        const column = columnIndex(cell.r) ?? nextColumn;
        nextColumn = column + 1;
        if (column >= MAX_XLSX_COLUMNS) {
          throw new FormatError(
            'xlsx',
            `er staan gegevens voorbij kolom ${MAX_XLSX_COLUMNS}; zoveel kolommen worden niet gelezen.`,
            {
              element: `blad "${name}"`,
              line: row,
            },
          );
        }
        const text = cellText(cell, context);
        if (text === '') continue;
        while (cells.length < column) cells.push('');
        cells[column] = text;
      }
      if (cells.every((cell) => cell.trim() === '')) return;
      if (++rowCount > MAX_XLSX_ROWS) {
        throw new FormatError(
          'xlsx',
          `de werkmap heeft meer dan ${MAX_XLSX_ROWS.toLocaleString('nl-NL')} gevulde rijen; splits hem in kleinere bestanden.`,
          { element: `blad "${name}"`, line: row },
        );
      }
      rows.push({ row, cells });
    });
    sheets.push({ name, rows });
  }
  return sheets;
}
