import type { Adjacency } from './csr.ts';

export interface Biconnectivity {
  /** 1 for a cut vertex of the underlying undirected graph. */
  articulation: Uint8Array;
  /** Bridges as index pairs [smaller, larger], sorted. */
  bridges: Array<[number, number]>;
}

/**
 * Cut vertices and bridges of a simple undirected adjacency in one iterative depth-first search
 * (Hopcroft-Tarjan low points), so deep graphs cannot overflow the call stack.
 */
export function biconnectivity(adjacency: Adjacency): Biconnectivity {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const discovered = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const articulation = new Uint8Array(n);
  const bridges: Array<[number, number]> = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovered[root]! >= 0) continue;
    let depth = 0;
    let rootChildren = 0;
    discovered[root] = low[root] = time++;
    cursor[root] = offsets[root]!;
    stack[depth++] = root;
    while (depth > 0) {
      const v = stack[depth - 1]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const u = targets[cursor[v]!++]!;
        if (discovered[u]! < 0) {
          parent[u] = v;
          discovered[u] = low[u] = time++;
          cursor[u] = offsets[u]!;
          stack[depth++] = u;
          if (v === root) rootChildren++;
        } else if (u !== parent[v] && discovered[u]! < low[v]!) {
          low[v] = discovered[u]!;
        }
        continue;
      }
      depth--;
      const p = parent[v]!;
      if (p < 0) continue;
      if (low[v]! < low[p]!) low[p] = low[v]!;
      if (low[v]! > discovered[p]!) bridges.push(p < v ? [p, v] : [v, p]);
      if (p !== root && low[v]! >= discovered[p]!) articulation[p] = 1;
    }
    if (rootChildren > 1) articulation[root] = 1;
  }
  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { articulation, bridges };
}
