import type { Dataset } from '@regiekaart/model';
import {
  type DatasetRow,
  LINK_COLUMNS,
  linkRows,
  ORGANISATION_COLUMNS,
  organisationRows,
  PEOPLE_COLUMNS,
  peopleRows,
} from '../dataset-rows.ts';
import type { DatasetEntity } from '../graph/dataset-to-graph.ts';
import { writeCsv } from './write-csv.ts';

type Row = DatasetRow;

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
      return table(PEOPLE_COLUMNS, peopleRows(dataset));
    case 'links':
      return table(LINK_COLUMNS, linkRows(dataset));
  }
}
