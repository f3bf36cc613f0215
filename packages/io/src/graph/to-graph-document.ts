import { describeElement, FormatError } from '../format-error.ts';
import type { GraphDocument } from '../graph-document.ts';
import type { ParsedGraph } from './parsed-graph.ts';

const NODE_RESERVED = ['id'];
const EDGE_RESERVED = ['id', 'source', 'target'];

/** Attributes without the reserved keys: a clashing attribute is kept as `attr_<key>`. */
function attributesBeside(
  attributes: Record<string, unknown>,
  reserved: readonly string[],
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name in attributes) {
    if (!Object.hasOwn(attributes, name)) continue;
    const value = attributes[name];
    const clashes = reserved.includes(name) || (name === 'directed' && typeof value !== 'boolean');
    const key = clashes ? `attr_${name}` : name;
    if (key === '__proto__') {
      Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
    } else result[key] = value;
  }
  return result;
}

/**
 * The generic graph of a parsed file. Edge ends missing from the node list are added as bare nodes
 * (as networkx does), so every edge has both ends.
 */
export function toGraphDocument(graph: ParsedGraph): GraphDocument {
  const first = new Map<string, number>();
  for (const node of graph.nodes) {
    const earlier = first.get(node.id);
    if (earlier !== undefined) {
      const table = graph.format === 'csv' || graph.format === 'xlsx';
      throw new FormatError(
        graph.format,
        table
          ? `het id "${node.id}" staat al op regel ${earlier}; elke knoop heeft een eigen id.`
          : `het id "${node.id}" komt al voor bij ${graph.nodeTag} nr. ${earlier}; elke knoop heeft een eigen id.`,
        table
          ? { line: node.position }
          : {
              element: describeElement(graph.format, graph.nodeTag, node.id, node.position),
              ...(node.line === undefined ? {} : { line: node.line }),
            },
      );
    }
    first.set(node.id, node.position);
  }
  const nodes: GraphDocument['nodes'] = graph.nodes.map((node) => {
    const document = attributesBeside(node.attributes, NODE_RESERVED) as GraphDocument['nodes'][number];
    document.id = node.id;
    return document;
  });
  const known = new Set(nodes.map((node) => node.id));
  const edges: GraphDocument['edges'] = graph.edges.map((edge) => {
    if (!known.has(edge.source)) {
      known.add(edge.source);
      nodes.push({ id: edge.source });
    }
    if (!known.has(edge.target)) {
      known.add(edge.target);
      nodes.push({ id: edge.target });
    }
    const document = attributesBeside(edge.attributes, EDGE_RESERVED) as GraphDocument['edges'][number];
    if (edge.id !== undefined) document.id = edge.id;
    document.source = edge.source;
    document.target = edge.target;
    if (edge.directed !== undefined) document.directed = edge.directed;
    return document;
  });
  return { directed: graph.directed, nodes, edges };
}
