import type { Adjacency, CsrCore } from './csr.ts';

/**
 * A node order with good memory locality for graph traversals: breadth-first from the node of
 * highest degree (then from the first node not yet reached, and so on), as in Cuthill-McKee.
 */
export function localityOrder(adjacency: Adjacency): Int32Array {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const order = new Int32Array(n);
  const seen = new Uint8Array(n);
  let start = 0;
  for (let v = 1; v < n; v++) {
    if (offsets[v + 1]! - offsets[v]! > offsets[start + 1]! - offsets[start]!) start = v;
  }
  let head = 0;
  let tail = 0;
  let next = 0;
  while (tail < n) {
    if (head === tail) {
      while (seen[start] === 1) start = next++;
      seen[start] = 1;
      order[tail++] = start;
    }
    const v = order[head++]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = targets[e]!;
      if (seen[w] === 0) {
        seen[w] = 1;
        order[tail++] = w;
      }
    }
  }
  return order;
}

/**
 * The out-adjacency with node `order[i]` renamed `i` (each neighbour list sorted), and `rank`, the
 * new name of each old node.
 */
export function relabelled(csr: CsrCore, order: Int32Array): { adjacency: Adjacency; rank: Int32Array } {
  const { n } = csr;
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[order[i]!] = i;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    offsets[i + 1] = offsets[i]! + csr.out.offsets[v + 1]! - csr.out.offsets[v]!;
  }
  const targets = new Int32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  const cursor = offsets.slice(0, n);
  // Visiting targets in their new order fills every list in ascending order.
  for (let t = 0; t < n; t++) {
    const old = order[t]!;
    for (let e = csr.in.offsets[old]!; e < csr.in.offsets[old + 1]!; e++) {
      const at = cursor[rank[csr.in.targets[e]!]!]!++;
      targets[at] = t;
      weights[at] = csr.in.weights[e]!;
    }
  }
  return { adjacency: { offsets, targets, weights }, rank };
}
