import type { Dataset } from '@regiekaart/model';
import type { CsvValue } from './csv/write-csv.ts';

/** One flat row of a table (CSV) or a sheet (Excel); the two take the same cell values. */
export type DatasetRow = Record<string, CsvValue>;

/** The columns of the per-entity tables, shared by the CSV files and the Excel sheets. */
export const ORGANISATION_COLUMNS = [
  'id',
  'name',
  'shortName',
  'domain',
  'type',
  'parentId',
  'region',
  'note',
] as const;
export const PEOPLE_COLUMNS = [
  'id',
  'name',
  'function',
  'organisationId',
  'role',
  'since',
  'until',
  'membershipId',
  'note',
] as const;
export const LINK_COLUMNS = [
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
] as const;

export const organisationRows = (dataset: Dataset): DatasetRow[] =>
  dataset.organisations.map((o) => ({ ...o }));
export const linkRows = (dataset: Dataset): DatasetRow[] => dataset.links.map((l) => ({ ...l }));

/** One row per membership, the person repeated; a person without memberships gets one row. */
export function peopleRows(dataset: Dataset): DatasetRow[] {
  const rows: DatasetRow[] = [];
  for (const person of dataset.people) {
    const base: DatasetRow = {
      id: person.id,
      name: person.name,
      function: person.function,
      note: person.note,
    };
    if (person.memberships.length === 0) rows.push(base);
    for (const { id, ...membership } of person.memberships)
      rows.push({ ...base, ...membership, membershipId: id });
  }
  return rows;
}
