import { describeElement, FormatError } from '../format-error.ts';
import type { GraphDocument } from '../graph-document.ts';
import type { ParsedGraph } from './parsed-graph.ts';

/** Attributes without the reserved keys: a clashing attribute is kept as `attr_<key>`. */
function attributesBeside(
  attributes: Record<string, unknown>,
  reserved: readonly string[],
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    const clashes = reserved.includes(name) || (name === 'directed' && typeof value !== 'boolean');
    result[clashes ? `attr_${name}` : name] = value;
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
  const nodes: GraphDocument['nodes'] = graph.nodes.map((node) => ({
    ...attributesBeside(node.attributes, ['id']),
    id: node.id,
  }));
  const known = new Set(nodes.map((node) => node.id));
  const edges: GraphDocument['edges'] = graph.edges.map((edge) => {
    for (const end of [edge.source, edge.target]) {
      if (!known.has(end)) {
        known.add(end);
        nodes.push({ id: end });
      }
    }
    return {
      ...attributesBeside(edge.attributes, ['id', 'source', 'target']),
      ...(edge.id === undefined ? {} : { id: edge.id }),
      source: edge.source,
      target: edge.target,
      ...(edge.directed === undefined ? {} : { directed: edge.directed }),
    };
  });
  return { directed: graph.directed, nodes, edges };
}
