import type { Network, NetworkEdge, NetworkNode } from '@regiekaart/model';
import type { EdgeDefinition, NodeDefinition } from 'cytoscape';
import { domainAppearance } from './domain-appearance.ts';
import { edgeAppearance } from './edge-appearance.ts';

/** What the stylesheet (and tests, through `window.cy`) read from a node's data. */
export type MapNodeData = {
  id: string;
  label: string;
  kind: NetworkNode['kind'];
  domain: string | null;
  colour: string;
  size: number;
  borderWidth: number;
  /** the box of the organisation the actor is drawn in, when people are grouped */
  parent?: string;
};

/** A box around the people of one organisation (a Cytoscape compound node). */
export type MapGroupData = { id: string; label: string; colour: string; group: true };

/** What the stylesheet reads from an edge's data. */
export type MapEdgeData = {
  id: string;
  source: string;
  target: string;
  kind: string;
  colour: string;
  width: number;
};

export type ElementOptions = {
  /** organisation id -> name: draw people inside a box per organisation */
  groups?: ReadonlyMap<string, string> | null;
  /** ties as straight lines, much quicker to draw on a large map (no arrows) */
  straightEdges?: boolean;
};

export const GROUP_PREFIX = 'groep:';

const PERSON_SIZE = 18;
const ORGANISATION_SIZE = 34;

function nodeSize(node: NetworkNode): number {
  if (node.kind === 'person') return PERSON_SIZE;
  // organisation level: the area grows with the people folded into the node
  if (node.memberCount) return Math.min(72, 26 + 6 * Math.sqrt(node.memberCount));
  return ORGANISATION_SIZE;
}

function coreRole(node: NetworkNode): 'regisseur' | 'kernpartner' | null {
  if (node.roles?.includes('regisseur')) return 'regisseur';
  if (node.roles?.includes('kernpartner')) return 'kernpartner';
  return null;
}

function nodeBorderWidth(node: NetworkNode, isOpgaveMap: boolean): number {
  // a double border needs at least 4 px to show as two lines
  const base = node.kind === 'organisation' ? 4 : 1.5;
  if (coreRole(node)) return base + 3;
  if (isOpgaveMap && node.participant) return base + 1;
  return base;
}

// beyond this many nodes, people's names only show when zoomed in or selected
const QUIET_LABELS_FROM = 80;
// beyond this many edges per node, edges are drawn lighter so the nodes stay readable
export const DENSE_EDGES_PER_NODE = 3;

function nodeClasses(node: NetworkNode, isOpgaveMap: boolean, quietLabels: boolean): string[] {
  const classes = [node.kind, `shape-${domainAppearance(node.domain).shape}`];
  if (quietLabels && node.kind === 'person') classes.push('quiet-label');
  const role = coreRole(node);
  if (role) classes.push(role);
  if (isOpgaveMap) classes.push(node.participant ? 'participant' : 'context');
  return classes;
}

/** Strength 1–5 (organisation level: may be an aggregate) to a line width in px. */
export function edgeWidth(edge: Pick<NetworkEdge, 'strength'>): number {
  const strength = Math.min(5, Math.max(1, edge.strength));
  return 0.8 + (strength - 1) * 1.1;
}

/** A folded tie: thicker with the number of person-pairs that carry it. */
export function countWidth(count: number): number {
  return Math.min(10, 1 + 1.5 * Math.sqrt(Math.max(0, count - 1)));
}

const MIN_METRIC_SIZE = 14;
const MAX_METRIC_SIZE = 60;

/**
 * Node sizes from a metric: the area grows with the value, from the smallest to the largest in the
 * map. Nodes without a value get the smallest size.
 */
export function metricSizes(values: ReadonlyMap<string, number | null>): Map<string, number> {
  const numbers = [...values.values()].filter((v): v is number => v !== null && Number.isFinite(v));
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  const sizes = new Map<string, number>();
  for (const [id, value] of values) {
    const share = value === null || !(max > min) ? 0 : (value - min) / (max - min);
    sizes.set(id, MIN_METRIC_SIZE + (MAX_METRIC_SIZE - MIN_METRIC_SIZE) * Math.sqrt(share));
  }
  return sizes;
}

/** The size a node has without a chosen metric. */
export function defaultNodeSize(node: NetworkNode): number {
  return nodeSize(node);
}

/**
 * The network as Cytoscape elements. Edges whose ends are not in the network are left out,
 * since Cytoscape refuses them and a half-drawn map is worse than a missing tie.
 */
export function toElements(
  network: Network,
  options: ElementOptions = {},
): { nodes: NodeDefinition[]; edges: EdgeDefinition[] } {
  const isOpgaveMap = Boolean(network.meta?.opgaveId);
  const groups = network.meta?.level === 'organisation' ? null : (options.groups ?? null);
  const groupOf = (node: NetworkNode): string | undefined => {
    if (!groups) return undefined;
    const organisation = node.kind === 'organisation' ? node.id : node.organisationId;
    return organisation && groups.has(organisation) ? `${GROUP_PREFIX}${organisation}` : undefined;
  };
  const ids = new Set(network.nodes.map((n) => n.id));
  const quietLabels = network.nodes.length > QUIET_LABELS_FROM;
  const dense = network.edges.length > DENSE_EDGES_PER_NODE * network.nodes.length;
  const nodes = network.nodes.map(
    (node): NodeDefinition => ({
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        kind: node.kind,
        domain: node.domain,
        colour: domainAppearance(node.domain).colour,
        size: nodeSize(node),
        borderWidth: nodeBorderWidth(node, isOpgaveMap),
        ...(groupOf(node) ? { parent: groupOf(node) } : {}),
      } satisfies MapNodeData,
      classes: nodeClasses(node, isOpgaveMap, quietLabels),
    }),
  );
  if (groups) {
    const used = new Map<string, string | null>();
    for (const node of network.nodes) {
      const parent = groupOf(node);
      if (parent && !used.has(parent)) used.set(parent, node.domain);
    }
    for (const [id, domain] of used) {
      const organisation = id.slice(GROUP_PREFIX.length);
      nodes.unshift({
        group: 'nodes',
        data: {
          id,
          label: groups.get(organisation) ?? organisation,
          colour: domainAppearance(domain).colour,
          group: true,
        } satisfies MapGroupData,
        classes: ['organisation-group'],
      });
    }
  }
  const edges = network.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target)
    .map(
      (edge): EdgeDefinition => ({
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          kind: edge.kind,
          colour: edgeAppearance(edge.kind).colour,
          width: edge.count !== undefined ? countWidth(edge.count) : edgeWidth(edge),
        } satisfies MapEdgeData,
        classes: [
          `line-${edgeAppearance(edge.kind).line}`,
          ...(edge.directed ? ['directed'] : []),
          ...(dense ? ['dense'] : []),
          ...(options.straightEdges ? ['straight'] : []),
        ],
      }),
    );
  return { nodes, edges };
}
