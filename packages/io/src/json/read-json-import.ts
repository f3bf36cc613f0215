import { describeElement, FormatError } from '../format-error.ts';
import { graphToImport } from '../graph/graph-to-import.ts';
import { emptyImportRecords, IMPORT_COLLECTIONS, type ImportRecords } from '../import-records.ts';
import type { ReadImportOptions } from '../io-format.ts';
import { isJsonGraph, jsonToGraph } from './json-to-graph.ts';
import { isKumuJson, kumuToGraph } from './kumu-to-graph.ts';
import { isRecord, parseJson } from './parse-json.ts';

const HEADER_KEYS = ['format', 'version', 'exportedAt'];

/** The records of a backup object, each passed on as it stands; throws for anything that is no backup. */
export function readBackup(value: unknown): ImportRecords {
  if (!isRecord(value)) {
    throw new FormatError(
      'json',
      'verwacht een Regiekaart-back-up ({"format": "regiekaart", "version": 1, ...}) of een netwerk ({"nodes": [...], "edges": [...]}).',
    );
  }
  if (value.format !== undefined && value.format !== 'regiekaart') {
    throw new FormatError('json', `onbekend formaat "${String(value.format)}"; verwacht "regiekaart".`, {
      element: '"format"',
    });
  }
  if (value.version !== undefined && value.version !== 1) {
    throw new FormatError(
      'json',
      `versie ${JSON.stringify(value.version)} wordt niet ondersteund; verwacht versie 1.`,
      { element: '"version"' },
    );
  }
  const known: readonly string[] = [...HEADER_KEYS, ...IMPORT_COLLECTIONS];
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new FormatError(
      'json',
      `onbekende onderdelen ${unknown.map((key) => `"${key}"`).join(', ')}; een back-up bevat ${IMPORT_COLLECTIONS.join(', ')}.`,
    );
  }
  const records = emptyImportRecords();
  for (const collection of IMPORT_COLLECTIONS) {
    const list = value[collection];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      throw new FormatError('json', 'verwacht een lijst ([...]).', { element: `"${collection}"` });
    }
    list.forEach((item: unknown, index) => {
      if (!isRecord(item)) {
        throw new FormatError('json', 'verwacht een object ({...}).', {
          element: describeElement('json', collection, undefined, index + 1),
        });
      }
      records[collection].push({ row: index + 1, data: item });
    });
  }
  return records;
}

/**
 * Reads a JSON import: the full backup (`Dataset`: format 'regiekaart', version 1 and its collections,
 * each record passed on as it stands), a graph with a `nodes` list or a Kumu export (`elements`,
 * `connections`), which are read like any graph file.
 */
export function readJsonImport(text: string, options: ReadImportOptions = {}): ImportRecords {
  const value = parseJson(text);
  if (isJsonGraph(value)) return graphToImport(jsonToGraph(value), options);
  if (isKumuJson(value)) return graphToImport(kumuToGraph(value), options);
  return readBackup(value);
}
