import { type Csr, toCsr } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';

export interface ModularityOptions {
  /** Edge attribute read as tie weight; left out, unweighted. */
  weight?: string;
  /** Default 1. */
  resolution?: number;
}

/**
 * Newman modularity of a partition, as `networkx.community.modularity`: for an undirected graph
 * sum_c L_c / m - gamma (D_c / 2m)^2; for a directed graph sum_c L_c / m - gamma Dout_c Din_c / m^2
 * (L_c: weight inside c, D_c: summed degree, m: total weight). 0 for a graph without ties.
 */
export function modularity(
  graph: AnalysisGraph,
  partition: NodeRecord<number>,
  options: ModularityOptions = {},
): number {
  return modularityOf(toCsr(graph, { weight: options.weight }, 'modularity'), partition, options.resolution);
}

/** `modularity` over a compact adjacency built with the same weight (as `analyse` has one at hand). */
export function modularityOf(csr: Csr, partition: NodeRecord<number>, resolution = 1): number {
  const gamma = resolution;
  // Community labels may be any numbers; renumber them 0..k-1 for array bookkeeping.
  const renumber = new Map<number, number>();
  const label = new Int32Array(csr.n);
  csr.ids.forEach((id, v) => {
    const value = partition[id];
    if (value === undefined) throw new Error(`analysis/modularity: node ${id} has no community`);
    let c = renumber.get(value);
    if (c === undefined) {
      c = renumber.size;
      renumber.set(value, c);
    }
    label[v] = c;
  });
  const k = renumber.size;
  const inside = new Float64Array(k);
  const outDegree = new Float64Array(k);
  const inDegree = new Float64Array(k);
  let total = 0;
  for (let e = 0; e < csr.edgeSources.length; e++) {
    const a = label[csr.edgeSources[e]!]!;
    const b = label[csr.edgeTargets[e]!]!;
    const w = csr.edgeWeights[e]!;
    total += w;
    if (a === b) inside[a]! += w;
    outDegree[a]! += w;
    inDegree[b]! += w;
  }
  if (total === 0) return 0;
  let q = 0;
  for (let c = 0; c < k; c++) {
    const l = inside[c]!;
    const dOut = outDegree[c]!;
    const dIn = inDegree[c]!;
    if (csr.directed) q += l / total - (gamma * dOut * dIn) / (total * total);
    else q += l / total - gamma * ((dOut + dIn) / (2 * total)) ** 2;
  }
  return q;
}
