import type {
  AttributeDeclaration,
  AttributeType,
  WritableGraph,
  WritableValue,
} from '../graph/writable-graph.ts';
import { formatValue } from '../graph/writable-graph.ts';
import { escapeXmlAttribute as attr } from '../xml/escape-xml.ts';

export const GEXF_NAMESPACE = 'http://gexf.net/1.3';

const GEXF_TYPES: Record<AttributeType, string> = {
  string: 'string',
  int: 'integer',
  long: 'long',
  double: 'double',
  boolean: 'boolean',
};

function declarationLines(scope: 'node' | 'edge', declarations: readonly AttributeDeclaration[]): string[] {
  if (declarations.length === 0) return [];
  return [
    `    <attributes class="${scope}" mode="static">`,
    ...declarations.map(
      (declaration, index) =>
        `      <attribute id="${index}" title="${attr(declaration.name)}" type="${GEXF_TYPES[declaration.type]}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalueLines(
  declarations: readonly AttributeDeclaration[],
  values: Record<string, WritableValue>,
): string[] {
  const lines: string[] = [];
  declarations.forEach((declaration, index) => {
    const value = values[declaration.name];
    if (value !== null && value !== undefined) {
      lines.push(`          <attvalue for="${index}" value="${attr(formatValue(value))}"/>`);
    }
  });
  return lines.length === 0 ? [] : ['        <attvalues>', ...lines, '        </attvalues>'];
}

function element(open: string, tag: string, children: readonly string[]): string[] {
  return children.length === 0 ? [`      ${open}/>`] : [`      ${open}>`, ...children, `      </${tag}>`];
}

/**
 * Writes GEXF 1.3 as Gephi reads it: declared attributes per class, node labels, edge weight and kind, a
 * `type` on every edge (mixed graphs) and the graph's `defaultedgetype`.
 */
export function writeGexf(graph: WritableGraph): string {
  // An edge's kind goes into GEXF's own `kind` attribute (edge kinds in Gephi), not an attvalue.
  const edgeAttributes = graph.edgeAttributes.filter((declaration) => declaration.name !== 'kind');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<gexf xmlns="${GEXF_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${GEXF_NAMESPACE} ${GEXF_NAMESPACE}/gexf.xsd" version="1.3">`,
    '  <meta>',
    '    <creator>Regiekaart</creator>',
    '  </meta>',
    `  <graph mode="static" defaultedgetype="${graph.directed ? 'directed' : 'undirected'}">`,
    ...declarationLines('node', graph.nodeAttributes),
    ...declarationLines('edge', edgeAttributes),
    '    <nodes>',
  ];
  for (const node of graph.nodes) {
    const label = node.label === undefined ? '' : ` label="${attr(node.label)}"`;
    lines.push(
      ...element(
        `<node id="${attr(node.id)}"${label}`,
        'node',
        attvalueLines(graph.nodeAttributes, node.attributes),
      ),
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    const id = edge.id === undefined ? '' : ` id="${attr(edge.id)}"`;
    const weight = edge.weight === undefined ? '' : ` weight="${edge.weight}"`;
    const type = edge.directed ? 'directed' : 'undirected';
    const kind = edge.attributes.kind;
    const kindAttribute = kind === null || kind === undefined ? '' : ` kind="${attr(formatValue(kind))}"`;
    const ends = `source="${attr(edge.source)}" target="${attr(edge.target)}"`;
    const open = `<edge${id} ${ends} type="${type}"${kindAttribute}${weight}`;
    lines.push(...element(open, 'edge', attvalueLines(edgeAttributes, edge.attributes)));
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
