import type { Dataset } from '@regiekaart/model';
import { dutchHeader } from '../csv/csv-columns.ts';
import type { DatasetEntity } from '../graph/dataset-to-graph.ts';
import { writeXlsx, type XlsxSheet, type XlsxValue } from './write-xlsx.ts';

type Row = Record<string, XlsxValue>;

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

function sheet(
  name: string,
  shape: 'organisations' | 'people' | 'links',
  columns: readonly string[],
  rows: readonly Row[],
): XlsxSheet {
  return {
    name,
    header: columns.map((field) => dutchHeader(shape, field)),
    rows: rows.map((row) => columns.map((column) => row[column])),
  };
}

function peopleRows(dataset: Dataset): Row[] {
  const rows: Row[] = [];
  for (const person of dataset.people) {
    const base: Row = { id: person.id, name: person.name, function: person.function, note: person.note };
    if (person.memberships.length === 0) rows.push(base);
    for (const { id, ...membership } of person.memberships)
      rows.push({ ...base, ...membership, membershipId: id });
  }
  return rows;
}

/**
 * Writes a dataset as an Excel workbook with the Dutch layout `readImport('xlsx', ...)` reads: sheets
 * Organisaties, Personen (one row per membership) and Verbindingen with the CSV's Dutch column names
 * (`naam`, `domein`, `bron`, `doel`, ...). `entity` gives one of these sheets alone.
 */
export function writeXlsxDataset(dataset: Dataset, entity: DatasetEntity): Uint8Array {
  const sheets: XlsxSheet[] = [];
  if (entity === 'all' || entity === 'organisations')
    sheets.push(
      sheet(
        'Organisaties',
        'organisations',
        ORGANISATION_COLUMNS,
        dataset.organisations.map((o) => ({ ...o })),
      ),
    );
  if (entity === 'all' || entity === 'people')
    sheets.push(sheet('Personen', 'people', PEOPLE_COLUMNS, peopleRows(dataset)));
  if (entity === 'all' || entity === 'links')
    sheets.push(
      sheet(
        'Verbindingen',
        'links',
        LINK_COLUMNS,
        dataset.links.map((l) => ({ ...l })),
      ),
    );
  return writeXlsx(sheets);
}
