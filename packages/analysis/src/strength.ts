import type { CsrCore } from './csr.ts';
import { toCsr } from './csr.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { toRecord } from './record.ts';

export interface StrengthOptions {
  /** Edge attribute summed per node; `'strength'` (collaboration strength) when left out. */
  weight?: string;
}

/** Sum of the weights of each node's ties (in + out for a directed graph). */
export function strengthArray(csr: CsrCore): Float64Array {
  const result = new Float64Array(csr.n);
  const sides = csr.directed ? [csr.out, csr.in] : [csr.out];
  for (const side of sides) {
    for (let v = 0; v < csr.n; v++) {
      let sum = 0;
      for (let e = side.offsets[v]!; e < side.offsets[v + 1]!; e++) sum += side.weights[e]!;
      result[v]! += sum;
    }
  }
  return result;
}

/** Weighted degree: the summed strength of each node's ties (a missing attribute counts as 1). */
export function strength(graph: AnalysisGraph, options: StrengthOptions = {}): NodeRecord<number> {
  const csr = toCsr(graph, { weight: options.weight ?? 'strength' }, 'strength');
  return toRecord(csr.ids, strengthArray(csr));
}
