import { type CsvShape, detectCsvShape, type TableSource } from '../csv/csv-columns.ts';
import type { CsvTable } from '../csv/parse-csv.ts';
import { readTableImport } from '../csv/read-csv-import.ts';
import { FormatError } from '../format-error.ts';
import {
  emptyImportRecords,
  IMPORT_COLLECTIONS,
  type ImportRecords,
  type SourceRow,
} from '../import-records.ts';
import type { NodeKind, ReadImportOptions } from '../io-format.ts';
import { booleanFromText, normaliseName, numberFromText } from '../scalar-text.ts';
import { readWorkbook, type Sheet } from './read-workbook.ts';
import { EXPLANATION_SHEET } from './write-import-template.ts';

type SheetKind = CsvShape | 'kumuElements' | 'kumuConnections';

/** The sheet that explains our template (`writeImportTemplate`) rather than holding records. */
const EXPLANATION_SHEETS = new Set([normaliseName(EXPLANATION_SHEET)]);

const SHEET_NAMES: Record<string, SheetKind> = {
  organisaties: 'organisations',
  organisatie: 'organisations',
  organisations: 'organisations',
  organizations: 'organisations',
  personen: 'people',
  persoon: 'people',
  people: 'people',
  persons: 'people',
  contactpersonen: 'people',
  verbindingen: 'links',
  verbinding: 'links',
  relaties: 'links',
  links: 'links',
  ties: 'links',
  elements: 'kumuElements',
  connections: 'kumuConnections',
};

/** Kumu's columns that we read; every other column of a Kumu sheet is named in a note. */
const KUMU_ELEMENT_COLUMNS = [
  'id',
  'label',
  'type',
  'description',
  'function',
  'functie',
  'organisation',
  'organisatie',
  'domain',
  'domein',
];
const KUMU_CONNECTION_COLUMNS = [
  'id',
  'from',
  'to',
  'type',
  'direction',
  'label',
  'description',
  'strength',
  'weight',
  'sterkte',
  'gewicht',
];
const PERSON_TYPES = new Set([
  'person',
  'persoon',
  'people',
  'personen',
  'contactpersoon',
  'individual',
  'individu',
  'professional',
]);
const ORGANISATION_TYPES = new Set(['organisation', 'organization', 'organisatie', 'organisaties']);

function tableOf(sheet: Sheet): CsvTable {
  const [header, ...rows] = sheet.rows;
  const width = Math.max(0, ...sheet.rows.map((row) => row.cells.length));
  const cells = (row: { cells: string[] }) =>
    Array.from({ length: width }, (_, index) => row.cells[index] ?? '');
  return {
    header: header ? cells(header).map((cell) => cell.trim()) : [],
    rows: rows.map((row) => ({ row: row.row, cells: cells(row) })),
  };
}

function kindOf(sheet: Sheet, table: CsvTable, only: boolean): SheetKind | undefined {
  const byName = SHEET_NAMES[normaliseName(sheet.name)];
  const names = new Set(table.header.map(normaliseName));
  const dutch = ['domein', 'bron', 'doel', 'van', 'naar', 'naam', 'functie'].some((name) => names.has(name));
  if (byName === 'kumuElements' || byName === 'kumuConnections') return byName;
  if (!byName && !dutch && names.has('from') && names.has('to')) return 'kumuConnections';
  if (!byName && !dutch && names.has('label') && names.has('type')) return 'kumuElements';
  try {
    const shape = detectCsvShape(table.header, { format: 'xlsx', sheet: sheet.name });
    return byName ?? shape;
  } catch (error) {
    if (byName) return byName;
    if (only) throw error;
    return undefined;
  }
}

function column(table: CsvTable, ...names: string[]): number {
  const normalised = table.header.map(normaliseName);
  for (const name of names) {
    const index = normalised.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

const cell = (cells: readonly string[], index: number) => (index < 0 ? '' : (cells[index] ?? '').trim());

function withSheet(sheet: string, row: number, data: Record<string, unknown>): SourceRow {
  return {
    row,
    sheet,
    data: Object.fromEntries(Object.entries(data).filter(([, value]) => value !== '' && value !== undefined)),
  };
}

function ignoredColumns(table: CsvTable, known: readonly string[], sheet: string): string[] {
  const ignored = table.header.filter((name) => name !== '' && !known.includes(normaliseName(name)));
  return ignored.length === 0
    ? []
    : [`Op blad "${sheet}" zijn deze kolommen niet ingelezen: ${ignored.join(', ')}.`];
}

/** Kumu's Elements sheet: Label is the name, Type says person or organisation (else it is the organisation's type). */
function readKumuElements(sheet: Sheet, table: CsvTable, fallback: NodeKind): ImportRecords {
  const records = emptyImportRecords();
  const [id, label, type, description] = [
    column(table, 'id'),
    column(table, 'label'),
    column(table, 'type'),
    column(table, 'description'),
  ];
  const [fn, organisation, domain] = [
    column(table, 'function', 'functie'),
    column(table, 'organisation', 'organisatie'),
    column(table, 'domain', 'domein'),
  ];
  if (label < 0) {
    throw new FormatError('xlsx', 'de kolom "Label" ontbreekt; Kumu zet de naam van elk element in Label.', {
      element: `blad "${sheet.name}"`,
      line: 1,
    });
  }
  for (const { row, cells } of table.rows) {
    const typeText = cell(cells, type);
    const word = normaliseName(typeText);
    const kind: NodeKind = PERSON_TYPES.has(word)
      ? 'person'
      : ORGANISATION_TYPES.has(word)
        ? 'organisation'
        : typeText === ''
          ? fallback
          : 'organisation';
    const base = { id: cell(cells, id), name: cell(cells, label), note: cell(cells, description) };
    if (kind === 'person') {
      const org = cell(cells, organisation);
      records.people.push(
        withSheet(sheet.name, row, {
          ...base,
          function: cell(cells, fn),
          memberships: org === '' ? [] : [{ organisationId: org }],
        }),
      );
    } else {
      records.organisations.push(
        withSheet(sheet.name, row, {
          ...base,
          type: ORGANISATION_TYPES.has(word) ? '' : typeText,
          domain: cell(cells, domain),
        }),
      );
    }
  }
  records.notes = ignoredColumns(table, KUMU_ELEMENT_COLUMNS, sheet.name);
  return records;
}

/** Kumu's Connections sheet: From/To name the ends by label, Type is the kind, Direction directed (default), undirected or mutual. */
function readKumuConnections(sheet: Sheet, table: CsvTable): ImportRecords {
  const records = emptyImportRecords();
  const [id, from, to, type, direction] = ['id', 'from', 'to', 'type', 'direction'].map((name) =>
    column(table, name),
  ) as [number, number, number, number, number];
  const [description, strength, weight] = [
    column(table, 'description'),
    column(table, 'strength', 'sterkte'),
    column(table, 'weight', 'gewicht'),
  ];
  if (from < 0 || to < 0) {
    throw new FormatError('xlsx', 'de kolommen "From" en "To" zijn nodig op een blad met verbindingen.', {
      element: `blad "${sheet.name}"`,
      line: 1,
    });
  }
  for (const { row, cells } of table.rows) {
    const directionText = cell(cells, direction);
    const numberOr = (text: string) => (text === '' ? '' : (numberFromText(text) ?? text));
    records.links.push(
      withSheet(sheet.name, row, {
        id: cell(cells, id),
        sourceId: cell(cells, from),
        targetId: cell(cells, to),
        kind: cell(cells, type),
        directed: directionText === '' ? true : (booleanFromText(directionText) ?? directionText),
        strength: numberOr(cell(cells, strength)),
        weight: numberOr(cell(cells, weight)),
        note: cell(cells, description),
      }),
    );
  }
  records.notes = ignoredColumns(table, KUMU_CONNECTION_COLUMNS, sheet.name);
  return records;
}

function append(into: ImportRecords, from: ImportRecords): void {
  for (const collection of IMPORT_COLLECTIONS) into[collection].push(...from[collection]);
  if (from.notes?.length) into.notes = [...(into.notes ?? []), ...from.notes];
}

/**
 * Reads an Excel workbook: every sheet recognised by its name (Organisaties, Personen, Verbindingen;
 * Kumu's Elements and Connections) or its header row (the CSV's Dutch or English columns, Kumu's
 * Label/Type or From/To/Type) adds its records; rows carry their sheet. A workbook of one sheet of ties
 * alone works. Sheets that are none of these are skipped and named in `notes`.
 */
export function readXlsxImport(bytes: Uint8Array, options: ReadImportOptions = {}): ImportRecords {
  // an explanation sheet (as in our own template) is passed over without a note
  const sheets = readWorkbook(bytes).filter(
    (sheet) => sheet.rows.length > 0 && !EXPLANATION_SHEETS.has(normaliseName(sheet.name)),
  );
  if (sheets.length === 0) throw new FormatError('xlsx', 'de werkmap bevat geen gevulde bladen.');
  const records = emptyImportRecords();
  const skipped: string[] = [];
  for (const sheet of sheets) {
    const table = tableOf(sheet);
    const kind = kindOf(sheet, table, sheets.length === 1);
    const where: TableSource = { format: 'xlsx', sheet: sheet.name };
    if (kind === undefined) skipped.push(sheet.name);
    else if (kind === 'kumuElements')
      append(records, readKumuElements(sheet, table, options.nodes ?? 'organisation'));
    else if (kind === 'kumuConnections') append(records, readKumuConnections(sheet, table));
    else append(records, readTableImport(table, kind, where, options));
  }
  if (skipped.length === sheets.length) {
    throw new FormatError(
      'xlsx',
      `geen blad herkend als organisaties, personen of verbindingen (bladen: ${skipped.join(', ')}).`,
    );
  }
  if (skipped.length > 0) {
    records.notes = [
      ...(records.notes ?? []),
      `Niet ingelezen, want niet herkend als organisaties, personen of verbindingen: ${skipped.map((name) => `blad "${name}"`).join(', ')}.`,
    ];
  }
  if (records.notes?.length === 0) delete records.notes;
  return records;
}
