import { describeElement, FormatError } from '../format-error.ts';
import type { ParsedEdge, ParsedGraph, ParsedNode } from '../graph/parsed-graph.ts';
import { isRecord } from './parse-json.ts';

function idOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** `object`'s own properties except `keys`, then those of `nested` (which win). */
function without(
  object: Record<string, unknown>,
  keys: readonly string[],
  nested: Record<string, unknown>,
): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const key in object) {
    if (Object.hasOwn(object, key) && !keys.includes(key)) set(rest, key, object[key]);
  }
  for (const key in nested) if (Object.hasOwn(nested, key)) set(rest, key, nested[key]);
  return rest;
}

/** An own data property, also for the key `__proto__` (which plain assignment would not make). */
function set(into: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(into, key, { value, enumerable: true, writable: true, configurable: true });
  else into[key] = value;
}

const NODE_KEYS = ['id', 'key', 'attributes'];
const EDGE_KEYS = ['id', 'key', 'source', 'target', 'directed', 'undirected', 'attributes'];
const NONE: Record<string, unknown> = {};

/** Does this JSON value hold a graph: a `nodes` list (Regiekaart network, networkx node-link, graphology)? */
export function isJsonGraph(value: unknown): value is Record<string, unknown> & { nodes: unknown[] } {
  return isRecord(value) && Array.isArray(value.nodes);
}

/**
 * Reads a JSON graph: `{nodes, edges}` (a Regiekaart network view), networkx `node_link_data`
 * (`links` or `edges`, top-level `directed`) and graphology's serialisation (`key`, `attributes`,
 * `undirected`, `options.type`). Numeric ids become strings.
 */
export function jsonToGraph(value: Record<string, unknown> & { nodes: unknown[] }): ParsedGraph {
  const edgeKey = Array.isArray(value.edges) ? 'edges' : Array.isArray(value.links) ? 'links' : undefined;
  const listed = edgeKey === undefined ? undefined : value[edgeKey];
  const rawEdges: unknown[] = Array.isArray(listed) ? listed : [];
  const options = isRecord(value.options) ? value.options : {};
  const directed = value.directed === true || options.type === 'directed';

  const nodes: ParsedNode[] = [];
  const seen = new Map<string, number>();
  value.nodes.forEach((raw, index) => {
    const position = index + 1;
    // described only for an error: a large file has many elements
    const element = () => describeElement('json', 'nodes', undefined, position);
    if (!isRecord(raw))
      throw new FormatError('json', 'verwacht een object met een id.', { element: element() });
    const id = idOf(raw.id) ?? idOf(raw.key);
    if (id === undefined) throw new FormatError('json', 'een knoop zonder id.', { element: element() });
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new FormatError('json', `het id "${id}" komt al voor bij knoop nr. ${earlier}.`, {
        element: describeElement('json', 'nodes', id, position),
      });
    }
    seen.set(id, position);
    const nested = isRecord(raw.attributes) ? raw.attributes : NONE;
    nodes.push({ id, attributes: without(raw, NODE_KEYS, nested), position });
  });

  const edges: ParsedEdge[] = rawEdges.map((raw, index) => {
    const position = index + 1;
    const element = () => describeElement('json', edgeKey ?? 'edges', undefined, position);
    if (!isRecord(raw))
      throw new FormatError('json', 'verwacht een object met source en target.', { element: element() });
    const source = idOf(raw.source);
    const target = idOf(raw.target);
    if (source === undefined || target === undefined) {
      throw new FormatError('json', `een verbinding zonder ${source === undefined ? 'source' : 'target'}.`, {
        element: element(),
      });
    }
    const id = idOf(raw.id) ?? idOf(raw.key);
    const explicit =
      typeof raw.directed === 'boolean'
        ? raw.directed
        : typeof raw.undirected === 'boolean'
          ? !raw.undirected
          : undefined;
    const nested = isRecord(raw.attributes) ? raw.attributes : NONE;
    const edge: ParsedEdge = { source, target, attributes: without(raw, EDGE_KEYS, nested), position };
    if (id !== undefined) edge.id = id;
    if (explicit !== undefined) edge.directed = explicit;
    return edge;
  });
  return { format: 'json', directed, nodes, edges, nodeTag: 'nodes', edgeTag: edgeKey ?? 'edges' };
}
