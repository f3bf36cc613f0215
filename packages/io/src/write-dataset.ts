import type { Dataset } from '@regiekaart/model';
import { writeCsvDataset } from './csv/write-csv-dataset.ts';
import { writeGexf } from './gexf/write-gexf.ts';
import { type DatasetEntity, datasetToGraph } from './graph/dataset-to-graph.ts';
import { writeGraphml } from './graphml/write-graphml.ts';
import type { IoFormat } from './io-format.ts';
import { writeJsonDataset } from './json/write-json-dataset.ts';
import { writeXlsxDataset } from './xlsx/write-xlsx-dataset.ts';

export type WriteDatasetOptions = { entity?: DatasetEntity };

/**
 * Serialises a store, or one entity of it, so that `readImport` gives it back. CSV, GraphML, GEXF and
 * xlsx carry organisations, people with their memberships, and links; JSON carries every collection.
 * Text formats give a string, xlsx the workbook's bytes (sheets Organisaties, Personen, Verbindingen).
 */
export function writeDataset(format: 'xlsx', dataset: Dataset, options?: WriteDatasetOptions): Uint8Array;
export function writeDataset(
  format: Exclude<IoFormat, 'xlsx'>,
  dataset: Dataset,
  options?: WriteDatasetOptions,
): string;
export function writeDataset(
  format: IoFormat,
  dataset: Dataset,
  options?: WriteDatasetOptions,
): string | Uint8Array;
export function writeDataset(
  format: IoFormat,
  dataset: Dataset,
  options: WriteDatasetOptions = {},
): string | Uint8Array {
  const entity = options.entity ?? 'all';
  switch (format) {
    case 'csv':
      return writeCsvDataset(dataset, entity);
    case 'graphml':
      return writeGraphml(datasetToGraph(dataset, entity));
    case 'gexf':
      return writeGexf(datasetToGraph(dataset, entity));
    case 'json':
      return writeJsonDataset(dataset, entity);
    case 'xlsx':
      return writeXlsxDataset(dataset, entity);
  }
}
