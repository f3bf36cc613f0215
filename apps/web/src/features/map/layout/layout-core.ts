// the generator alone: the analysis package's index would bring graphology into the layout worker
import { seededRandom } from '@regiekaart/analysis/random';
import type cytoscapeType from 'cytoscape';
import type { EdgeSingular, LayoutOptions } from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';
import { computeLargeLayout } from './large-layout.ts';

/** A node as the layout sees it: its box only (labels are placed afterwards, see label-culling.ts). */
export type LayoutNode = {
  id: string;
  parent?: string;
  width: number;
  height: number;
  /** the organisation a person belongs to: a large map starts with each organisation's people together */
  cluster?: string;
};
export type LayoutEdge = { id: string; source: string; target: string };
export type LayoutPosition = { x: number; y: number };
export type LayoutPositions = Record<string, LayoutPosition>;

export type LayoutRequest = {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** people in a box per organisation (compound nodes) */
  grouped: boolean;
  /** the same request and seed give the same positions */
  seed: number;
  /** nodes that keep their place; the others are laid out around them */
  fixed?: LayoutPositions;
};

// above this many nodes the layout trades some polish for speed
export const LARGE_NETWORK_NODES = 600;
/** room around the people in an organisation box, as the map style draws it (padding plus title) */
const BOX_PADDING = 14;
const BOX_TITLE = 18;
const BOX_GAP = 16;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The request in a fixed order, so the order in which the API lists actors and ties does not change
 * the drawing.
 */
export function canonical(request: LayoutRequest): LayoutRequest {
  return { ...request, nodes: [...request.nodes].sort(byId), edges: [...request.edges].sort(byId) };
}

function fcoseOptions(request: LayoutRequest, cy: cytoscapeType.Core): FcoseLayoutOptions {
  const actors = request.nodes.filter((n) => !isParent(request, n.id));
  const count = actors.length;
  const large = count > LARGE_NETWORK_NODES;
  const meanSize = count ? actors.reduce((sum, n) => sum + n.width, 0) / count : 18;
  const dense = request.edges.length > 3 * count;
  const base = {
    name: 'fcose' as const,
    randomize: true,
    animate: false as const,
    fit: false,
    packComponents: true,
  };
  if (request.grouped) {
    const sameBox = (edge: unknown) => {
      const e = edge as EdgeSingular;
      return e.source().parent().same(e.target().parent());
    };
    return {
      ...base,
      // people in organisation boxes: short ties inside a box, long slack ties between boxes
      quality: large ? 'default' : 'proof',
      nodeSeparation: 75,
      nodeRepulsion: 60_000,
      idealEdgeLength: (edge) => (sameBox(edge) ? 60 : 220),
      edgeElasticity: (edge) => (sameBox(edge) ? 0.45 : 0.1),
      nestingFactor: 0.1,
      gravity: 0.25,
      numIter: large ? 1500 : 5000,
      tile: true,
    };
  }
  void cy;
  return {
    ...base,
    // a large network gets the quick spectral layout only
    quality: large ? 'draft' : 'default',
    nodeSeparation: 60,
    idealEdgeLength: Math.max(100, meanSize * 2.5),
    nodeRepulsion: 20_000 * (meanSize / 18) ** 2,
    // in a dense map, slack edges let the repulsion keep nodes apart
    edgeElasticity: dense ? 0.1 : 0.45,
    numIter: large ? 600 : 2500,
    // actors without ties are tiled aside: far enough apart that each keeps room for its name
    tilingPaddingVertical: 36,
    tilingPaddingHorizontal: 130,
  };
}

/**
 * Whether a request gets the quick layout for large maps (ForceAtlas2, large-layout.ts) rather than
 * fcose: many nodes, no organisation boxes and no fixed nodes.
 */
export function usesLargeLayout(request: LayoutRequest): boolean {
  return (
    !request.grouped &&
    Object.keys(request.fixed ?? {}).length === 0 &&
    request.nodes.length > LARGE_NETWORK_NODES
  );
}

function isParent(request: LayoutRequest, id: string): boolean {
  return request.nodes.some((n) => n.parent === id);
}

/**
 * Lays out a network with fcose in a headless Cytoscape (a large one with ForceAtlas2, see
 * `usesLargeLayout`) and answers the position of every node that is not a box. Math.random is replaced by a seeded generator while fcose runs (it is synchronous), so
 * the same request gives the same drawing; meant for a worker, where nothing else shares Math.random.
 */
export function computeLayout(cytoscape: typeof cytoscapeType, raw: LayoutRequest): LayoutPositions {
  const request = canonical(raw);
  if (usesLargeLayout(request)) return computeLargeLayout(request);
  const known = new Set(request.nodes.map((n) => n.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      ...request.nodes.map((n) => ({
        group: 'nodes' as const,
        data: {
          id: n.id,
          w: n.width,
          h: n.height,
          ...(n.parent && known.has(n.parent) ? { parent: n.parent } : {}),
        },
      })),
      ...request.edges
        .filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target)
        .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
    style: [
      { selector: 'node[w]', style: { width: 'data(w)', height: 'data(h)' } },
      { selector: ':parent', style: { padding: `${BOX_PADDING}px` } },
    ],
  });
  const random = Math.random;
  Math.random = seededRandom(request.seed);
  try {
    // fcose warns and stops on stacked nodes: start from a seeded spread
    const spread = Math.sqrt(request.nodes.length) * 40;
    cy.nodes().forEach((node) => {
      node.position({ x: (Math.random() - 0.5) * spread, y: (Math.random() - 0.5) * spread });
    });
    const fixed = Object.entries(request.fixed ?? {})
      .filter(([id]) => known.has(id) && !isParent(request, id))
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([nodeId, position]) => ({ nodeId, position: { ...position } }));
    for (const { nodeId, position } of fixed) cy.getElementById(nodeId).position(position);
    const options = fcoseOptions(request, cy);
    if (fixed.length > 0) Object.assign(options, { fixedNodeConstraint: fixed });
    if (cy.nodes().nonempty()) cy.layout(options as LayoutOptions).run();
  } finally {
    Math.random = random;
  }
  const positions: LayoutPositions = {};
  cy.nodes().forEach((node) => {
    if (node.isParent()) return;
    const { x, y } = node.position();
    positions[node.id()] = { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
  });
  // fcose may shift the drawing as a whole; the fixed nodes say where it belongs
  for (const { nodeId, position } of Object.entries(request.fixed ?? {}).map(([nodeId, position]) => ({
    nodeId,
    position,
  }))) {
    if (positions[nodeId]) positions[nodeId] = { ...position };
  }
  if (request.grouped && !request.fixed) separateBoxes(request, positions);
  cy.destroy();
  return positions;
}

type Box = { id: string; members: LayoutNode[]; x1: number; y1: number; x2: number; y2: number };

function boxOf(id: string, members: LayoutNode[], positions: LayoutPositions): Box {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const m of members) {
    const p = positions[m.id];
    if (!p) continue;
    x1 = Math.min(x1, p.x - m.width / 2);
    x2 = Math.max(x2, p.x + m.width / 2);
    y1 = Math.min(y1, p.y - m.height / 2);
    y2 = Math.max(y2, p.y + m.height / 2);
  }
  return {
    id,
    members,
    x1: x1 - BOX_PADDING - BOX_GAP / 2,
    y1: y1 - BOX_PADDING - BOX_TITLE - BOX_GAP / 2,
    x2: x2 + BOX_PADDING + BOX_GAP / 2,
    y2: y2 + BOX_PADDING + BOX_GAP / 2,
  };
}

/**
 * Organisation boxes that still overlap after the layout are pushed apart, each by half the overlap
 * along the axis where it is smallest, until none overlap (or after a bounded number of rounds).
 */
export function separateBoxes(request: LayoutRequest, positions: LayoutPositions): void {
  const members = new Map<string, LayoutNode[]>();
  for (const n of request.nodes) {
    if (!n.parent) continue;
    members.set(n.parent, [...(members.get(n.parent) ?? []), n]);
  }
  const ids = [...members.keys()].sort();
  const move = (box: Box, dx: number, dy: number) => {
    for (const m of box.members) {
      const p = positions[m.id];
      if (p) positions[m.id] = { x: Math.round((p.x + dx) * 10) / 10, y: Math.round((p.y + dy) * 10) / 10 };
    }
    box.x1 += dx;
    box.x2 += dx;
    box.y1 += dy;
    box.y2 += dy;
  };
  const boxes = ids.map((id) => boxOf(id, members.get(id) ?? [], positions));
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i] as Box;
        const b = boxes[j] as Box;
        const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (ox <= 0 || oy <= 0) continue;
        moved = true;
        const acx = (a.x1 + a.x2) / 2;
        const bcx = (b.x1 + b.x2) / 2;
        const acy = (a.y1 + a.y2) / 2;
        const bcy = (b.y1 + b.y2) / 2;
        if (ox < oy) {
          const d = (ox / 2 + 0.5) * (acx <= bcx ? 1 : -1);
          move(a, -d, 0);
          move(b, d, 0);
        } else {
          const d = (oy / 2 + 0.5) * (acy <= bcy ? 1 : -1);
          move(a, 0, -d);
          move(b, 0, d);
        }
      }
    }
    if (!moved) break;
  }
}
