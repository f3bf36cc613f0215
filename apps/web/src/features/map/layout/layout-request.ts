import type { Network } from '@regiekaart/model';
import { toElements } from '../to-elements.ts';
import type { LayoutEdge, LayoutRequest } from './layout-core.ts';

// no Cytoscape here: the app shell builds a map's first layout request before the map's code has loaded

/** the seed of a map's first layout; "Opnieuw schikken" takes the next ones */
export const FIRST_LAYOUT_SEED = 1;
/** up to this many actors the layout makes room for each label */
const LABELLED_LAYOUT_MAX_NODES = 80;

/** Each person's organisation (the `cluster` of their layout node). */
export function organisationsOf(network: Network): Map<string, string> {
  const organisationOf = new Map<string, string>();
  for (const node of network.nodes) if (node.organisationId) organisationOf.set(node.id, node.organisationId);
  return organisationOf;
}

/**
 * A node's box for the layout (and a person's organisation): its size, and on a small map (whose labels mostly show) room for its
 * label under it, measured roughly; larger maps hide labels that do not fit instead.
 */
export function layoutNode(
  data: {
    id?: string | undefined;
    parent?: unknown;
    size?: unknown;
    label?: unknown;
    kind?: unknown;
    group?: unknown;
  },
  actorCount: number,
  organisationOf: ReadonlyMap<string, string>,
): LayoutRequest['nodes'][number] {
  const parent = typeof data.parent === 'string' ? data.parent : undefined;
  const cluster = data.id ? organisationOf.get(data.id) : undefined;
  const size = Number(data.size ?? 18);
  const labelled = actorCount <= LABELLED_LAYOUT_MAX_NODES && !data.group;
  const text = String(data.label ?? '');
  const organisation = data.kind === 'organisation';
  const labelWidth = Math.min(organisation ? 160 : 110, text.length * (organisation ? 7 : 5.2));
  return {
    id: String(data.id),
    ...(parent ? { parent } : {}),
    ...(cluster ? { cluster } : {}),
    width: labelled ? Math.max(size, labelWidth) : size,
    height: labelled ? size + (organisation ? 18 : 14) : size,
  };
}

/** A tie as the layout sees it. */
export function layoutEdge(data: { id?: string | undefined; source: string; target: string }): LayoutEdge {
  return { id: String(data.id), source: data.source, target: data.target };
}

/**
 * The layout request of a map's first open without kept positions, organisation boxes, metric sizes or
 * a saved view: the very request the map (CytoscapeMap) makes then, so one computed ahead can be used.
 */
export function firstLayoutRequest(network: Network): LayoutRequest {
  const { nodes, edges } = toElements(network);
  const organisationOf = organisationsOf(network);
  return {
    nodes: nodes.map((node) => layoutNode(node.data, nodes.length, organisationOf)),
    edges: edges.map((edge) => layoutEdge(edge.data)),
    grouped: false,
    seed: FIRST_LAYOUT_SEED,
  };
}
