import type { Csr } from './csr.ts';

/**
 * graphology-communities-louvain 2.0.2 (undirected, unweighted, fast local moves, random walk) on a
 * compact adjacency, move for move: the same index layout (graphology-indices' UndirectedLouvainIndex,
 * with its typed-array widths, so that even their overflows agree), the same queue and map
 * (mnemonist's SparseQueueSet and SparseMap), the same generator calls, the same delta formulas and
 * tie-breaking, and the same induced graph at every level (neighbour communities in ascending order,
 * as graphology's `for (cj in adj)` gives them). What differs is the work: no graph calls, no objects
 * per community, so it runs several times faster in a fresh process.
 *
 * Returns each node's community label as graphology's `collect()` gives it (by node index), or
 * undefined where graphology would leave its documented ground (a node isolated when no community
 * id is free), so that the caller can run graphology itself there.
 */
export function undirectedLouvainOfCsr(
  csr: Csr,
  rng: () => number,
  resolution: number,
): ArrayLike<number> | undefined {
  const { n, edgeSources, edgeTargets } = csr;
  const size = edgeSources.length;
  const E0 = size * 2;
  const NeighborhoodPointerArray = pointerArray(E0);
  const NodesPointerArray = pointerArray(n + 1);
  // unweighted: graphology stores weights in a pointer array sized for the edge count
  const WeightsArray = pointerArray(size * 2);

  const neighborhood: PointerArray = new NodesPointerArray(E0);
  const weights: PointerArray = new WeightsArray(E0);
  const loops = new WeightsArray(n);
  const starts = new NeighborhoodPointerArray(n + 1);
  const belongings = new NodesPointerArray(n);
  const counts = new NodesPointerArray(n);
  const unused = new NodesPointerArray(n);
  const totalWeights = new WeightsArray(n);

  let M = 0;
  const degrees = csr.out.offsets;
  let running = 0;
  for (let i = 0; i < n; i++) {
    running += degrees[i + 1]! - degrees[i]!;
    starts[i] = running;
    belongings[i] = i;
    counts[i] = 1;
  }
  for (let e = 0; e < size; e++) {
    const source = edgeSources[e]!;
    const target = edgeTargets[e]!;
    M += 1;
    totalWeights[source]! += 1;
    totalWeights[target]! += 1;
    const startSource = --starts[source]!;
    const startTarget = --starts[target]!;
    neighborhood[startSource] = target;
    neighborhood[startTarget] = source;
    weights[startSource] = 1;
    weights[startTarget] = 1;
  }
  starts[n] = E0;
  const mapping = belongings.slice();

  if (size === 0) return mapping;

  // mnemonist SparseMap(Float64Array, n): neighbour communities in order of first sight;
  // mnemonist SparseQueueSet(n)
  const PointerN = pointerArray(n);
  const state: LouvainState = {
    C: 0,
    U: 0,
    twoM: 2 * M,
    resolution,
    E0,
    NodesPointerArray,
    WeightsArray,
    neighborhood: new NodesPointerArray(0),
    weights: new WeightsArray(0),
    loops,
    starts,
    belongings,
    counts,
    unused,
    totalWeights,
    mapDense: new PointerN(n),
    mapSparse: new PointerN(n),
    mapValues: new Float64Array(n),
    queueDense: new PointerN(n),
    queueSparse: new PointerN(n),
    queueStart: 0,
    queueSize: 0,
  };
  // Set here rather than in the literal: fields that each zoom-out replaces. V8 takes a field
  // that was never written after its object was made for a constant, and drops the code it
  // optimised for the first level when the first zoom-out writes it; written once now, before any
  // code is optimised, they are known to change from the start.
  state.C = n;
  state.neighborhood = neighborhood;
  state.weights = weights;
  // The level's local moves and its zoom-out are functions of their own, so that V8 optimises
  // each on its own (a small function, called once per level) instead of replacing the running
  // loop of one large function, which it then drops at the first zoom-out and compiles again.
  for (;;) {
    const moved = localMoves(state, rng);
    if (moved === undefined) return undefined;
    if (!moved) break;
    zoomOut(state, mapping, n);
  }
  return mapping;
}

type PointerArray = Uint32Array | Uint16Array | Uint8Array;
type PointerArrayConstructor = Uint8ArrayConstructor | Uint16ArrayConstructor | Uint32ArrayConstructor;

/** graphology's UndirectedLouvainIndex and mnemonist's map and queue, as `undirectedLouvainOfCsr` keeps them. */
interface LouvainState {
  /** Nodes (communities of the level before) of the current level. */
  C: number;
  /** Number of unused community ids. */
  U: number;
  twoM: number;
  resolution: number;
  E0: number;
  NodesPointerArray: PointerArrayConstructor;
  WeightsArray: PointerArrayConstructor;
  neighborhood: PointerArray;
  weights: PointerArray;
  loops: PointerArray;
  starts: PointerArray;
  belongings: PointerArray;
  counts: PointerArray;
  unused: PointerArray;
  totalWeights: PointerArray;
  mapDense: PointerArray;
  mapSparse: PointerArray;
  mapValues: Float64Array;
  queueDense: PointerArray;
  queueSparse: PointerArray;
  queueStart: number;
  queueSize: number;
}

/** Nodes that `moveNodes` takes at a time (see `localMoves`). */
const MOVES_PER_CALL = 256;

/**
 * One level's local moves (graphology's fast local moves with a random walk start): true when a
 * node moved, undefined where graphology would leave its documented ground. The queue is worked
 * off `MOVES_PER_CALL` nodes at a time, so that V8 optimises `moveNodes` as a function called
 * many times (having seen all of it) rather than replacing its running loop, which it would drop
 * again at the loop's end.
 */
function localMoves(state: LouvainState, rng: () => number): boolean | undefined {
  enqueueLevel(state, rng);
  let moveWasMade = false;
  while (state.queueSize !== 0) {
    const result = moveNodes(state, MOVES_PER_CALL);
    if (result < 0) return undefined;
    if (result > 0) moveWasMade = true;
  }
  return moveWasMade;
}

/** Queues every node of the level, from a random one on (graphology's random walk start). */
function enqueueLevel(state: LouvainState, rng: () => number): void {
  const { queueDense, queueSparse } = state;
  const capacity = queueDense.length;
  const queueStart = state.queueStart;
  let queueSize = 0;
  const l = state.C;
  let ri = Math.floor(rng() * l);
  for (let s = 0; s < l; s++, ri++) {
    // enqueue(ri % l)
    const member = ri % l;
    let index = queueSparse[member]!;
    if (queueSize !== 0) {
      const inBounds =
        (index < capacity && index >= queueStart && index < queueStart + queueSize) ||
        index < (queueStart + queueSize) % capacity;
      if (inBounds && queueDense[index] === member) continue;
    }
    index = (queueStart + queueSize) % capacity;
    queueDense[index] = member;
    queueSparse[member] = index;
    queueSize++;
  }
  state.queueSize = queueSize;
}

/**
 * Takes up to `budget` nodes off the queue and moves each to its best community: 1 when a node
 * moved, 0 when none did, -1 where graphology would leave its documented ground.
 */
function moveNodes(state: LouvainState, budget: number): number {
  const {
    neighborhood,
    weights,
    loops,
    starts,
    belongings,
    counts,
    unused,
    totalWeights,
    mapDense,
    mapSparse,
    mapValues,
    queueDense,
    queueSparse,
    twoM,
    resolution,
  } = state;
  const capacity = queueDense.length;
  let U = state.U;
  let queueStart = state.queueStart;
  let queueSize = state.queueSize;
  let moveWasMade = false;
  for (let taken = 0; queueSize !== 0 && taken < budget; taken++) {
    // dequeue
    const i = queueDense[queueStart]!;
    queueSparse[i] = capacity;
    queueSize--;
    if (++queueStart === capacity) queueStart = 0;
    let degree = 0;
    let mapSize = 0;
    const currentCommunity = belongings[i]!;
    const end = starts[i + 1]!;
    for (let k = starts[i]!; k < end; k++) {
      const weight = weights[k]!;
      const community = belongings[neighborhood[k]!]!;
      degree += weight;
      const at = mapSparse[community]!;
      if (at < mapSize && mapDense[at] === community) mapValues[at] = mapValues[at]! + weight;
      else {
        mapDense[mapSize] = community;
        mapSparse[community] = mapSize;
        mapValues[mapSize] = weight;
        mapSize++;
      }
    }

    const ownAt = mapSparse[currentCommunity]!;
    const own = ownAt < mapSize && mapDense[ownAt] === currentCommunity ? ownAt : -1;
    const ownDegree = own >= 0 ? mapValues[own]! || 0 : 0;
    const withLoops = degree + loops[i]!;
    let bestDelta =
      ownDegree - (withLoops * (totalWeights[currentCommunity]! - withLoops) * resolution) / twoM;
    let bestCommunity = currentCommunity;
    for (let ci = 0; ci < mapSize; ci++) {
      const targetCommunity = mapDense[ci]!;
      if (targetCommunity === currentCommunity) continue;
      const delta = mapValues[ci]! - (withLoops * totalWeights[targetCommunity]! * resolution) / twoM;
      let better: boolean;
      if (Math.abs(delta - bestDelta) < EPSILON) {
        better = bestCommunity === currentCommunity ? false : targetCommunity > bestCommunity;
      } else better = delta > bestDelta;
      if (better) {
        bestDelta = delta;
        bestCommunity = targetCommunity;
      }
    }

    if (bestDelta < 0) {
      // graphology's isolate(i, degree)
      if (counts[currentCommunity] === 1) continue;
      if (U === 0) return -1;
      const newCommunity = unused[--U]!;
      const moved = degree + loops[i]!;
      totalWeights[currentCommunity]! -= moved;
      totalWeights[newCommunity]! += moved;
      belongings[i] = newCommunity;
      counts[currentCommunity]!--;
      counts[newCommunity]!++;
      bestCommunity = newCommunity;
      if (bestCommunity === currentCommunity) continue;
    } else {
      if (bestCommunity === currentCommunity) continue;
      // graphology's move(i, degree, bestCommunity)
      const moved = degree + loops[i]!;
      totalWeights[currentCommunity]! -= moved;
      totalWeights[bestCommunity]! += moved;
      belongings[i] = bestCommunity;
      const nowEmpty = counts[currentCommunity]!-- === 1;
      counts[bestCommunity]!++;
      if (nowEmpty) unused[U++] = currentCommunity;
    }
    moveWasMade = true;
    for (let k = starts[i]!; k < end; k++) {
      const j = neighborhood[k]!;
      if (belongings[j] === bestCommunity) continue;
      // enqueue, unless queued already
      let at = queueSparse[j]!;
      if (queueSize !== 0) {
        const inBounds =
          (at < capacity && at >= queueStart && at < queueStart + queueSize) ||
          at < (queueStart + queueSize) % capacity;
        if (inBounds && queueDense[at] === j) continue;
      }
      at = (queueStart + queueSize) % capacity;
      queueDense[at] = j;
      queueSparse[j] = at;
      queueSize++;
    }
  }
  state.U = U;
  state.queueStart = queueStart;
  state.queueSize = queueSize;
  return moveWasMade ? 1 : 0;
}

/** graphology's zoomOut: renumber communities by first node, then the induced graph. */
function zoomOut(state: LouvainState, mapping: PointerArray, n: number): void {
  const { belongings, totalWeights, loops, starts, neighborhood, weights, counts, E0 } = state;
  const l = state.C;
  const label = new Int32Array(l).fill(-1);
  const groupTotals: number[] = [];
  let next = 0;
  for (let i = 0; i < l; i++) {
    const ci = belongings[i]!;
    if (label[ci] === -1) {
      label[ci] = next++;
      groupTotals.push(totalWeights[ci]!);
    }
    belongings[i] = label[ci]!;
  }
  for (let i = 0; i < n; i++) mapping[i] = belongings[mapping[i]!]!;

  // members of each new community, in node order
  const memberStart = new Int32Array(next + 1);
  for (let i = 0; i < l; i++) memberStart[belongings[i]! + 1]!++;
  for (let c = 0; c < next; c++) memberStart[c + 1]! += memberStart[c]!;
  const members = new Int32Array(l);
  const cursor = memberStart.slice(0, next);
  for (let i = 0; i < l; i++) members[cursor[belongings[i]!]!++] = i;

  const newNeighborhood = new state.NodesPointerArray(E0);
  const newWeights = new state.WeightsArray(E0);
  const sums = new Float64Array(next);
  const seen = new Int32Array(next).fill(-1);
  const touched = new Int32Array(next);
  const internalWeights = new Float64Array(next);
  const neighbourStart = new Int32Array(next);
  let written = 0;
  for (let ci = 0; ci < next; ci++) {
    let internal = 0;
    let touchedCount = 0;
    for (let k = memberStart[ci]!; k < memberStart[ci + 1]!; k++) {
      const i = members[k]!;
      internal += loops[i]!;
      for (let j = starts[i]!; j < starts[i + 1]!; j++) {
        const cj = belongings[neighborhood[j]!]!;
        if (cj === ci) {
          internal += weights[j]!;
          continue;
        }
        if (seen[cj] !== ci) {
          seen[cj] = ci;
          sums[cj] = 0;
          touched[touchedCount++] = cj;
        }
        sums[cj] = sums[cj]! + weights[j]!;
      }
    }
    sortAscending(touched, touchedCount);
    internalWeights[ci] = internal;
    neighbourStart[ci] = written;
    for (let t = 0; t < touchedCount; t++) {
      const cj = touched[t]!;
      newNeighborhood[written] = cj;
      newWeights[written] = sums[cj]!;
      written++;
    }
  }
  // written only now, as graphology does, after every node's old values were read
  const C = next;
  for (let ci = 0; ci < C; ci++) {
    totalWeights[ci] = groupTotals[ci]!;
    loops[ci] = internalWeights[ci]!;
    counts[ci] = 1;
    starts[ci] = neighbourStart[ci]!;
    belongings[ci] = ci;
  }
  starts[C] = written;
  state.C = C;
  state.U = 0;
  state.neighborhood = newNeighborhood;
  state.weights = newWeights;
}

const EPSILON = 1e-10;

/** mnemonist's getPointerArray: the narrowest unsigned array that holds indices below `size`. */
function pointerArray(size: number): Uint8ArrayConstructor | Uint16ArrayConstructor | Uint32ArrayConstructor {
  const maxIndex = size - 1;
  if (maxIndex <= 255) return Uint8Array;
  if (maxIndex <= 65535) return Uint16Array;
  return Uint32Array;
}

/** Insertion sort of the first `count` values (neighbour lists of communities are short). */
function sortAscending(values: Int32Array, count: number): void {
  if (count > 32) {
    values.subarray(0, count).sort();
    return;
  }
  for (let i = 1; i < count; i++) {
    const value = values[i]!;
    let j = i - 1;
    while (j >= 0 && values[j]! > value) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = value;
  }
}
