import { describeElement, FormatError } from '../format-error.ts';
import type { ParsedEdge, ParsedGraph, ParsedNode } from '../graph/parsed-graph.ts';
import { typedValue } from '../graph/typed-value.ts';
import { childrenNamed, parseXml, type XmlElement } from '../xml/parse-xml.ts';

type Attribute = { title: string; type: string | undefined; default?: string };

function located(tag: string, element: XmlElement, position: number) {
  return { element: describeElement('gexf', tag, element.attributes.id, position), line: element.line };
}

function readDeclarations(graph: XmlElement, scope: 'node' | 'edge'): Map<string, Attribute> {
  const declarations = new Map<string, Attribute>();
  for (const block of childrenNamed(graph, 'attributes')) {
    if ((block.attributes.class ?? 'node') !== scope) continue;
    for (const element of childrenNamed(block, 'attribute')) {
      const id = element.attributes.id;
      if (id === undefined) continue;
      const fallback = childrenNamed(element, 'default')[0];
      declarations.set(id, {
        title: element.attributes.title ?? id,
        type: element.attributes.type,
        ...(fallback ? { default: fallback.text } : {}),
      });
    }
  }
  return declarations;
}

/** Declared defaults, then XML attributes (label, weight, kind, start, end...), then `<attvalue>`s. */
function attributesOf(
  element: XmlElement,
  declarations: Map<string, Attribute>,
  structural: readonly string[],
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const declaration of declarations.values()) {
    if (declaration.default !== undefined) {
      attributes[declaration.title] = typedValue(declaration.type, declaration.default);
    }
  }
  for (const [name, value] of Object.entries(element.attributes)) {
    if (!structural.includes(name))
      attributes[name] = name === 'weight' ? typedValue('double', value) : value;
  }
  const seen = new Set<string>();
  for (const block of childrenNamed(element, 'attvalues')) {
    for (const attvalue of childrenNamed(block, 'attvalue')) {
      // GEXF 1.2/1.3 use `for`, GEXF 1.1 `id`; a dynamic attribute keeps its first value.
      const ref = attvalue.attributes.for ?? attvalue.attributes.id;
      if (ref === undefined || seen.has(ref)) continue;
      seen.add(ref);
      const declaration = declarations.get(ref);
      attributes[declaration?.title ?? ref] = typedValue(declaration?.type, attvalue.attributes.value ?? '');
    }
  }
  return attributes;
}

const DYNAMIC_ATTRIBUTES = ['timestamp', 'timestamps', 'start', 'end', 'startopen', 'endopen'];

function unsupported(problem: string, tag: string, element: XmlElement, position: number): FormatError {
  return new FormatError(
    'gexf',
    `${problem} Regiekaart kan dat niet overnemen; het bestand is niet ingelezen.`,
    located(tag, element, position),
  );
}

/**
 * Refuses, for the whole file, what Regiekaart cannot represent: spells and dynamic attribute values
 * (a value per period), nodes that exist only in a period, nested nodes (`<nodes>` inside a node or a
 * `pid` parent) and more than one graph. A single `start`/`end` on an edge is read as since/until.
 */
function refuseUnsupported(root: XmlElement, nodes: XmlElement[], edges: XmlElement[]): void {
  const graphs = childrenNamed(root, 'graph');
  if (graphs.length > 1)
    throw unsupported(
      `het bestand bevat ${graphs.length} grafen; er wordt er één per bestand gelezen.`,
      'graph',
      graphs[1] as XmlElement,
      2,
    );
  const check = (tag: 'node' | 'edge', element: XmlElement, position: number) => {
    if (childrenNamed(element, 'spells').length > 0)
      throw unsupported(
        'perioden (<spells>): een element dat in meer perioden bestaat.',
        tag,
        element,
        position,
      );
    for (const block of childrenNamed(element, 'attvalues')) {
      for (const value of childrenNamed(block, 'attvalue')) {
        if (DYNAMIC_ATTRIBUTES.some((name) => value.attributes[name] !== undefined))
          throw unsupported(
            `een waarde die per periode verschilt (<attvalue> met een tijd, attribuut "${value.attributes.for ?? value.attributes.id ?? ''}").`,
            tag,
            element,
            position,
          );
      }
    }
    if (tag === 'node') {
      if (DYNAMIC_ATTRIBUTES.some((name) => element.attributes[name] !== undefined))
        throw unsupported(
          'een knoop die alleen in een periode bestaat (start/end/timestamp).',
          tag,
          element,
          position,
        );
      if (
        childrenNamed(element, 'nodes').length > 0 ||
        childrenNamed(element, 'parents').length > 0 ||
        element.attributes.pid !== undefined
      )
        throw unsupported(
          'geneste knopen (een knoop met eigen knopen, een pid of <parents>).',
          tag,
          element,
          position,
        );
    } else if (['timestamp', 'timestamps'].some((name) => element.attributes[name] !== undefined)) {
      throw unsupported(
        'een verbinding die alleen op bepaalde tijdstippen bestaat (timestamp).',
        tag,
        element,
        position,
      );
    }
  };
  for (const [index, element] of nodes.entries()) check('node', element, index + 1);
  for (const [index, element] of edges.entries()) check('edge', element, index + 1);
}

function elementsIn(graph: XmlElement, list: string, item: string): XmlElement[] {
  return childrenNamed(graph, list).flatMap((block) => childrenNamed(block, item));
}

/**
 * Reads GEXF 1.1-1.3 (Gephi): `<attributes class="node|edge">` declarations, `<attvalues>`, node labels,
 * edge weight, per-edge `type` and the graph's `defaultedgetype`. `viz:` elements (drawing) are
 * ignored; dynamic and nested constructs are refused (see `refuseUnsupported`).
 */
export function readGexf(text: string): ParsedGraph {
  const root = parseXml('gexf', text);
  if (root.name !== 'gexf') {
    throw new FormatError('gexf', `verwacht <gexf> als buitenste element, maar vond <${root.name}>.`, {
      line: root.line,
    });
  }
  const graph = childrenNamed(root, 'graph')[0];
  if (!graph) throw new FormatError('gexf', 'er staat geen <graph> in het bestand.');
  refuseUnsupported(root, elementsIn(graph, 'nodes', 'node'), elementsIn(graph, 'edges', 'edge'));
  const nodeDeclarations = readDeclarations(graph, 'node');
  const edgeDeclarations = readDeclarations(graph, 'edge');

  const nodes: ParsedNode[] = [];
  const seen = new Map<string, number>();
  elementsIn(graph, 'nodes', 'node').forEach((element, index) => {
    const position = index + 1;
    const id = element.attributes.id;
    if (id === undefined || id === '') {
      throw new FormatError('gexf', 'een <node> zonder id.', located('node', element, position));
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new FormatError(
        'gexf',
        `het id "${id}" komt al voor bij <node> nr. ${earlier}; elke node heeft een eigen id.`,
        located('node', element, position),
      );
    }
    seen.set(id, position);
    const attributes = attributesOf(element, nodeDeclarations, ['id']);
    nodes.push({ id, attributes, position, line: element.line });
  });

  const edges: ParsedEdge[] = elementsIn(graph, 'edges', 'edge').map((element, index) => {
    const position = index + 1;
    const { id, source, target, type } = element.attributes;
    if (!source || !target) {
      throw new FormatError(
        'gexf',
        `een <edge> zonder ${!source ? 'source' : 'target'}; elke edge noemt de id's van twee nodes.`,
        located('edge', element, position),
      );
    }
    const directed =
      type === 'directed' ? true : type === 'undirected' || type === 'mutual' ? false : undefined;
    return {
      ...(id === undefined ? {} : { id }),
      source,
      target,
      ...(directed === undefined ? {} : { directed }),
      attributes: attributesOf(element, edgeDeclarations, ['id', 'source', 'target', 'type']),
      position,
      line: element.line,
    };
  });

  const directed = graph.attributes.defaultedgetype === 'directed';
  return { format: 'gexf', directed, nodes, edges, nodeTag: 'node', edgeTag: 'edge' };
}
