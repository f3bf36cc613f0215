// the generator alone: the analysis package's index would bring its metrics into the layout worker
import { seededRandom } from '@regiekaart/analysis/random';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { LayoutPositions, LayoutRequest } from './layout-core.ts';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** the typical length of a tie in the drawing, in px at zoom 1 (fcose's ideal edge length on small maps) */
const EDGE_LENGTH = 90;
/** iterations for a map of ITERATION_BUDGET_NODES; larger maps get proportionally fewer, never below the floor */
const ITERATIONS = 40;
const ITERATION_BUDGET_NODES = 2500;
const MIN_ITERATIONS = 12;

/** How many ForceAtlas2 rounds a map of `count` nodes gets: a fixed number, so the time is bounded. */
export function largeLayoutIterations(count: number): number {
  if (count <= ITERATION_BUDGET_NODES) return ITERATIONS;
  return Math.max(MIN_ITERATIONS, Math.round((ITERATIONS * ITERATION_BUDGET_NODES) / count));
}

/**
 * The layout of a large map (hundreds to tens of thousands of nodes, no organisation boxes): ForceAtlas2
 * with Barnes-Hut for a fixed number of rounds, from a start in which tied nodes lie close (breadth-first
 * order on a sunflower spiral, turned by the seed). Deterministic: the request must be in canonical
 * order (see `canonical`), and the same request and seed give the same positions. Far quicker than fcose
 * on thousands of nodes, whose cost there is mostly Cytoscape's collections.
 */
export function computeLargeLayout(request: LayoutRequest): LayoutPositions {
  const graph = new Graph({ type: 'undirected' });
  for (const node of request.nodes) graph.addNode(node.id, { x: 0, y: 0, size: node.width });
  for (const edge of request.edges) {
    if (edge.source === edge.target || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    if (!graph.hasEdge(edge.source, edge.target)) graph.addEdge(edge.source, edge.target);
  }
  if (graph.order === 0) return {};

  // start: breadth-first from the best-tied node of each part, on a spiral, so neighbours start near
  const random = seededRandom(request.seed);
  const turn = random() * 2 * Math.PI;
  const starts = request.nodes
    .map((node) => node.id)
    .sort((a, b) => graph.degree(b) - graph.degree(a) || (a < b ? -1 : a > b ? 1 : 0));
  const seen = new Set<string>();
  let i = 0;
  for (const start of starts) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head] as string;
      const r = 10 * Math.sqrt(i);
      const angle = turn + i * GOLDEN_ANGLE;
      graph.mergeNodeAttributes(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
      i++;
      for (const next of graph.neighbors(id).sort()) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }

  forceAtlas2.assign(graph, {
    iterations: largeLayoutIterations(graph.order),
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true },
  });

  // scale so that a typical tie is EDGE_LENGTH long and a typical node has room of twice its size
  // to its nearest neighbour, around the origin
  const lengths: number[] = [];
  graph.forEachEdge((_edge, _attributes, _source, _target, a, b) => {
    lengths.push(Math.hypot(a.x - b.x, a.y - b.y));
  });
  const edgeMedian = median(lengths);
  const sizes = request.nodes.map((node) => node.width);
  const nearest = median(nearestDistances(graph));
  const scale = Math.max(
    edgeMedian > 0 ? EDGE_LENGTH / edgeMedian : 1,
    nearest > 0 ? (2 * Math.max(median(sizes), 1)) / nearest : 1,
  );
  let cx = 0;
  let cy = 0;
  graph.forEachNode((_id, a) => {
    cx += a.x;
    cy += a.y;
  });
  cx /= graph.order;
  cy /= graph.order;
  const positions: LayoutPositions = {};
  graph.forEachNode((id, a) => {
    positions[id] = {
      x: Math.round((a.x - cx) * scale * 10) / 10,
      y: Math.round((a.y - cy) * scale * 10) / 10,
    };
  });
  return positions;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Each node's distance to its nearest neighbour (where one lies within a cell of a grid around it). */
function nearestDistances(graph: Graph): number[] {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  graph.forEachNode((_id, a) => {
    x1 = Math.min(x1, a.x);
    x2 = Math.max(x2, a.x);
    y1 = Math.min(y1, a.y);
    y2 = Math.max(y2, a.y);
  });
  const cell = Math.sqrt(((x2 - x1) * (y2 - y1)) / graph.order) || 1;
  const grid = new Map<string, { x: number; y: number }[]>();
  const key = (x: number, y: number) => `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
  graph.forEachNode((_id, a) => {
    const k = key(a.x, a.y);
    const list = grid.get(k);
    if (list) list.push({ x: a.x, y: a.y });
    else grid.set(k, [{ x: a.x, y: a.y }]);
  });
  const out: number[] = [];
  graph.forEachNode((_id, a) => {
    const cx = Math.floor(a.x / cell);
    const cy = Math.floor(a.y / cell);
    let best = Infinity;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const p of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          const d = Math.hypot(p.x - a.x, p.y - a.y);
          if (d > 0 && d < best) best = d;
        }
    if (Number.isFinite(best)) out.push(best);
  });
  return out;
}
