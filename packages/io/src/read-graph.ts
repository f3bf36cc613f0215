import { readCsvGraph } from './csv/read-csv-graph.ts';
import { readGexf } from './gexf/read-gexf.ts';
import { toGraphDocument } from './graph/to-graph-document.ts';
import type { GraphDocument } from './graph-document.ts';
import { readGraphml } from './graphml/read-graphml.ts';
import type { IoFormat } from './io-format.ts';
import { backupToGraph } from './json/backup-to-graph.ts';
import { isJsonGraph, jsonToGraph } from './json/json-to-graph.ts';
import { isKumuJson, kumuToGraph } from './json/kumu-to-graph.ts';
import { parseJson } from './json/parse-json.ts';
import { readBackup } from './json/read-json-import.ts';
import { inputBytes, inputText } from './read-import.ts';
import { readXlsxImport } from './xlsx/read-xlsx-import.ts';
import { recordsToGraph } from './xlsx/xlsx-to-graph.ts';

function readJsonGraph(text: string): GraphDocument {
  return jsonValueToGraph(parseJson(text));
}

/** A parsed JSON file as a graph: networkx node-link, a Kumu export or a Regiekaart backup. */
export function jsonValueToGraph(value: unknown): GraphDocument {
  if (isJsonGraph(value)) return toGraphDocument(jsonToGraph(value));
  if (isKumuJson(value)) return toGraphDocument(kumuToGraph(value));
  return toGraphDocument(backupToGraph(readBackup(value)));
}

/**
 * Reads any graph file into a generic graph for the analysis command line: the file's own ids, every
 * node and edge attribute typed (numbers, booleans, strings). A Regiekaart backup or mixed CSV gives
 * its organisations and people as nodes and its links and memberships as edges (attribute `relation`);
 * so does an Excel workbook (`input` as bytes), whose ties may name their ends. Each edge keeps the
 * direction the file gives it, as `readImport` reads it.
 */
export function readGraph(format: IoFormat, input: string | Uint8Array): GraphDocument {
  switch (format) {
    case 'csv':
      return toGraphDocument(readCsvGraph(inputText(input)));
    case 'graphml':
      return toGraphDocument(readGraphml(inputText(input)));
    case 'gexf':
      return toGraphDocument(readGexf(inputText(input)));
    case 'json':
      return readJsonGraph(inputText(input));
    case 'xlsx':
      return toGraphDocument(recordsToGraph(readXlsxImport(inputBytes(input))));
  }
}
