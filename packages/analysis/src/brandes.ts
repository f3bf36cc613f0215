import type { Adjacency, CsrCore } from './csr.ts';
import { localityOrder, relabelled } from './locality-order.ts';

/**
 * Partial sums of one all-sources shortest-path pass (Brandes 2001), shared by betweenness,
 * closeness and harmonic centrality. All sums are over the sources handled so far and are indexed
 * by node; partial sums of disjoint source ranges add up (`mergePathSums`), so the pass can be split
 * over workers.
 */
export interface PathSums {
  /** Dependency sums over ordered (s, t) pairs, not yet rescaled. */
  betweenness: Float64Array;
  /**
   * Sum of d(s, v) over the sources s != v that reach v (incoming distance). For an undirected
   * graph a full pass may credit these (and `reached`, `harmonic`) to the source instead, as
   * d(s, v) = d(v, s): the totals of a full pass are the same, the partial sums are not.
   */
  distance: Float64Array;
  /** Number of sources s != v that reach v. */
  reached: Float64Array;
  /** Sum of 1 / d(s, v) over the sources s != v that reach v. */
  harmonic: Float64Array;
}

export interface PathPassOptions {
  /**
   * Read path lengths as 1 / weight (weights are closenesses such as collaboration strength).
   * Left out or false, every tie has length 1.
   */
  weighted?: boolean;
}

const PATH_SUM_KEYS = ['betweenness', 'distance', 'reached', 'harmonic'] as const;

export function createPathSums(n: number): PathSums {
  return {
    betweenness: new Float64Array(n),
    distance: new Float64Array(n),
    reached: new Float64Array(n),
    harmonic: new Float64Array(n),
  };
}

/** Adds `part` into `into` (both for the same graph) and returns `into`. */
export function mergePathSums(into: PathSums, part: PathSums): PathSums {
  for (const key of PATH_SUM_KEYS) {
    const a = into[key];
    const b = part[key];
    for (let i = 0; i < a.length; i++) a[i]! += b[i]!;
  }
  return into;
}

function assertPositiveWeights(adjacency: Adjacency): void {
  const w = adjacency.weights;
  for (let e = 0; e < w.length; e++) {
    if (!(w[e]! > 0)) {
      throw new Error(
        `analysis/pathSums: a tie has weight ${w[e]}; expected weights above 0 to read 1 / weight as a distance`,
      );
    }
  }
}

/** Below this many sources the relabelling costs more than it saves. */
const RELABEL_FROM_SOURCES = 32;

/** Hands out the sources of a pass one by one (in the adjacency's numbering); -1 when done. */
type SourceFeed = () => number;

function listFeed(sources: Int32Array): SourceFeed {
  let i = 0;
  return () => (i < sources.length ? sources[i++]! : -1);
}

/**
 * Where a path pass shared between threads stands: every thread takes the next `chunk` sources
 * from `counter[0]` (an Int32Array over a SharedArrayBuffer) until all `n` are taken, so a thread
 * that joins late or runs slowly simply takes fewer. Plain data, so it can be posted to a worker.
 */
export interface SharedPathJob {
  /** The adjacency to traverse (typically `relabelledForPaths(csr).adjacency`). */
  adjacency: Adjacency;
  /** The graph is undirected (distance sums may then be credited to the source, see `PathSums`). */
  symmetric: boolean;
  weighted: boolean;
  counter: Int32Array;
  chunk: number;
}

function sharedFeed(counter: Int32Array, n: number, chunk: number): SourceFeed {
  let next = 0;
  let limit = 0;
  return () => {
    if (next === limit) {
      const taken = Atomics.add(counter, 0, chunk);
      if (taken >= n) return -1;
      next = taken;
      limit = Math.min(n, taken + chunk);
    }
    return next++;
  };
}

/**
 * The graph relabelled in breadth-first order for the path pass: neighbours get nearby indices, so
 * the per-node arrays are read with far fewer cache misses (15-25% faster on the Barabasi-Albert
 * bench graph). `rank[v]` is the new index of node v; see `fromRelabelled`.
 */
export function relabelledForPaths(csr: CsrCore): { adjacency: Adjacency; rank: Int32Array } {
  return relabelled(csr, localityOrder(csr.out));
}

/** Adds sums indexed in the relabelled numbering into `into`, indexed by the original nodes. */
export function fromRelabelled(into: PathSums, part: PathSums, rank: Int32Array): PathSums {
  for (const key of PATH_SUM_KEYS) {
    const a = into[key];
    const b = part[key];
    for (let v = 0; v < rank.length; v++) a[v]! += b[rank[v]!]!;
  }
  return into;
}

/**
 * This thread's part of a shared pass (see `SharedPathJob`): sums over the sources it took, in the
 * job's adjacency numbering. Several threads call this on the same job; their sums add up to the
 * full pass (`mergePathSums`).
 */
export function sharedPathSums(job: SharedPathJob): PathSums {
  const n = job.adjacency.offsets.length - 1;
  const sums = createPathSums(n);
  if (job.weighted) assertPositiveWeights(job.adjacency);
  const next = sharedFeed(job.counter, n, job.chunk);
  if (job.weighted) weightedPass(job.adjacency, next, sums);
  else {
    warmUpForJob(job);
    unweightedPass(job.adjacency, next, job.symmetric, sums);
  }
  return sums;
}

/** Passes over this many nodes first run the kernel on a tiny graph (see `warmUpPathKernel`). */
const WARM_UP_FROM_NODES = 256;

/**
 * Times `warmUpPathKernel` runs the kernel over its tiny graph: enough for V8 to find the kernel hot
 * and start optimising it (Node 20: after some 20 rounds), at a cost of about a millisecond.
 */
const WARM_UP_ROUNDS = 40;

/** Which kernels this thread has warmed up (`warmUpPathKernel`): undirected, directed. */
const warmedUp = { symmetric: false, directed: false };

/**
 * Runs the unweighted kernel (the undirected one when `symmetric`) over a tiny graph whose searches
 * take every branch (top-down and bottom-up levels, nodes with several predecessors found either
 * way, nodes a bottom-up level leaves unreached or that a top-down level reaches after a bottom-up
 * one), `WARM_UP_ROUNDS` times; once per thread and kernel, later calls return at once.
 *
 * Two things follow. V8 has seen every operation of the kernel before the real pass makes it hot;
 * otherwise it optimises the kernel during the first source's search, before its later loops have
 * run once, drops that code when it gets there (no type feedback), and optimises the whole kernel a
 * second time. And V8 starts optimising it now, on a background thread: a thread that warms up
 * well before its pass (the command line's main thread, before computing the other metrics; a path
 * worker while it waits for its job) then runs the whole pass in optimised code rather than its
 * first sources in the interpreter (some 15-20 ms per thread).
 */
export function warmUpPathKernel(symmetric: boolean): void {
  if (symmetric ? warmedUp.symmetric : warmedUp.directed) return;
  if (symmetric) warmedUp.symmetric = true;
  else warmedUp.directed = true;
  const n = 11;
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (let t = 0; t < WARM_UP_TIES.length; t += 2) {
    const a = WARM_UP_TIES[t]!;
    const b = WARM_UP_TIES[t + 1]!;
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  }
  const offsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) offsets[v + 1] = offsets[v]! + neighbours[v]!.length;
  const targets = new Int32Array(offsets[n]!);
  for (let v = 0; v < n; v++) targets.set(neighbours[v]!, offsets[v]!);
  const adjacency: Adjacency = { offsets, targets, weights: new Float64Array(targets.length).fill(1) };
  // fresh sums each round, as every real pass has: V8 widens the field types of an object literal's
  // map when the literal runs a second time, which would throw away code optimised before that
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    const counter = new Int32Array(new SharedArrayBuffer(4));
    unweightedPass(adjacency, sharedFeed(counter, n, 1), symmetric, createPathSums(n));
  }
}

/**
 * `warmUpPathKernel` for the kernel `job` runs, when the job is large enough for it to matter;
 * `sharedPathSums` calls it too, so calling it beforehand only makes it happen sooner.
 */
export function warmUpForJob(job: SharedPathJob): void {
  if (!job.weighted && job.adjacency.offsets.length - 1 >= WARM_UP_FROM_NODES)
    warmUpPathKernel(job.symmetric);
}

/** The ties of `warmUpPathKernel`'s graph, as pairs of nodes 0-10. */
const WARM_UP_TIES = [0, 1, 0, 2, 0, 3, 1, 4, 2, 5, 1, 6, 2, 7, 2, 8, 4, 9, 9, 10, 0, 8, 2, 6];

function runPass(
  adjacency: Adjacency,
  next: SourceFeed,
  options: PathPassOptions,
  symmetric: boolean,
  sums: PathSums,
) {
  if (options.weighted) weightedPass(adjacency, next, sums);
  else unweightedPass(adjacency, next, symmetric, sums);
}

/**
 * Runs the single-source passes for sources `from` (inclusive) to `to` (exclusive) and adds their
 * contributions to `sums` (a fresh one when left out). Buffers are allocated once per call, so
 * memory stays linear in the size of the graph.
 */
export function pathSums(
  csr: CsrCore,
  from = 0,
  to = csr.n,
  options: PathPassOptions = {},
  sums: PathSums = createPathSums(csr.n),
): PathSums {
  const lo = Math.max(0, from);
  const hi = Math.min(csr.n, to);
  if (lo >= hi) return sums;
  if (options.weighted) assertPositiveWeights(csr.out);
  // Only a full pass may credit an undirected graph's distance sums to the sources (see PathSums).
  const symmetric = !csr.directed && lo === 0 && hi === csr.n;
  if (hi - lo < RELABEL_FROM_SOURCES) {
    const sources = new Int32Array(hi - lo);
    for (let i = 0; i < sources.length; i++) sources[i] = lo + i;
    runPass(csr.out, listFeed(sources), options, symmetric, sums);
    return sums;
  }
  const { adjacency, rank } = relabelledForPaths(csr);
  const sources = new Int32Array(hi - lo);
  for (let i = 0; i < sources.length; i++) sources[i] = rank[lo + i]!;
  const local = createPathSums(csr.n);
  runPass(adjacency, listFeed(sources), options, symmetric, local);
  return fromRelabelled(sums, local, rank);
}

/**
 * Breadth-first passes with Brandes' dependency accumulation. With `symmetric` (an undirected
 * graph, every source in the pass) d(s, v) = d(v, s), so each source's own distance sums are added
 * once per source instead of to every node it reaches: the same totals with less work per node
 * (`undirectedPass`). Otherwise each node reached gets its distance from the source.
 */
function unweightedPass(adjacency: Adjacency, next: SourceFeed, symmetric: boolean, sums: PathSums): void {
  if (symmetric) {
    undirectedPass(adjacency, next, sums);
    return;
  }
  const n = adjacency.offsets.length - 1;
  const buffers: UnweightedBuffers = {
    order: new Int32Array(n),
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    coefficient: new Float64Array(n),
    successors: new Int32Array(adjacency.targets.length),
    successorStart: new Int32Array(n + 1),
  };
  for (let s = next(); s >= 0; s = next()) unweightedSource(adjacency, buffers, sums, s);
}

/** The per-node arrays of an unweighted pass, allocated once and reused by every source. */
interface UnweightedBuffers {
  order: Int32Array;
  /** Distance from the source; -1 for a node not (yet) reached. Back to -1 after each source. */
  dist: Int32Array;
  sigma: Float64Array;
  coefficient: Float64Array;
  /**
   * Successors on shortest paths, recorded in BFS order: those of order[i] are
   * successors[successorStart[i]] .. successors[successorStart[i + 1] - 1].
   */
  successors: Int32Array;
  successorStart: Int32Array;
}

/**
 * One source's breadth-first search and dependency accumulation. A function of its own (called
 * once per source) rather than the body of the pass's loop, so that V8 optimises it as a whole on
 * a later call instead of replacing a running loop (on-stack replacement) mid-search.
 */
function unweightedSource(adjacency: Adjacency, buffers: UnweightedBuffers, sums: PathSums, s: number): void {
  const { offsets, targets } = adjacency;
  const { order, dist, sigma, coefficient, successors, successorStart } = buffers;
  const { betweenness, distance, reached, harmonic } = sums;
  let head = 0;
  let tail = 0;
  let count = 0;
  order[tail++] = s;
  dist[s] = 0;
  sigma[s] = 1;
  while (head < tail) {
    const v = order[head]!;
    successorStart[head++] = count;
    const step = dist[v]! + 1;
    const sv = sigma[v]!;
    const end = offsets[v + 1]!;
    for (let e = offsets[v]!; e < end; e++) {
      const w = targets[e]!;
      const dw = dist[w]!;
      if (dw < 0) {
        dist[w] = step;
        sigma[w] = sv;
        order[tail++] = w;
        successors[count++] = w;
      } else if (dw === step) {
        sigma[w]! += sv;
        successors[count++] = w;
      }
    }
  }
  successorStart[tail] = count;
  // Dependencies, pulled from each node's successors, farthest nodes first.
  for (let i = tail - 1; i > 0; i--) {
    const w = order[i]!;
    let sum = 0;
    const end = successorStart[i + 1]!;
    for (let k = successorStart[i]!; k < end; k++) sum += coefficient[successors[k]!]!;
    const sw = sigma[w]!;
    const delta = sw * sum;
    coefficient[w] = (1 + delta) / sw;
    betweenness[w]! += delta;
    const d = dist[w]!;
    distance[w]! += d;
    reached[w]! += 1;
    harmonic[w]! += 1 / d;
    dist[w] = -1;
  }
  dist[s] = -1;
}

/** The per-node arrays of an undirected pass, allocated once and reused by every source. */
interface UndirectedBuffers {
  degree: Int32Array;
  /** Nodes in order of distance from the source. */
  order: Int32Array;
  /** Distance from the source; -1 for a node not (yet) reached. Back to -1 after each source. */
  dist: Int32Array;
  sigma: Float64Array;
  /** Dependency of each node on the source (Brandes' delta); back to 0 after each source. */
  delta: Float64Array;
  /** Predecessors on shortest paths: those of w are preds[offsets[w]] .. (predCount[w] of them). */
  preds: Int32Array;
  predCount: Int32Array;
  /** Nodes not reached yet, once a level is searched bottom-up. */
  unvisited: Int32Array;
}

/**
 * The pass of an undirected graph over every source (`symmetric`, see `PathSums`), with a
 * direction-optimising breadth-first search (Beamer, Asanović and Patterson 2012): a level is
 * searched top-down (each node of the level scans its neighbours) or bottom-up (each node not yet
 * reached scans its neighbours for one on the level), whichever scans fewer ties. In a small-world
 * graph the largest levels leave few, low-degree nodes unreached, so bottom-up saves most of
 * their scans. A node's predecessors are a subset of its neighbours, so they are kept in its own
 * slots of the adjacency; dependencies are pushed to them, farthest nodes first.
 */
function undirectedPass(adjacency: Adjacency, next: SourceFeed, sums: PathSums): void {
  const { offsets, targets } = adjacency;
  const n = offsets.length - 1;
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++) degree[v] = offsets[v + 1]! - offsets[v]!;
  const buffers: UndirectedBuffers = {
    degree,
    order: new Int32Array(n),
    dist: new Int32Array(n).fill(-1),
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    preds: new Int32Array(targets.length),
    predCount: new Int32Array(n),
    unvisited: new Int32Array(n),
  };
  for (let s = next(); s >= 0; s = next()) undirectedSource(offsets, targets, buffers, sums, s);
}

/** One source of `undirectedPass`. */
function undirectedSource(
  offsets: Int32Array,
  targets: Int32Array,
  buffers: UndirectedBuffers,
  sums: PathSums,
  s: number,
): void {
  const { degree, order, dist, sigma, delta, preds, predCount, unvisited } = buffers;
  const n = offsets.length - 1;
  let tail = 0;
  order[tail++] = s;
  dist[s] = 0;
  sigma[s] = 1;
  // ties (counted from both ends) of the nodes not reached yet
  let unvisitedTies = targets.length - degree[s]!;
  // the nodes not reached yet, listed at the first bottom-up level
  let unvisitedCount = -1;
  let total = 0;
  let inverse = 0;
  let levelStart = 0;
  let d = 0;
  // ties (counted from both ends) of the nodes on the level being searched, and of those found on
  // it for the next, summed as they are found rather than in a pass over each level
  let levelTies = degree[s]!;
  while (levelStart < tail) {
    const levelEnd = tail;
    let nextTies = 0;
    const step = d + 1;
    if (levelTies <= unvisitedTies) {
      for (let i = levelStart; i < levelEnd; i++) {
        const v = order[i]!;
        const sv = sigma[v]!;
        const end = offsets[v + 1]!;
        for (let e = offsets[v]!; e < end; e++) {
          const w = targets[e]!;
          const dw = dist[w]!;
          if (dw < 0) {
            dist[w] = step;
            sigma[w] = sv;
            order[tail++] = w;
            preds[offsets[w]!] = v;
            predCount[w] = 1;
            nextTies += degree[w]!;
          } else if (dw === step) {
            sigma[w]! += sv;
            preds[offsets[w]! + predCount[w]!++] = v;
          }
        }
      }
    } else {
      if (unvisitedCount < 0) {
        unvisitedCount = 0;
        for (let w = 0; w < n; w++) if (dist[w]! < 0) unvisited[unvisitedCount++] = w;
      }
      let kept = 0;
      for (let k = 0; k < unvisitedCount; k++) {
        const w = unvisited[k]!;
        // reached meanwhile on a top-down level
        if (dist[w]! >= 0) continue;
        const base = offsets[w]!;
        const end = offsets[w + 1]!;
        let sw = 0;
        let count = 0;
        for (let e = base; e < end; e++) {
          const v = targets[e]!;
          if (dist[v] === d) {
            sw += sigma[v]!;
            preds[base + count++] = v;
          }
        }
        if (count > 0) {
          sigma[w] = sw;
          predCount[w] = count;
          order[tail++] = w;
          nextTies += degree[w]!;
        } else unvisited[kept++] = w;
      }
      unvisitedCount = kept;
      // only now, so that no node found on this level counts as a neighbour on the level before
      for (let i = levelEnd; i < tail; i++) dist[order[i]!] = step;
    }
    // distance sums per distance, integers first, so that harmonic sums round once per distance
    // rather than once per node
    const k = tail - levelEnd;
    if (k > 0) {
      total += step * k;
      inverse += k / step;
    }
    unvisitedTies -= nextTies;
    levelTies = nextTies;
    levelStart = levelEnd;
    d = step;
  }
  const { betweenness, distance, reached, harmonic } = sums;
  for (let i = tail - 1; i > 0; i--) {
    const w = order[i]!;
    const dw = delta[w]!;
    const coefficient = (1 + dw) / sigma[w]!;
    const base = offsets[w]!;
    const end = base + predCount[w]!;
    for (let e = base; e < end; e++) {
      const v = preds[e]!;
      delta[v]! += sigma[v]! * coefficient;
    }
    betweenness[w]! += dw;
    delta[w] = 0;
    dist[w] = -1;
  }
  delta[s] = 0;
  dist[s] = -1;
  distance[s]! += total;
  reached[s]! += tail - 1;
  harmonic[s]! += inverse;
}

function weightedPass(adjacency: Adjacency, next: SourceFeed, sums: PathSums): void {
  const { offsets, targets, weights } = adjacency;
  const n = offsets.length - 1;
  const length = new Float64Array(weights.length);
  for (let e = 0; e < weights.length; e++) length[e] = 1 / weights[e]!;
  const order = new Int32Array(n);
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const done = new Uint8Array(n);
  const sigma = new Float64Array(n);
  const coefficient = new Float64Array(n);
  const touched = new Int32Array(n);
  const heap = new BinaryHeap(weights.length + 1);
  const { betweenness, distance, reached, harmonic } = sums;

  for (let s = next(); s >= 0; s = next()) {
    let tail = 0;
    let touchedCount = 0;
    dist[s] = 0;
    sigma[s] = 1;
    touched[touchedCount++] = s;
    heap.push(0, s);
    while (heap.size > 0) {
      const v = heap.pop();
      if (done[v] === 1) continue;
      done[v] = 1;
      order[tail++] = v;
      const dv = dist[v]!;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let e = offsets[v]!; e < end; e++) {
        const w = targets[e]!;
        if (done[w] === 1) continue;
        const alt = dv + length[e]!;
        const dw = dist[w]!;
        if (alt < dw) {
          if (dw === Number.POSITIVE_INFINITY) touched[touchedCount++] = w;
          dist[w] = alt;
          sigma[w] = sv;
          heap.push(alt, w);
        } else if (alt === dw) {
          sigma[w]! += sv;
        }
      }
    }
    for (let i = tail - 1; i >= 0; i--) {
      const w = order[i]!;
      const dw = dist[w]!;
      let sum = 0;
      const end = offsets[w + 1]!;
      for (let e = offsets[w]!; e < end; e++) {
        const x = targets[e]!;
        if (dw + length[e]! === dist[x]) sum += coefficient[x]!;
      }
      const delta = sigma[w]! * sum;
      coefficient[w] = (1 + delta) / sigma[w]!;
      if (i > 0) {
        betweenness[w]! += delta;
        distance[w]! += dw;
        reached[w]! += 1;
        harmonic[w]! += 1 / dw;
      }
    }
    for (let i = 0; i < touchedCount; i++) {
      const v = touched[i]!;
      dist[v] = Number.POSITIVE_INFINITY;
      done[v] = 0;
    }
  }
}

/** A binary min-heap of (key, node) with lazy deletion, over preallocated typed arrays. */
class BinaryHeap {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  push(key: number, node: number): void {
    const keys = this.keys;
    const nodes = this.nodes;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent]! <= key) break;
      keys[i] = keys[parent]!;
      nodes[i] = nodes[parent]!;
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  pop(): number {
    const keys = this.keys;
    const nodes = this.nodes;
    const top = nodes[0]!;
    const last = --this.size;
    if (last > 0) {
      const key = keys[last]!;
      const node = nodes[last]!;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= last) break;
        if (child + 1 < last && keys[child + 1]! < keys[child]!) child++;
        if (keys[child]! >= key) break;
        keys[i] = keys[child]!;
        nodes[i] = nodes[child]!;
        i = child;
      }
      keys[i] = key;
      nodes[i] = node;
    }
    return top;
  }
}
