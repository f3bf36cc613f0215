export { detectFormat } from './detect-format.ts';
export { csvCell, escapeCsvCell, unescapeCsvCell } from './escape-csv-cell.ts';
export { FormatError, type FormatErrorLocation } from './format-error.ts';
export type { DatasetEntity } from './graph/dataset-to-graph.ts';
export type { GraphDocument } from './graph-document.ts';
export type { ImportRecords, SourceRow } from './import-records.ts';
export { IMPORT_COLLECTIONS } from './import-records.ts';
export {
  DEFAULT_LINK_KIND,
  type IoFormat,
  type NodeKind,
  type ReadImportOptions,
  UNKNOWN_DOMAIN,
  UNKNOWN_TYPE,
  XLSX_CONTENT_TYPE,
} from './io-format.ts';
export { readGraph } from './read-graph.ts';
export { readImport } from './read-import.ts';
export { type WriteDatasetOptions, writeDataset } from './write-dataset.ts';
export { writeNetwork } from './write-network.ts';
export { readWorkbook, type Sheet } from './xlsx/read-workbook.ts';
export {
  EXPLANATION_SHEET,
  type TemplateVocabulary,
  writeImportTemplate,
} from './xlsx/write-import-template.ts';
export { MAX_XLSX_BYTES, MAX_XLSX_ROWS } from './xlsx/xlsx-limits.ts';
