import type { AttributeDeclaration, WritableGraph } from '../graph/writable-graph.ts';
import { formatValue } from '../graph/writable-graph.ts';
import { escapeXmlAttribute as attr, escapeXmlText } from '../xml/escape-xml.ts';

export const GRAPHML_NAMESPACE = 'http://graphml.graphdrawing.org/xmlns';

type Key = AttributeDeclaration & { id: string; for: 'node' | 'edge' };

function dataLines(keys: readonly Key[], values: Record<string, unknown>, indent: string): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const value = values[key.name];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      lines.push(`${indent}<data key="${key.id}">${escapeXmlText(formatValue(value))}</data>`);
    }
  }
  return lines;
}

function element(open: string, tag: string, children: readonly string[], indent: string): string[] {
  return children.length === 0
    ? [`${indent}${open}/>`]
    : [`${indent}${open}>`, ...children, `${indent}</${tag}>`];
}

/**
 * Writes GraphML with a typed `<key>` per attribute (ids d0, d1, ...), `edgedefault` from the graph and
 * an explicit `directed` on every edge, so mixed graphs survive.
 */
export function writeGraphml(graph: WritableGraph): string {
  const hasLabels = graph.nodes.some((node) => node.label !== undefined);
  const scoped = (scope: Key['for'], declarations: readonly AttributeDeclaration[]) =>
    declarations.map((declaration) => ({ ...declaration, for: scope }));
  const declarations = [
    ...scoped(
      'node',
      hasLabels ? [{ name: 'label', type: 'string' }, ...graph.nodeAttributes] : graph.nodeAttributes,
    ),
    ...scoped('edge', graph.edgeAttributes),
  ];
  const keys: Key[] = declarations.map((declaration, index) => ({ ...declaration, id: `d${index}` }));
  const nodeKeys = keys.filter((key) => key.for === 'node');
  const edgeKeys = keys.filter((key) => key.for === 'edge');

  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${GRAPHML_NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="${GRAPHML_NAMESPACE} ${GRAPHML_NAMESPACE}/1.0/graphml.xsd">`,
    ...keys.map(
      (key) =>
        `  <key id="${key.id}" for="${key.for}" attr.name="${attr(key.name)}" attr.type="${key.type}"/>`,
    ),
    `  <graph id="G" edgedefault="${graph.directed ? 'directed' : 'undirected'}">`,
  ];
  for (const node of graph.nodes) {
    const values = node.label === undefined ? node.attributes : { label: node.label, ...node.attributes };
    lines.push(
      ...element(`<node id="${attr(node.id)}"`, 'node', dataLines(nodeKeys, values, '      '), '    '),
    );
  }
  for (const edge of graph.edges) {
    const id = edge.id === undefined ? '' : ` id="${attr(edge.id)}"`;
    const open = `<edge${id} source="${attr(edge.source)}" target="${attr(edge.target)}" directed="${edge.directed}"`;
    lines.push(...element(open, 'edge', dataLines(edgeKeys, edge.attributes, '      '), '    '));
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
