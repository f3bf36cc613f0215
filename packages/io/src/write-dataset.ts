import type { Dataset, ImportFormat } from '@regiekaart/model';
import { writeCsvDataset } from './csv/write-csv-dataset.ts';
import { writeGexf } from './gexf/write-gexf.ts';
import { type DatasetEntity, datasetToGraph } from './graph/dataset-to-graph.ts';
import { writeGraphml } from './graphml/write-graphml.ts';
import { writeJsonDataset } from './json/write-json-dataset.ts';

export type WriteDatasetOptions = { entity?: DatasetEntity };

/**
 * Serialises a store, or one entity of it, so that `readImport` gives it back. CSV, GraphML and GEXF
 * carry organisations, people with their memberships, and links; JSON carries every collection.
 */
export function writeDataset(
  format: ImportFormat,
  dataset: Dataset,
  options: WriteDatasetOptions = {},
): string {
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
  }
}
