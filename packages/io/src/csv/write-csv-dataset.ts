import type { Dataset } from '@regiekaart/model';
import type { DatasetEntity } from '../graph/dataset-to-graph.ts';
import { type CsvValue, writeCsv } from './write-csv.ts';

type Row = Record<string, CsvValue>;

const MIXED_COLUMNS = [
  'record',
  'id',
  'name',
  'shortName',
  'domain',
  'type',
  'parentId',
  'region',
  'function',
  'personId',
  'organisationId',
  'role',
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
const ORGANISATION_COLUMNS = ['id', 'name', 'shortName', 'domain', 'type', 'parentId', 'region', 'note'];
const PEOPLE_COLUMNS = [
  'id',
  'name',
  'function',
  'organisationId',
  'role',
  'since',
  'until',
  'membershipId',
  'note',
];
const LINK_COLUMNS = [
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

const organisationRows = (dataset: Dataset): Row[] => dataset.organisations.map((o) => ({ ...o }));
const linkRows = (dataset: Dataset): Row[] => dataset.links.map((l) => ({ ...l }));

function table(columns: readonly string[], rows: readonly Row[]): string {
  return writeCsv(
    columns,
    rows.map((row) => columns.map((column) => row[column])),
  );
}

/** The mixed file: a `record` column, organisations, then each person followed by their memberships, then links. */
function writeMixed(dataset: Dataset): string {
  const rows: Row[] = organisationRows(dataset).map((row) => ({ record: 'organisation', ...row }));
  for (const person of dataset.people) {
    rows.push({
      record: 'person',
      id: person.id,
      name: person.name,
      function: person.function,
      note: person.note,
    });
    for (const membership of person.memberships) {
      rows.push({ record: 'membership', personId: person.id, ...membership });
    }
  }
  rows.push(...linkRows(dataset).map((row) => ({ record: 'link', ...row })));
  return table(MIXED_COLUMNS, rows);
}

/** One row per membership, the person repeated; a person without memberships gets one row. */
function writePeople(dataset: Dataset): string {
  const rows: Row[] = [];
  for (const person of dataset.people) {
    const base: Row = { id: person.id, name: person.name, function: person.function, note: person.note };
    if (person.memberships.length === 0) rows.push(base);
    for (const { id, ...membership } of person.memberships)
      rows.push({ ...base, ...membership, membershipId: id });
  }
  return table(PEOPLE_COLUMNS, rows);
}

/**
 * Writes a dataset as CSV: `entity` all gives the mixed file (record column organisation | person |
 * membership | link); organisations, people or links give a file of that entity alone. Only these
 * collections travel in CSV; vocabularies, templates, opgaven, annotations and views need JSON.
 */
export function writeCsvDataset(dataset: Dataset, entity: DatasetEntity): string {
  switch (entity) {
    case 'all':
      return writeMixed(dataset);
    case 'organisations':
      return table(ORGANISATION_COLUMNS, organisationRows(dataset));
    case 'people':
      return writePeople(dataset);
    case 'links':
      return table(LINK_COLUMNS, linkRows(dataset));
  }
}
