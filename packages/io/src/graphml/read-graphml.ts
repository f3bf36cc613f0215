import { describeElement, FormatError } from '../format-error.ts';
import type { ParsedEdge, ParsedGraph, ParsedNode } from '../graph/parsed-graph.ts';
import { typedValue } from '../graph/typed-value.ts';
import { childrenNamed, parseXml, type XmlElement } from '../xml/parse-xml.ts';

type Key = {
  id: string;
  for: string;
  name: string;
  type: string | undefined;
  default?: string;
  graphics: boolean;
  /** yEd Live's (yFiles for HTML) NodeLabels/EdgeLabels key: labels as `y:Label Text="..."` or `y:Label.Text`. */
  labels: boolean;
  /** yEd Live's drawing keys (geometry, style, view state): no attribute for us. */
  drawing: boolean;
};

function located(tag: string, element: XmlElement, position: number) {
  return { element: describeElement('graphml', tag, element.attributes.id, position), line: element.line };
}

function firstText(element: XmlElement, name: string): string | undefined {
  for (const child of element.children) {
    if (child.name === name) return child.text;
    const nested = firstText(child, name);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

/** yFiles for HTML's first label: `<y:Label Text="...">`, or its `<y:Label.Text>` child (multi-line text). */
function firstLabel(element: XmlElement): string | undefined {
  for (const child of element.children) {
    if (child.name === 'Label') return child.attributes.Text ?? firstText(child, 'Label.Text');
    const nested = firstLabel(child);
    if (nested !== undefined) return nested;
  }
  return undefined;
}

function readKeys(root: XmlElement): Map<string, Key> {
  const keys = new Map<string, Key>();
  childrenNamed(root, 'key').forEach((element, index) => {
    const id = element.attributes.id;
    if (id === undefined) {
      throw new FormatError('graphml', 'een <key> zonder id.', located('key', element, index + 1));
    }
    const fallback = childrenNamed(element, 'default')[0];
    keys.set(id, {
      id,
      for: element.attributes.for ?? 'all',
      name: element.attributes['attr.name'] ?? id,
      type: element.attributes['attr.type'],
      ...(fallback ? { default: fallback.text } : {}),
      graphics: (element.attributes['yfiles.type'] ?? '').endsWith('graphics'),
      labels: /\/(Node|Edge)Labels$/.test(element.attributes['attr.uri'] ?? ''),
      drawing: /yworks\.com\/xml\/yfiles-common\//.test(element.attributes['attr.uri'] ?? ''),
    });
  });
  return keys;
}

function attributesOf(
  element: XmlElement,
  scope: 'node' | 'edge',
  keys: Map<string, Key>,
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const key of keys.values()) {
    if ((key.for === scope || key.for === 'all') && key.default !== undefined && !key.graphics) {
      attributes[key.name] = typedValue(key.type, key.default);
    }
  }
  for (const data of childrenNamed(element, 'data')) {
    const keyId = data.attributes.key ?? '';
    const key = keys.get(keyId);
    if (key?.labels) {
      const label = firstLabel(data);
      if (label !== undefined && label.trim() !== '' && attributes.label === undefined)
        attributes.label = label.trim();
      continue;
    }
    if (key?.drawing) continue;
    if (key?.graphics) {
      // yEd keeps the label inside its drawing instructions.
      const label = firstText(data, 'NodeLabel') ?? firstText(data, 'EdgeLabel');
      if (label !== undefined && label.trim() !== '' && attributes.label === undefined)
        attributes.label = label.trim();
      continue;
    }
    if (data.children.length > 0 && data.text.trim() === '') continue;
    attributes[key?.name ?? keyId] = typedValue(key?.type, data.text);
  }
  return attributes;
}

const unsupported = (problem: string, tag: string, element: XmlElement, position: number) =>
  new FormatError(
    'graphml',
    `${problem} Regiekaart kan dat niet overnemen; het bestand is niet ingelezen.`,
    located(tag, element, position),
  );

/**
 * Refuses, for the whole file, what Regiekaart cannot represent: hyperedges, nested graphs (a `<graph>`
 * inside a node or edge, as yEd writes for groups and folders) and more than one graph per file. Ports
 * are read fully: an edge on a port is an edge on the port's node (the port only says where the line
 * is drawn).
 */
function refuseUnsupported(root: XmlElement, graph: XmlElement): void {
  const graphs = childrenNamed(root, 'graph');
  if (graphs.length > 1) {
    throw unsupported(
      `het bestand bevat ${graphs.length} grafen; er wordt er één per bestand gelezen.`,
      'graph',
      graphs[1] as XmlElement,
      2,
    );
  }
  childrenNamed(graph, 'hyperedge').forEach((element, index) => {
    throw unsupported(
      'een hyperedge (een verbinding tussen meer dan twee knopen).',
      'hyperedge',
      element,
      index + 1,
    );
  });
  childrenNamed(graph, 'node').forEach((element, index) => {
    if (childrenNamed(element, 'graph').length > 0)
      throw unsupported(
        'een geneste graaf in een knoop (bijvoorbeeld een groep of map in yEd).',
        'node',
        element,
        index + 1,
      );
  });
  childrenNamed(graph, 'edge').forEach((element, index) => {
    if (childrenNamed(element, 'graph').length > 0)
      throw unsupported('een geneste graaf in een edge.', 'edge', element, index + 1);
  });
}

/**
 * Reads GraphML (ours, Gephi, networkx, igraph, TinkerPop, yEd and yEd Live): the `<graph>`, its direct
 * `<node>` and `<edge>` children, `<data>` typed by their `<key>` (defaults applied), `edgedefault` and
 * per-edge `directed`. Labels come from a label/name key or from yEd's drawing (`y:NodeLabel` in yEd,
 * `y:Label` in yEd Live). Hyperedges and nested graphs are refused (see `refuseUnsupported`).
 */
export function readGraphml(text: string): ParsedGraph {
  const root = parseXml('graphml', text);
  if (root.name !== 'graphml') {
    throw new FormatError('graphml', `verwacht <graphml> als buitenste element, maar vond <${root.name}>.`, {
      line: root.line,
    });
  }
  const keys = readKeys(root);
  const graph = childrenNamed(root, 'graph')[0];
  if (!graph) throw new FormatError('graphml', 'er staat geen <graph> in het bestand.');
  refuseUnsupported(root, graph);

  const nodes: ParsedNode[] = [];
  const seen = new Map<string, number>();
  childrenNamed(graph, 'node').forEach((element, index) => {
    const position = index + 1;
    const id = element.attributes.id;
    if (id === undefined || id === '') {
      throw new FormatError('graphml', 'een <node> zonder id.', located('node', element, position));
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new FormatError(
        'graphml',
        `het id "${id}" komt al voor bij <node> nr. ${earlier}; elke node heeft een eigen id.`,
        located('node', element, position),
      );
    }
    seen.set(id, position);
    nodes.push({ id, attributes: attributesOf(element, 'node', keys), position, line: element.line });
  });

  const edges: ParsedEdge[] = childrenNamed(graph, 'edge').map((element, index) => {
    const position = index + 1;
    const { id, source, target, directed } = element.attributes;
    if (!source || !target) {
      throw new FormatError(
        'graphml',
        `een <edge> zonder ${!source ? 'source' : 'target'}; elke edge noemt de id's van twee nodes.`,
        located('edge', element, position),
      );
    }
    return {
      ...(id === undefined ? {} : { id }),
      source,
      target,
      ...(directed === 'true' || directed === 'false' ? { directed: directed === 'true' } : {}),
      attributes: attributesOf(element, 'edge', keys),
      position,
      line: element.line,
    };
  });

  const directed = graph.attributes.edgedefault === 'directed';
  return { format: 'graphml', directed, nodes, edges, nodeTag: 'node', edgeTag: 'edge' };
}
