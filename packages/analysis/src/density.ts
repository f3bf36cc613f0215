import type { AnalysisGraph } from './graph.ts';
import { assertAnalysable } from './graph.ts';

/** As `networkx.density`: m / (n(n - 1)), doubled for an undirected graph; 0 for n <= 1 or no ties. */
export function densityOf(n: number, m: number, directed: boolean): number {
  if (m === 0 || n <= 1) return 0;
  const d = m / (n * (n - 1));
  return directed ? d : 2 * d;
}

export function density(graph: AnalysisGraph): number {
  assertAnalysable(graph, 'density');
  let m = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target) m++;
  });
  return densityOf(graph.order, m, graph.type === 'directed');
}
