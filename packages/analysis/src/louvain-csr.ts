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

  let C = n;
  let M = 0;
  let U = 0;
  let neighborhood: Uint32Array | Uint16Array | Uint8Array = new NodesPointerArray(E0);
  let weights: Uint32Array | Uint16Array | Uint8Array = new WeightsArray(E0);
  const loops = new WeightsArray(n);
  const starts = new NeighborhoodPointerArray(n + 1);
  const belongings = new NodesPointerArray(n);
  const counts = new NodesPointerArray(n);
  const unused = new NodesPointerArray(n);
  const totalWeights = new WeightsArray(n);

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

  // mnemonist SparseMap(Float64Array, n): neighbour communities in order of first sight
  const PointerN = pointerArray(n);
  const mapDense = new PointerN(n);
  const mapSparse = new PointerN(n);
  const mapValues = new Float64Array(n);
  let mapSize = 0;
  const mapIndex = (member: number): number => {
    const index = mapSparse[member]!;
    return index < mapSize && mapDense[index] === member ? index : -1;
  };

  // mnemonist SparseQueueSet(n)
  const capacity = n;
  const queueDense = new PointerN(capacity);
  const queueSparse = new PointerN(capacity);
  let queueStart = 0;
  let queueSize = 0;
  const enqueue = (member: number) => {
    let index = queueSparse[member]!;
    if (queueSize !== 0) {
      const inBounds =
        (index < capacity && index >= queueStart && index < queueStart + queueSize) ||
        index < (queueStart + queueSize) % capacity;
      if (inBounds && queueDense[index] === member) return;
    }
    index = (queueStart + queueSize) % capacity;
    queueDense[index] = member;
    queueSparse[member] = index;
    queueSize++;
  };

  const twoM = 2 * M;
  let moveWasMade = true;
  while (moveWasMade) {
    const l = C;
    moveWasMade = false;
    let ri = Math.floor(rng() * l);
    for (let s = 0; s < l; s++, ri++) enqueue(ri % l);

    while (queueSize !== 0) {
      // dequeue
      const i = queueDense[queueStart]!;
      queueSparse[i] = capacity;
      queueSize--;
      if (++queueStart === capacity) queueStart = 0;
      let degree = 0;
      mapSize = 0;
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

      const own = mapIndex(currentCommunity);
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
        if (U === 0) return undefined;
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

    if (!moveWasMade) break;

    // graphology's zoomOut: renumber communities by first node, then the induced graph
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

    const newNeighborhood = new NodesPointerArray(E0);
    const newWeights = new WeightsArray(E0);
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
    C = next;
    for (let ci = 0; ci < C; ci++) {
      totalWeights[ci] = groupTotals[ci]!;
      loops[ci] = internalWeights[ci]!;
      counts[ci] = 1;
      starts[ci] = neighbourStart[ci]!;
      belongings[ci] = ci;
    }
    starts[C] = written;
    U = 0;
    neighborhood = newNeighborhood;
    weights = newWeights;
  }
  return mapping;
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
