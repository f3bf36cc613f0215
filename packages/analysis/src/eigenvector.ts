import type { CsrCore } from './csr.ts';
import { toCsr } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { toRecord } from './record.ts';

export interface EigenvectorOptions {
  /** Edge attribute read as tie weight; left out, unweighted. */
  weight?: string;
  /** Default 10,000: the iteration runs until converged, not until networkx's 100 steps. */
  maxIterations?: number;
  /** Stop when the L1 change of one step is below this; default 1e-10 (networkx stops at n x 1e-6). */
  tolerance?: number;
}

export const EIGENVECTOR_MAX_ITERATIONS = 10_000;
export const CONVERGENCE_TOLERANCE = 1e-10;

/**
 * Power iteration as `networkx.eigenvector_centrality`: start at 1/n, iterate with A + I (left
 * eigenvector: a node is central when central nodes point to it), normalise to unit L2 norm; but run
 * until the L1 change of a step is below `tolerance` (1e-10), so the result is the eigenvector itself
 * (networkx's exact `eigenvector_centrality_numpy` to about 1e-12) rather than networkx's early stop at
 * n x 1e-6. Null when it does not converge (a directed graph without cycles, for one).
 */
export function eigenvectorArray(
  csr: CsrCore,
  maxIterations = EIGENVECTOR_MAX_ITERATIONS,
  tolerance = CONVERGENCE_TOLERANCE,
): Float64Array | null {
  const { n } = csr;
  if (n === 0) return new Float64Array(0);
  const { offsets, targets, weights } = csr.in;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let squares = 0;
    for (let v = 0; v < n; v++) {
      let value = x[v]!;
      const end = offsets[v + 1]!;
      for (let e = offsets[v]!; e < end; e++) value += x[targets[e]!]! * weights[e]!;
      next[v] = value;
      squares += value * value;
    }
    const norm = Math.sqrt(squares) || 1;
    let change = 0;
    for (let v = 0; v < n; v++) {
      const value = next[v]! / norm;
      next[v] = value;
      change += Math.abs(value - x[v]!);
    }
    const previous = x;
    x = next;
    next = previous;
    if (change < tolerance) return x;
  }
  return null;
}

/** Eigenvector centrality as networkx; every node null when the power iteration does not converge. */
export function eigenvector(
  graph: AnalysisGraph,
  options: EigenvectorOptions = {},
): NodeRecord<number | null> {
  const csr = toCsr(graph, { weight: options.weight }, 'eigenvector');
  const values = eigenvectorArray(csr, options.maxIterations, options.tolerance);
  return toRecord(csr.ids, values ?? new Array<null>(csr.n).fill(null));
}
