import type { AbstractGraph, Attributes } from 'graphology-types';

/** The graphs the analysis works on: simple (no parallel edges), directed or undirected, never mixed. */
export type AnalysisGraph = AbstractGraph<Attributes, Attributes, Attributes>;

/** A per-node result, keyed by node id, in the graph's node order. */
export type NodeRecord<T> = Record<string, T>;

/**
 * Refuses graphs the algorithms cannot read correctly: mixed graphs (graphology doubles raw
 * betweenness on them, and a tie's direction would be ambiguous) and multigraphs (parallel ties
 * must be collapsed by `buildGraph` first). Self-loops are ignored by every metric.
 */
export function assertAnalysable(graph: AnalysisGraph, fn: string): void {
  if (graph.type === 'mixed') {
    throw new Error(
      `analysis/${fn}: graph is mixed; expected a directed or undirected graph (build it with buildGraph)`,
    );
  }
  if (graph.multi) {
    throw new Error(
      `analysis/${fn}: graph is a multigraph; expected parallel ties collapsed into one edge (build it with buildGraph)`,
    );
  }
}

/** A value as it appears in an error message (`NaN` stays `NaN`, strings are quoted). */
export function describeValue(value: unknown): string {
  return typeof value === 'number' || value === undefined ? String(value) : JSON.stringify(value);
}

/** Reads a numeric edge attribute; a missing attribute counts as 1. */
export function readWeight(
  attributes: Attributes,
  name: string | undefined,
  fn: string,
  edge: string,
): number {
  if (name === undefined) return 1;
  const value: unknown = attributes[name];
  if (value === undefined || value === null) return 1;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(
      `analysis/${fn}: edge ${edge} has ${name} = ${describeValue(value)}; expected a finite number`,
    );
  }
  return value;
}

/** Values a node attribute may take to define groups (for brokerage, tie matrices, E-I). */
export type GroupValue = string | number | boolean | null;

/** Reads a node attribute as a group value; missing values (null or undefined) form one group, `null`. */
export function readGroup(attributes: Attributes, name: string, fn: string, node: string): GroupValue {
  const value: unknown = attributes[name];
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new Error(
    `analysis/${fn}: node ${node} has ${name} = ${describeValue(value)}; expected a string, number, boolean or null`,
  );
}
