import { describeElement, FormatError } from '../format-error.ts';
import type { ParsedEdge, ParsedGraph, ParsedNode } from '../graph/parsed-graph.ts';
import { isRecord } from './parse-json.ts';

/** Kumu's own attribute names, renamed to the names the importer reads (as in Kumu's spreadsheet layout). */
const RENAMED: Record<string, string> = {
  'element type': 'type',
  'connection type': 'kind',
  description: 'note',
};

function renamed(attributes: unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  if (!isRecord(attributes)) return result;
  for (const [name, value] of Object.entries(attributes)) result[RENAMED[name.toLowerCase()] ?? name] = value;
  return result;
}

/** Does this JSON value hold a project exported by Kumu (kumu.io): `elements` and `connections` lists? */
export function isKumuJson(
  value: unknown,
): value is Record<string, unknown> & { elements: unknown[]; connections: unknown[] } {
  return isRecord(value) && Array.isArray(value.elements) && Array.isArray(value.connections);
}

/**
 * Reads Kumu's JSON export: each element `{_id, attributes: {label, "element type", description, ...}}`,
 * each connection `{_id, from, to, direction: directed | undirected | mutual, attributes}`. Element type
 * becomes `type`, connection type `kind`, description `note`; only `directed` connections are directed.
 * Kumu's maps, loops and perspectives (layout and views) are not read.
 */
export function kumuToGraph(value: { elements: unknown[]; connections: unknown[] }): ParsedGraph {
  const nodes: ParsedNode[] = [];
  const seen = new Map<string, number>();
  value.elements.forEach((raw, index) => {
    const position = index + 1;
    const id = isRecord(raw) && typeof raw._id === 'string' ? raw._id : undefined;
    if (!isRecord(raw) || id === undefined) {
      throw new FormatError('json', 'een element zonder _id.', {
        element: describeElement('json', 'elements', undefined, position),
      });
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new FormatError('json', `het _id "${id}" komt al voor bij element nr. ${earlier}.`, {
        element: describeElement('json', 'elements', id, position),
      });
    }
    seen.set(id, position);
    nodes.push({ id, attributes: renamed(raw.attributes), position });
  });

  const edges: ParsedEdge[] = value.connections.map((raw, index) => {
    const position = index + 1;
    const element = describeElement('json', 'connections', undefined, position);
    if (!isRecord(raw)) throw new FormatError('json', 'verwacht een object met from en to.', { element });
    if (typeof raw.from !== 'string' || typeof raw.to !== 'string') {
      throw new FormatError(
        'json',
        `een verbinding zonder ${typeof raw.from !== 'string' ? 'from' : 'to'}.`,
        {
          element,
        },
      );
    }
    return {
      ...(typeof raw._id === 'string' ? { id: raw._id } : {}),
      source: raw.from,
      target: raw.to,
      ...(typeof raw.direction === 'string' ? { directed: raw.direction === 'directed' } : {}),
      attributes: renamed(raw.attributes),
      position,
    };
  });
  // Kumu draws a connection without a direction as directed.
  return { format: 'json', directed: true, nodes, edges, nodeTag: 'elements', edgeTag: 'connections' };
}
