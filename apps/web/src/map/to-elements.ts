import type { Network, NetworkEdge, NetworkNode } from '@regiekaart/model';
import type { EdgeDefinition, NodeDefinition } from 'cytoscape';
import { domainAppearance } from './domain-appearance.ts';

/** What the stylesheet (and tests, through `window.cy`) read from a node's data. */
export type MapNodeData = {
  id: string;
  label: string;
  kind: NetworkNode['kind'];
  domain: string | null;
  colour: string;
  size: number;
  borderWidth: number;
};

/** What the stylesheet reads from an edge's data. */
export type MapEdgeData = {
  id: string;
  source: string;
  target: string;
  width: number;
};

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

/**
 * The network as Cytoscape elements. Edges whose ends are not in the network are left out,
 * since Cytoscape refuses them and a half-drawn map is worse than a missing tie.
 */
export function toElements(network: Network): { nodes: NodeDefinition[]; edges: EdgeDefinition[] } {
  const isOpgaveMap = Boolean(network.meta?.opgaveId);
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
      } satisfies MapNodeData,
      classes: nodeClasses(node, isOpgaveMap, quietLabels),
    }),
  );
  const edges = network.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target) && edge.source !== edge.target)
    .map(
      (edge): EdgeDefinition => ({
        group: 'edges',
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          width: edgeWidth(edge),
        } satisfies MapEdgeData,
        classes: [...(edge.directed ? ['directed'] : []), ...(dense ? ['dense'] : [])],
      }),
    );
  return { nodes, edges };
}
