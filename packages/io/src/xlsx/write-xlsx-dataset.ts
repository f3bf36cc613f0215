import type { Dataset } from '@regiekaart/model';
import { dutchHeader } from '../csv/csv-columns.ts';
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
import { writeXlsx, type XlsxSheet } from './write-xlsx.ts';

function sheet(
  name: string,
  shape: 'organisations' | 'people' | 'links',
  columns: readonly string[],
  rows: readonly DatasetRow[],
): XlsxSheet {
  return {
    name,
    header: columns.map((field) => dutchHeader(shape, field)),
    rows: rows.map((row) => columns.map((column) => row[column])),
  };
}

/**
 * Writes a dataset as an Excel workbook with the Dutch layout `readImport('xlsx', ...)` reads: sheets
 * Organisaties, Personen (one row per membership) and Verbindingen with the CSV's Dutch column names
 * (`naam`, `domein`, `bron`, `doel`, ...). `entity` gives one of these sheets alone.
 */
export function writeXlsxDataset(dataset: Dataset, entity: DatasetEntity): Uint8Array {
  const sheets: XlsxSheet[] = [];
  if (entity === 'all' || entity === 'organisations')
    sheets.push(sheet('Organisaties', 'organisations', ORGANISATION_COLUMNS, organisationRows(dataset)));
  if (entity === 'all' || entity === 'people')
    sheets.push(sheet('Personen', 'people', PEOPLE_COLUMNS, peopleRows(dataset)));
  if (entity === 'all' || entity === 'links')
    sheets.push(sheet('Verbindingen', 'links', LINK_COLUMNS, linkRows(dataset)));
  return writeXlsx(sheets);
}
