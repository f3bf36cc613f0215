import { toGraphDocument } from './graph/to-graph-document.ts';
import type { GraphDocument } from './graph-document.ts';
import { isJsonGraph, jsonToGraph } from './json/json-to-graph.ts';
import { parseJson } from './json/parse-json.ts';

/**
 * Reads JSON text as `readGraph('json', text)` does when it holds a graph (a `nodes` list: a
 * Regiekaart network, networkx node-link data, graphology's serialisation); other JSON (a Kumu
 * export or a Regiekaart backup) comes back parsed, for `jsonValueToGraph` in read-graph.ts.
 * Needs no other reader, so the command line can load it with the analysis code.
 */
export function readJsonGraph(text: string): { document: GraphDocument } | { value: unknown } {
  const value = parseJson(text);
  return isJsonGraph(value) ? { document: toGraphDocument(jsonToGraph(value)) } : { value };
}
