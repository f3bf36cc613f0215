import { describe, expect, it } from 'vitest';
import { type Adjacency, type CsrCore, pathSums, seededRandom } from '../src/index.ts';

/** A simple undirected graph as an adjacency (each tie from both ends): hubs, pieces, lone nodes. */
function randomAdjacency(n: number, m: number, seed: number): Adjacency {
  const random = seededRandom(seed);
  const neighbours = Array.from({ length: n }, () => new Set<number>());
  for (let t = 0; t < m; t++) {
    // skewed: low indices are hubs, as in a scale-free network
    const a = Math.floor(random() * random() * n);
    const b = Math.floor(random() * n);
    if (a === b) continue;
    neighbours[a]!.add(b);
    neighbours[b]!.add(a);
  }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + neighbours[v]!.size;
  const targets = Int32Array.from(neighbours.flatMap((set) => [...set]));
  return { offsets, targets, weights: new Float64Array(targets.length).fill(1) };
}

describe('the undirected path pass (direction-optimising search)', () => {
  it('gives the sums of the directed pass over the same ties both ways, on hundreds of graphs', () => {
    const random = seededRandom(77);
    for (let round = 0; round < 300; round++) {
      const n = 1 + Math.floor(random() * (round % 10 === 0 ? 500 : 150));
      const m = Math.floor(random() * (round % 3 === 0 ? 10 : 4) * n);
      const adjacency = randomAdjacency(n, m, round);
      const undirected: CsrCore = { n, directed: false, out: adjacency, in: adjacency };
      const directed: CsrCore = { n, directed: true, out: adjacency, in: adjacency };
      const ours = pathSums(undirected);
      const reference = pathSums(directed);
      for (const key of ['betweenness', 'distance', 'reached', 'harmonic'] as const) {
        for (let v = 0; v < n; v++) {
          const expected = reference[key][v]!;
          expect(Math.abs(ours[key][v]! - expected), `round ${round} ${key} ${v}`).toBeLessThanOrEqual(
            1e-12 * Math.max(1, Math.abs(expected)),
          );
        }
      }
    }
  });
});
