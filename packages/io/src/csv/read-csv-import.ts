import { unescapeCsvCell } from '../escape-csv-cell.ts';
import { graphToImport } from '../graph/graph-to-import.ts';
import { emptyImportRecords, type ImportRecords, type SourceRow } from '../import-records.ts';
import type { ReadImportOptions } from '../io-format.ts';
import { booleanFromText, dateFromText, normaliseName, numberFromText } from '../scalar-text.ts';
import {
  type CsvShape,
  detectCsvShape,
  resolveColumns,
  type TableSource,
  tableError,
} from './csv-columns.ts';
import { type CsvTable, parseCsv } from './parse-csv.ts';
import { csvTableToGraph, isNetworkCsv } from './read-csv-graph.ts';

type Values = Record<string, string | number | boolean>;

const ORGANISATION_FIELDS = ['id', 'name', 'shortName', 'domain', 'type', 'parentId', 'region', 'note'];
const PERSON_FIELDS = ['id', 'name', 'function', 'note'];
const LINK_FIELDS = [
  'id',
  'sourceId',
  'targetId',
  'kind',
  'strength',
  'weight',
  'directed',
  'since',
  'until',
  'source',
  'recordedBy',
  'confidence',
  'note',
];

const RECORD_KINDS: Record<string, 'organisation' | 'person' | 'membership' | 'link'> = {
  organisation: 'organisation',
  organization: 'organisation',
  organisatie: 'organisation',
  person: 'person',
  persoon: 'person',
  membership: 'membership',
  lidmaatschap: 'membership',
  link: 'link',
  verbinding: 'link',
};

/** A cell as the model wants it: unescaped and trimmed, strength a number, directed a boolean when they read as one. */
function cellValue(field: string, cell: string, where: TableSource): string | number | boolean | undefined {
  // A workbook cell is never a formula by accident, so only CSV cells carry the injection guard.
  const text = (where.format === 'csv' ? unescapeCsvCell(cell) : cell).trim();
  if (text === '') return undefined;
  if (field === 'strength' || field === 'weight') return numberFromText(text) ?? text;
  if (field === 'directed') return booleanFromText(text) ?? text;
  if (field === 'since' || field === 'until') return dateFromText(text) ?? text;
  return text;
}

/** Where the rows come from (for messages and `SourceRow.sheet`), and the columns' fields. */
type Table = { table: CsvTable; fields: Array<string | undefined>; where: TableSource };

function sourceRow(where: TableSource, row: number, data: Record<string, unknown>): SourceRow {
  return where.sheet === undefined ? { row, data } : { row, sheet: where.sheet, data };
}

function rowValues(
  fields: ReadonlyArray<string | undefined>,
  cells: readonly string[],
  row: number,
  where: TableSource,
): Values {
  const values: Values = {};
  cells.forEach((cell, index) => {
    const field = fields[index];
    if (field === undefined) {
      if (cell.trim() === '') return;
      throw tableError(
        where,
        `cel in kolom ${index + 1} staat onder een lege kolomnaam; geef de kolom een naam of laat de cel leeg.`,
        row,
      );
    }
    const value = cellValue(field, cell, where);
    if (value !== undefined) values[field] = value;
  });
  return values;
}

function pick(values: Values, fields: readonly string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const field of fields) if (values[field] !== undefined) picked[field] = values[field];
  return picked;
}

/** The membership a row carries in its organisation, role, since and until cells (and `idField`), if any. */
function membershipOf(values: Values, idField: string): Record<string, unknown> | undefined {
  const membership: Record<string, unknown> = {};
  if (values[idField] !== undefined) membership.id = values[idField];
  Object.assign(membership, pick(values, ['organisationId', 'role', 'since', 'until']));
  return Object.keys(membership).length > 0 ? membership : undefined;
}

/** A person record; `memberships` is the same list as `data.memberships`, so later rows can add to it. */
type PersonRecord = SourceRow & { memberships: Array<Record<string, unknown>> };

function personOf(row: number, values: Values, where: TableSource): PersonRecord {
  const membership = membershipOf(values, 'membershipId');
  const memberships = membership ? [membership] : [];
  return { ...sourceRow(where, row, { ...pick(values, PERSON_FIELDS), memberships }), memberships };
}

function readOrganisations({ table, fields, where }: Table): ImportRecords {
  const records = emptyImportRecords();
  for (const { row, cells } of table.rows) {
    records.organisations.push(
      sourceRow(where, row, pick(rowValues(fields, cells, row, where), ORGANISATION_FIELDS)),
    );
  }
  return records;
}

function readLinks({ table, fields, where }: Table): ImportRecords {
  const records = emptyImportRecords();
  for (const { row, cells } of table.rows) {
    records.links.push(sourceRow(where, row, pick(rowValues(fields, cells, row, where), LINK_FIELDS)));
  }
  return records;
}

/**
 * One row per membership: rows that repeat a person (same id, name, function and note) add a membership
 * to the first row's person instead of making a new one.
 */
function readPeople({ table, fields, where }: Table): ImportRecords {
  const records = emptyImportRecords();
  const byId = new Map<string, PersonRecord>();
  for (const { row, cells } of table.rows) {
    const person = personOf(row, rowValues(fields, cells, row, where), where);
    const id = person.data.id === undefined ? undefined : String(person.data.id);
    const earlier = id === undefined ? undefined : byId.get(id);
    if (earlier && PERSON_FIELDS.every((field) => earlier.data[field] === person.data[field])) {
      earlier.memberships.push(...person.memberships);
      continue;
    }
    records.people.push(sourceRow(where, row, person.data));
    if (id !== undefined && !earlier) byId.set(id, person);
  }
  return records;
}

function readMixed({ table, fields, where }: Table): ImportRecords {
  const records = emptyImportRecords();
  const memberships: Array<{ row: number; values: Values }> = [];
  const people = new Map<string, PersonRecord>();
  for (const { row, cells } of table.rows) {
    const values = rowValues(fields, cells, row, where);
    const recordCell = values.record === undefined ? '' : String(values.record);
    const kind = RECORD_KINDS[normaliseName(recordCell)];
    if (kind === 'organisation')
      records.organisations.push(sourceRow(where, row, pick(values, ORGANISATION_FIELDS)));
    else if (kind === 'person') {
      const person = personOf(row, values, where);
      records.people.push(sourceRow(where, row, person.data));
      const id = person.data.id;
      if (typeof id === 'string' && !people.has(id)) people.set(id, person);
    } else if (kind === 'link') records.links.push(sourceRow(where, row, pick(values, LINK_FIELDS)));
    else if (kind === 'membership') memberships.push({ row, values });
    else {
      throw tableError(
        where,
        recordCell === ''
          ? 'de kolom record is leeg; verwacht organisation, person, membership of link.'
          : `onbekende waarde "${recordCell}" in de kolom record; verwacht organisation, person, membership of link.`,
        row,
      );
    }
  }
  for (const { row, values } of memberships) {
    const personId = values.personId === undefined ? undefined : String(values.personId);
    if (personId === undefined) {
      throw tableError(where, 'een lidmaatschap zonder persoon; vul de kolom personId in.', row);
    }
    const person = people.get(personId);
    if (!person) {
      throw tableError(
        where,
        `het lidmaatschap hoort bij persoon "${personId}", maar die staat niet als person in het bestand.`,
        row,
      );
    }
    person.memberships.push(membershipOf(values, 'id') ?? {});
  }
  return records;
}

/**
 * Reads one table (a CSV file or a worksheet) of a known shape into import records; `readCsvImport` and
 * the workbook reader share it.
 */
export function readTableImport(
  table: CsvTable,
  shape: CsvShape,
  where: TableSource,
  options: ReadImportOptions = {},
): ImportRecords {
  if (shape === 'mixed' && isNetworkCsv(table)) return graphToImport(csvTableToGraph(table), options);
  const source: Table = { table, fields: resolveColumns(shape, table.header, where), where };
  switch (shape) {
    case 'organisations':
      return readOrganisations(source);
    case 'people':
      return readPeople(source);
    case 'links':
      return readLinks(source);
    case 'mixed':
      return readMixed(source);
  }
}

/** Reads an import CSV: a mixed file with a `record` column, or a file of organisations, people or links. */
export function readCsvImport(text: string, options: ReadImportOptions = {}): ImportRecords {
  const table = parseCsv(text);
  return readTableImport(table, detectCsvShape(table.header), { format: 'csv' }, options);
}
