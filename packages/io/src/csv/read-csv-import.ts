import { unescapeCsvCell } from '../escape-csv-cell.ts';
import { FormatError } from '../format-error.ts';
import { graphToImport } from '../graph/graph-to-import.ts';
import { emptyImportRecords, type ImportRecords, type SourceRow } from '../import-records.ts';
import { booleanFromText, normaliseName, numberFromText } from '../scalar-text.ts';
import { detectCsvShape, resolveColumns } from './csv-columns.ts';
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
function cellValue(field: string, cell: string): string | number | boolean | undefined {
  const text = unescapeCsvCell(cell).trim();
  if (text === '') return undefined;
  if (field === 'strength') return numberFromText(text) ?? text;
  if (field === 'directed') return booleanFromText(text) ?? text;
  return text;
}

function rowValues(fields: ReadonlyArray<string | undefined>, cells: readonly string[], row: number): Values {
  const values: Values = {};
  cells.forEach((cell, index) => {
    const field = fields[index];
    if (field === undefined) {
      if (cell.trim() === '') return;
      throw new FormatError(
        'csv',
        `cel in kolom ${index + 1} staat onder een lege kolomnaam; geef de kolom een naam of laat de cel leeg.`,
        { line: row },
      );
    }
    const value = cellValue(field, cell);
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

function personOf(row: number, values: Values): PersonRecord {
  const membership = membershipOf(values, 'membershipId');
  const memberships = membership ? [membership] : [];
  return { row, data: { ...pick(values, PERSON_FIELDS), memberships }, memberships };
}

function readOrganisations(table: CsvTable, fields: Array<string | undefined>): ImportRecords {
  const records = emptyImportRecords();
  for (const { row, cells } of table.rows) {
    records.organisations.push({ row, data: pick(rowValues(fields, cells, row), ORGANISATION_FIELDS) });
  }
  return records;
}

function readLinks(table: CsvTable, fields: Array<string | undefined>): ImportRecords {
  const records = emptyImportRecords();
  for (const { row, cells } of table.rows) {
    records.links.push({ row, data: pick(rowValues(fields, cells, row), LINK_FIELDS) });
  }
  return records;
}

/**
 * One row per membership: rows that repeat a person (same id, name, function and note) add a membership
 * to the first row's person instead of making a new one.
 */
function readPeople(table: CsvTable, fields: Array<string | undefined>): ImportRecords {
  const records = emptyImportRecords();
  const byId = new Map<string, PersonRecord>();
  for (const { row, cells } of table.rows) {
    const person = personOf(row, rowValues(fields, cells, row));
    const id = person.data.id === undefined ? undefined : String(person.data.id);
    const earlier = id === undefined ? undefined : byId.get(id);
    if (earlier && PERSON_FIELDS.every((field) => earlier.data[field] === person.data[field])) {
      earlier.memberships.push(...person.memberships);
      continue;
    }
    records.people.push({ row, data: person.data });
    if (id !== undefined && !earlier) byId.set(id, person);
  }
  return records;
}

function readMixed(table: CsvTable, fields: Array<string | undefined>): ImportRecords {
  const records = emptyImportRecords();
  const memberships: Array<{ row: number; values: Values }> = [];
  const people = new Map<string, PersonRecord>();
  for (const { row, cells } of table.rows) {
    const values = rowValues(fields, cells, row);
    const recordCell = values.record === undefined ? '' : String(values.record);
    const kind = RECORD_KINDS[normaliseName(recordCell)];
    if (kind === 'organisation') records.organisations.push({ row, data: pick(values, ORGANISATION_FIELDS) });
    else if (kind === 'person') {
      const person = personOf(row, values);
      records.people.push({ row, data: person.data });
      const id = person.data.id;
      if (typeof id === 'string' && !people.has(id)) people.set(id, person);
    } else if (kind === 'link') records.links.push({ row, data: pick(values, LINK_FIELDS) });
    else if (kind === 'membership') memberships.push({ row, values });
    else {
      throw new FormatError(
        'csv',
        recordCell === ''
          ? 'de kolom record is leeg; verwacht organisation, person, membership of link.'
          : `onbekende waarde "${recordCell}" in de kolom record; verwacht organisation, person, membership of link.`,
        { line: row },
      );
    }
  }
  for (const { row, values } of memberships) {
    const personId = values.personId === undefined ? undefined : String(values.personId);
    if (personId === undefined) {
      throw new FormatError('csv', 'een lidmaatschap zonder persoon; vul de kolom personId in.', {
        line: row,
      });
    }
    const person = people.get(personId);
    if (!person) {
      throw new FormatError(
        'csv',
        `het lidmaatschap hoort bij persoon "${personId}", maar die staat niet als person in het bestand.`,
        { line: row },
      );
    }
    person.memberships.push(membershipOf(values, 'id') ?? {});
  }
  return records;
}

/** Reads an import CSV: a mixed file with a `record` column, or a file of organisations, people or links. */
export function readCsvImport(text: string): ImportRecords {
  const table = parseCsv(text);
  const shape = detectCsvShape(table.header);
  if (shape === 'mixed' && isNetworkCsv(table)) return graphToImport(csvTableToGraph(table));
  const fields = resolveColumns(shape, table.header);
  switch (shape) {
    case 'organisations':
      return readOrganisations(table, fields);
    case 'people':
      return readPeople(table, fields);
    case 'links':
      return readLinks(table, fields);
    case 'mixed':
      return readMixed(table, fields);
  }
}
