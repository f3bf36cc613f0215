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
/**
 * From a start in which each organisation's people lie together, half the rounds: the forces mostly
 * have to place the organisations, not find them (and more rounds only spread them out again)
 */
const CLUSTERED_ITERATIONS = 20;
const CLUSTERED_MIN_ITERATIONS = 8;
/** the share of ties within organisations from which the start groups people by organisation */
const CLUSTERED_TIE_SHARE = 0.5;
/** room around each organisation's people at the start, as a factor of the radius they take up */
const CLUSTER_SPREAD = 2.2;
/**
 * How coarsely far nodes are taken together (Barnes-Hut's theta): Gephi's default for ForceAtlas2.
 * With graphology's 0.5 a 2,000-person map took 1.5 to 1.8 times as long, for a drawing that differs
 * only in detail.
 */
const BARNES_HUT_THETA = 1.2;
/** the spacing of the start's spirals, in ForceAtlas2's units */
const START_STEP = 10;

/**
 * How many ForceAtlas2 rounds a map of `count` nodes gets: a fixed number, so the time is bounded;
 * fewer when the start already groups people by organisation (`clustered`).
 */
export function largeLayoutIterations(count: number, clustered = false): number {
  const [most, least] = clustered
    ? [CLUSTERED_ITERATIONS, CLUSTERED_MIN_ITERATIONS]
    : [ITERATIONS, MIN_ITERATIONS];
  if (count <= ITERATION_BUDGET_NODES) return most;
  return Math.max(least, Math.round((most * ITERATION_BUDGET_NODES) / count));
}

/**
 * The layout of a large map (hundreds to tens of thousands of nodes, no organisation boxes): ForceAtlas2
 * with Barnes-Hut for a fixed number of rounds, from a start in which tied nodes lie close: each
 * organisation's people together where nodes name one (`cluster`, see `startByCluster`) and most ties
 * lie within organisations, else
 * breadth-first order on a sunflower spiral; turned by the seed. Deterministic: the request must be in canonical
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

  const random = seededRandom(request.seed);
  const turn = random() * 2 * Math.PI;
  const clusters = new Map<string, string>();
  for (const node of request.nodes) if (node.cluster) clusters.set(node.id, node.cluster);
  let within = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (clusters.has(source) && clusters.get(source) === clusters.get(target)) within++;
  });
  // only where organisations explain most ties does a start by organisation save the forces work
  const clustered = graph.size > 0 && within / graph.size >= CLUSTERED_TIE_SHARE;
  if (clustered) startByCluster(graph, request, clusters, turn);
  else startBreadthFirst(graph, request, turn);
  forceAtlas2.assign(graph, {
    iterations: largeLayoutIterations(graph.order, clustered),
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: true,
      barnesHutTheta: BARNES_HUT_THETA,
    },
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

/** The start without organisations: breadth-first from the best-tied node of each part, on a spiral, so neighbours start near. */
function startBreadthFirst(graph: Graph, request: LayoutRequest, turn: number): void {
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
      const r = START_STEP * Math.sqrt(i);
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
}

/**
 * The start with organisations: each organisation's people together on a small spiral (best tied in
 * the middle), the organisations on a large spiral in breadth-first order over the ties between them
 * (from the largest), so organisations with many ties between them start side by side. People without
 * an organisation count as one of their own.
 */
function startByCluster(
  graph: Graph,
  request: LayoutRequest,
  clusters: ReadonlyMap<string, string>,
  turn: number,
): void {
  const key = (id: string) => clusters.get(id) ?? `\u0000${id}`;
  const members = new Map<string, string[]>();
  for (const node of request.nodes) {
    const list = members.get(key(node.id));
    if (list) list.push(node.id);
    else members.set(key(node.id), [node.id]);
  }
  const between = new Map<string, Map<string, number>>();
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = key(source);
    const b = key(target);
    if (a === b) return;
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const counts = between.get(from) ?? new Map<string, number>();
      between.set(from, counts);
      counts.set(to, (counts.get(to) ?? 0) + 1);
    }
  });
  const bySize = [...members.keys()].sort(
    (a, b) => (members.get(b)?.length ?? 0) - (members.get(a)?.length ?? 0) || compareIds(a, b),
  );
  const order: string[] = [];
  const seen = new Set<string>();
  for (const start of bySize) {
    if (seen.has(start)) continue;
    seen.add(start);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const cluster = queue[head] as string;
      order.push(cluster);
      const next = [...(between.get(cluster) ?? new Map<string, number>())].sort(
        (a, b) => b[1] - a[1] || compareIds(a[0], b[0]),
      );
      for (const [other] of next) {
        if (seen.has(other)) continue;
        seen.add(other);
        queue.push(other);
      }
    }
  }
  let before = 0;
  order.forEach((cluster, j) => {
    const list = members.get(cluster) ?? [];
    // the centre lies where a spiral of everyone, spread out, would have the middle of this organisation
    const r = CLUSTER_SPREAD * START_STEP * Math.sqrt(before + list.length / 2);
    const angle = turn + j * GOLDEN_ANGLE;
    const cx = r * Math.cos(angle);
    const cy = r * Math.sin(angle);
    before += list.length;
    list.sort((a, b) => graph.degree(b) - graph.degree(a) || compareIds(a, b));
    list.forEach((id, m) => {
      const rm = START_STEP * Math.sqrt(m);
      const am = turn + m * GOLDEN_ANGLE;
      graph.mergeNodeAttributes(id, { x: cx + rm * Math.cos(am), y: cy + rm * Math.sin(am) });
    });
  });
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
