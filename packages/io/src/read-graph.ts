import type { ImportFormat } from '@regiekaart/model';
import { readCsvGraph } from './csv/read-csv-graph.ts';
import { readGexf } from './gexf/read-gexf.ts';
import { toGraphDocument } from './graph/to-graph-document.ts';
import type { GraphDocument } from './graph-document.ts';
import { readGraphml } from './graphml/read-graphml.ts';
import { backupToGraph } from './json/backup-to-graph.ts';
import { isJsonGraph, jsonToGraph } from './json/json-to-graph.ts';
import { parseJson } from './json/parse-json.ts';
import { readBackup } from './json/read-json-import.ts';

function readJsonGraph(text: string): GraphDocument {
  const value = parseJson(text);
  return toGraphDocument(isJsonGraph(value) ? jsonToGraph(value) : backupToGraph(readBackup(value)));
}

/**
 * Reads any graph file into a generic graph for the analysis command line: the file's own ids, every
 * node and edge attribute typed (numbers, booleans, strings). A Regiekaart backup or mixed CSV gives
 * its organisations and people as nodes and its links and memberships as edges (attribute `relation`).
 */
export function readGraph(format: ImportFormat, text: string): GraphDocument {
  switch (format) {
    case 'csv':
      return toGraphDocument(readCsvGraph(text));
    case 'graphml':
      return toGraphDocument(readGraphml(text));
    case 'gexf':
      return toGraphDocument(readGexf(text));
    case 'json':
      return readJsonGraph(text);
  }
}
