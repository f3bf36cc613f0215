import { type AnalysisGraph, type GroupValue, readGroup } from './graph.ts';

export interface Grouping {
  /** Distinct values in order of their first node in the graph's node order. */
  values: GroupValue[];
  /** Group index per node index. */
  of: Int32Array;
  /** Number of nodes per group. */
  sizes: number[];
}

/** Groups the nodes by an attribute; missing values (null, undefined) form one group, `null`. */
export function groupBy(graph: AnalysisGraph, attribute: string, fn: string): Grouping {
  if (typeof attribute !== 'string' || attribute === '') {
    throw new Error(
      `analysis/${fn}: groupBy is ${JSON.stringify(attribute)}; expected a node attribute name`,
    );
  }
  const values: GroupValue[] = [];
  const sizes: number[] = [];
  const index = new Map<GroupValue, number>();
  const of = new Int32Array(graph.order);
  let i = 0;
  graph.forEachNode((node, attributes) => {
    const value = readGroup(attributes, attribute, fn, node);
    let g = index.get(value);
    if (g === undefined) {
      g = values.length;
      index.set(value, g);
      values.push(value);
      sizes.push(0);
    }
    sizes[g]!++;
    of[i++] = g;
  });
  return { values, of, sizes };
}
