import type { ImportFormat } from '@regiekaart/model';
import { readCsvImport } from './csv/read-csv-import.ts';
import { readGexf } from './gexf/read-gexf.ts';
import { graphToImport } from './graph/graph-to-import.ts';
import { readGraphml } from './graphml/read-graphml.ts';
import type { ImportRecords } from './import-records.ts';
import { readJsonImport } from './json/read-json-import.ts';

/**
 * Parses an import file into unvalidated records shaped like the model's Create schemas; the API
 * validates each record and reports rejects by row. Throws a FormatError (Dutch, naming the line or
 * element) for a file that cannot be read at all: bad XML or JSON, an empty file, unknown CSV columns...
 */
export function readImport(format: ImportFormat, text: string): ImportRecords {
  switch (format) {
    case 'csv':
      return readCsvImport(text);
    case 'graphml':
      return graphToImport(readGraphml(text));
    case 'gexf':
      return graphToImport(readGexf(text));
    case 'json':
      return readJsonImport(text);
  }
}
