import { overload } from '@regiekaart/analysis';
import type { Analysis, Network } from '@regiekaart/model';
import type { SizeMetric } from '../../routing/route.ts';
import { metricSizes } from './to-elements.ts';

/** Per node, the metrics the map can size by and the table shows. */
export type ActorMetrics = Record<SizeMetric, number | null> & { articulationPoint: boolean };

/**
 * The analysis's metrics per node, plus the overload index (computed here for every actor, with the
 * same function the API uses for its top list) and the number of opgaven.
 */
export function actorMetrics(network: Network, analysis: Analysis): Map<string, ActorMetrics> {
  const opgaven: Record<string, number> = {};
  const degree: Record<string, number> = {};
  const betweenness: Record<string, number> = {};
  for (const node of network.nodes) {
    const m = analysis.nodes[node.id];
    if (!m) continue;
    opgaven[node.id] = node.opgaveCount ?? 0;
    degree[node.id] = m.degree;
    betweenness[node.id] = m.betweenness;
  }
  const overloadIndex = new Map(overload({ opgaven, degree, betweenness }).map((e) => [e.id, e.index]));
  const result = new Map<string, ActorMetrics>();
  for (const node of network.nodes) {
    const m = analysis.nodes[node.id];
    if (!m) continue;
    result.set(node.id, {
      degree: m.degree,
      strength: m.strength,
      betweenness: m.betweenness,
      brokerage: m.brokerage?.total ?? null,
      overload: overloadIndex.get(node.id) ?? null,
      closeness: m.closeness,
      eigenvector: m.eigenvector,
      pagerank: m.pagerank,
      constraint: m.constraint,
      effectiveSize: m.effectiveSize,
      coreNumber: m.coreNumber,
      opgaven: node.opgaveCount ?? null,
      articulationPoint: m.articulationPoint,
    });
  }
  return result;
}

const decimals = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2, minimumFractionDigits: 0 });
const precise = new Intl.NumberFormat('nl-NL', { maximumSignificantDigits: 2 });

/** A metric value as a Dutch number: whole numbers as they are, small fractions with two digits. */
export function formatMetric(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return decimals.format(value);
  return Math.abs(value) < 0.01 && value !== 0 ? precise.format(value) : decimals.format(value);
}

/** The ego network: one actor, its direct contacts and the ties among them. */
export function egoNetwork(network: Network, focus: string): Network | null {
  if (!network.nodes.some((n) => n.id === focus)) return null;
  const keep = new Set([focus]);
  for (const edge of network.edges) {
    if (edge.source === focus) keep.add(edge.target);
    if (edge.target === focus) keep.add(edge.source);
  }
  return {
    ...network,
    nodes: network.nodes.filter((n) => keep.has(n.id)),
    edges: network.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

/** Node sizes by one metric for the nodes on the map; `metrics` come from the whole analysed network. */
export function sizesByMetric(
  metric: SizeMetric,
  shown: Network,
  metrics: ReadonlyMap<string, ActorMetrics>,
): Map<string, number> {
  return metricSizes(new Map(shown.nodes.map((n) => [n.id, metrics.get(n.id)?.[metric] ?? null])));
}
