import { type AnalyseOptions, type AnalysisResult, analyse, graphFor } from './analyse.ts';
import type { NetworkInput } from './build-graph.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { emptyRecord } from './record.ts';

export type ChangeOptions = Pick<AnalyseOptions, 'weight' | 'groupBy' | 'seed' | 'directed'>;

export interface Delta {
  before: number;
  after: number;
  change: number;
}

/** Per-node metrics followed over time. */
export const TRACKED_METRICS = ['degree', 'strength', 'betweenness', 'constraint', 'pagerank'] as const;
export type TrackedMetric = (typeof TRACKED_METRICS)[number];

/** null where the metric is undefined (e.g. constraint of an isolate) at either moment. */
export type NodeChange = Record<TrackedMetric, Delta | null>;

export interface TieChange {
  source: string;
  target: string;
  before: number;
  after: number;
}

/** Counts only, no ids: what may be shown outside the network (e.g. to the gemeenteraad). */
export interface ChangeSummary {
  nodes: Delta;
  ties: Delta;
  density: Delta;
  components: Delta;
  transitivity: Delta;
  actorsJoined: number;
  actorsLeft: number;
  tiesAdded: number;
  tiesRemoved: number;
  tiesStrengthened: number;
  tiesWeakened: number;
  /** With `groupBy`: ties between different groups, and the E-I index (null without ties). */
  crossGroupTies?: Delta;
  eiIndex?: { before: number | null; after: number | null };
}

export interface ChangeOverTime {
  summary: ChangeSummary;
  actors: { joined: string[]; left: string[]; stayed: string[] };
  ties: { added: TieChange[]; removed: TieChange[]; strengthened: TieChange[]; weakened: TieChange[] };
  /** For actors present at both moments. */
  nodes: NodeRecord<NodeChange>;
}

const delta = (before: number, after: number): Delta => ({ before, after, change: after - before });

/** Tie strengths keyed by pair (unordered for an undirected graph), summed per pair. */
function tieStrengths(graph: AnalysisGraph, weight: string): Map<string, TieChange> {
  const ties = new Map<string, TieChange>();
  const directed = graph.type === 'directed';
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const [a, b] = directed || source < target ? [source, target] : [target, source];
    const key = JSON.stringify([a, b]);
    const value = attributes[weight];
    const strength = typeof value === 'number' && Number.isFinite(value) ? value : 1;
    const tie = ties.get(key);
    if (tie === undefined) ties.set(key, { source: a, target: b, before: 0, after: strength });
    else tie.after += strength;
  });
  return ties;
}

function crossGroupTies(result: AnalysisResult): number | undefined {
  return result.groups?.eiIndex.external;
}

/**
 * How the network changed between two moments (e.g. last year and now): who joined and left,
 * which ties appeared, disappeared, strengthened or weakened, how whole-graph measures and the
 * actors' positions moved. `summary` holds counts only, fit to show without names. Both moments
 * are read the same way (same direction, weight and grouping options).
 */
export function changeOverTime(
  before: AnalysisGraph | NetworkInput,
  after: AnalysisGraph | NetworkInput,
  options: ChangeOptions = {},
): ChangeOverTime {
  const analyseOptions: AnalyseOptions = {
    weight: options.weight,
    groupBy: options.groupBy,
    seed: options.seed,
    directed: options.directed,
  };
  const graphBefore = graphFor(before, analyseOptions);
  const graphAfter = graphFor(after, analyseOptions);
  if (graphBefore.type !== graphAfter.type) {
    throw new Error(
      `analysis/changeOverTime: the graphs are ${graphBefore.type} and ${graphAfter.type}; expected both the same (set directed)`,
    );
  }
  const resultBefore = analyse(graphBefore, analyseOptions);
  const resultAfter = analyse(graphAfter, analyseOptions);

  const idsBefore = new Set(graphBefore.nodes());
  const idsAfter = new Set(graphAfter.nodes());
  const joined = [...idsAfter].filter((id) => !idsBefore.has(id));
  const left = [...idsBefore].filter((id) => !idsAfter.has(id));
  const stayed = [...idsAfter].filter((id) => idsBefore.has(id));

  const weight = options.weight ?? 'strength';
  const old = tieStrengths(graphBefore, weight);
  const now = tieStrengths(graphAfter, weight);
  const ties: ChangeOverTime['ties'] = { added: [], removed: [], strengthened: [], weakened: [] };
  for (const [key, tie] of now) {
    const previous = old.get(key);
    if (previous === undefined) ties.added.push(tie);
    else {
      const change = { ...tie, before: previous.after };
      if (change.after > change.before) ties.strengthened.push(change);
      else if (change.after < change.before) ties.weakened.push(change);
    }
  }
  for (const [key, tie] of old) {
    if (!now.has(key)) ties.removed.push({ ...tie, before: tie.after, after: 0 });
  }

  const nodes = emptyRecord<NodeChange>();
  for (const id of stayed) {
    const a = resultBefore.nodes[id]!;
    const b = resultAfter.nodes[id]!;
    const follow = (metric: TrackedMetric): Delta | null => {
      const x = a[metric];
      const y = b[metric];
      return x === null || y === null ? null : delta(x, y);
    };
    nodes[id] = {
      degree: follow('degree'),
      strength: follow('strength'),
      betweenness: follow('betweenness'),
      constraint: follow('constraint'),
      pagerank: follow('pagerank'),
    };
  }

  const g0 = resultBefore.graph;
  const g1 = resultAfter.graph;
  const summary: ChangeSummary = {
    nodes: delta(g0.nodes, g1.nodes),
    ties: delta(g0.edges, g1.edges),
    density: delta(g0.density, g1.density),
    components: delta(g0.components, g1.components),
    transitivity: delta(g0.transitivity, g1.transitivity),
    actorsJoined: joined.length,
    actorsLeft: left.length,
    tiesAdded: ties.added.length,
    tiesRemoved: ties.removed.length,
    tiesStrengthened: ties.strengthened.length,
    tiesWeakened: ties.weakened.length,
  };
  const crossBefore = crossGroupTies(resultBefore);
  const crossAfter = crossGroupTies(resultAfter);
  if (crossBefore !== undefined && crossAfter !== undefined) {
    summary.crossGroupTies = delta(crossBefore, crossAfter);
    summary.eiIndex = {
      before: resultBefore.groups?.eiIndex.overall ?? null,
      after: resultAfter.groups?.eiIndex.overall ?? null,
    };
  }
  return { summary, actors: { joined, left, stayed }, ties, nodes };
}
