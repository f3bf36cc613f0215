import { normaliseBetweenness } from './betweenness.ts';
import { biconnectivity } from './biconnectivity.ts';
import { type PathSums, pathSums } from './brandes.ts';
import { type BrokerageCredit, type BrokerageRoles, brokerageArrays, brokerageRecord } from './brokerage.ts';
import { buildGraph, type NetworkInput } from './build-graph.ts';
import { finaliseCloseness } from './closeness.ts';
import { communities, communitiesOfCsr, DEFAULT_COMMUNITY_SEED } from './communities.ts';
import { componentLabels } from './components.ts';
import { constraintArrays } from './constraint.ts';
import { coreNumberArray } from './core-number.ts';
import { type Csr, networkCsr, reweighted, toCsr, undirectedAdjacency } from './csr.ts';
import { degreeArray, degreeCentralityArray } from './degree.ts';
import { densityOf } from './density.ts';
import { effectiveSizeArray } from './effective-size.ts';
import { efficiencyArray } from './efficiency.ts';
import { type EiIndex, eiIndex } from './ei-index.ts';
import { eigenvectorArray } from './eigenvector.ts';
import type { AnalysisGraph, NodeRecord } from './graph.ts';
import { groupBy } from './groups.ts';
import { hierarchyArray } from './hierarchy.ts';
import { modularityOf } from './modularity.ts';
import { mutualWeights } from './mutual-weights.ts';
import { pagerankArray } from './pagerank.ts';
import { emptyRecord } from './record.ts';
import { strengthArray } from './strength.ts';
import { type TieMatrix, tieMatrix } from './tie-matrix.ts';
import { transitivityOf } from './transitivity.ts';

export interface AnalyseOptions {
  /** For a network input: see `BuildGraphOptions.directed`. Ignored for a graph. */
  directed?: boolean;
  /**
   * Edge attribute read as tie weight (a closeness, e.g. `'strength'`) by strength, constraint,
   * effective size, efficiency, hierarchy, PageRank, eigenvector and communities. Left out, all of
   * these are unweighted, except strength, which then sums `'strength'`.
   */
  weight?: string;
  /**
   * Edge attribute whose inverse is a tie's length for betweenness, closeness and harmonic
   * centrality. Left out (the default), path metrics are unweighted.
   */
  pathWeight?: string;
  /** Node attribute for brokerage roles, the tie matrix and the E-I index (e.g. `'domain'`). */
  groupBy?: string;
  /** Brokerage counting, see `BrokerageOptions.credit`; default `'full'` (R sna). */
  brokerageCredit?: BrokerageCredit;
  /** Louvain seed, default 42. */
  seed?: number;
  /** Louvain resolution, default 1. */
  resolution?: number;
  /**
   * Path sums computed elsewhere (e.g. by the worker runner) for this graph, in its node order and
   * with the same `pathWeight`; skips the all-sources pass.
   */
  pathSums?: PathSums;
}

export interface NodeAnalysis {
  degree: number;
  degreeCentrality: number;
  strength: number;
  betweenness: number;
  closeness: number;
  harmonic: number;
  eigenvector: number | null;
  pagerank: number | null;
  constraint: number | null;
  effectiveSize: number | null;
  efficiency: number | null;
  hierarchy: number | null;
  coreNumber: number;
  articulationPoint: boolean;
  community: number;
  brokerage?: BrokerageRoles;
}

export interface GraphAnalysis {
  nodes: number;
  edges: number;
  directed: boolean;
  density: number;
  components: number;
  transitivity: number;
}

export interface AnalysisResult {
  graph: GraphAnalysis;
  nodes: NodeRecord<NodeAnalysis>;
  articulationPoints: string[];
  bridges: Array<[string, string]>;
  communities: { count: number; modularity: number; seed: number };
  groups?: { attribute: string; tieMatrix: TieMatrix; eiIndex: EiIndex };
}

const nullable = (value: number): number | null => (Number.isNaN(value) ? null : value);

function isGraph(input: AnalysisGraph | NetworkInput): input is AnalysisGraph {
  return !Array.isArray((input as NetworkInput).nodes);
}

/** The graph `analyse` works on: the input graph itself, or one built from the network. */
export function graphFor(input: AnalysisGraph | NetworkInput, options: AnalyseOptions = {}): AnalysisGraph {
  if (isGraph(input)) return input;
  const summed = [options.weight, options.pathWeight].filter((name): name is string => name !== undefined);
  return buildGraph(input, { directed: options.directed, weight: summed });
}

/** The compact adjacency whose node order and weights `AnalyseOptions.pathSums` must match. */
export function pathCsr(graph: AnalysisGraph, options: AnalyseOptions = {}): Csr {
  return toCsr(graph, { weight: options.pathWeight }, 'analyse');
}

/**
 * All metrics in one go, sharing one compact adjacency and one all-sources shortest-path pass.
 * Returns plain data (the pinned CLI/API output shape).
 */
export function analyse(input: AnalysisGraph | NetworkInput, options: AnalyseOptions = {}): AnalysisResult {
  const prepared = withoutGraph(input, options);
  const graph = prepared ? undefined : graphFor(input, options);
  const { csr, rest } = prepared ?? analysisWithoutPaths(graph!, options);
  const finish = rest();
  const paths =
    options.pathSums ??
    pathSums(
      options.pathWeight === undefined || options.pathWeight === options.weight
        ? csr
        : pathCsr(graph!, options),
      0,
      csr.n,
      { weighted: options.pathWeight !== undefined },
    );
  return finish(paths);
}

/**
 * `analysisWithoutPaths` of a network without building its graph, when no metric needs the graph
 * itself (no weights, no grouping): the adjacency comes from the network (`networkCsr`) and
 * Louvain runs on it (`communitiesOfCsr`). Same result; undefined otherwise, or for a network
 * `buildGraph` would refuse (so its error comes from there).
 */
export function withoutGraph(
  input: AnalysisGraph | NetworkInput,
  options: AnalyseOptions = {},
): { csr: Csr; rest: () => (paths: PathSums) => AnalysisResult } | undefined {
  if (isGraph(input) || options.weight !== undefined || options.pathWeight !== undefined) return undefined;
  if (options.groupBy !== undefined) return undefined;
  const directed = options.directed ?? input.edges.some((edge) => edge.directed === true);
  const csr = networkCsr(input, directed);
  if (csr === undefined) return undefined;
  return { csr, rest: () => metricsWithoutPaths(undefined, csr, options) };
}

/**
 * `analyse` in two steps around the shortest-path pass, so that a caller can run the pass
 * elsewhere meanwhile (see `runner-node.ts`): `csr` is the graph's compact adjacency with
 * `options.weight` (the pass's too when `pathWeight` is left out or the same); `rest()` computes
 * every metric that needs no paths and returns `finish`, which adds the path metrics from the
 * pass's sums (in `csr`'s node order) and returns the result.
 */
export function analysisWithoutPaths(
  graph: AnalysisGraph,
  options: AnalyseOptions = {},
): { csr: Csr; rest: () => (paths: PathSums) => AnalysisResult } {
  // unweighted, strength still sums 'strength': read in the same pass over the edges
  const csr = toCsr(
    graph,
    options.weight === undefined ? { also: 'strength' } : { weight: options.weight },
    'analyse',
  );
  return { csr, rest: () => metricsWithoutPaths(graph, csr, options) };
}

function metricsWithoutPaths(
  graph: AnalysisGraph | undefined,
  csr: Csr,
  options: AnalyseOptions,
): (paths: PathSums) => AnalysisResult {
  const { n, ids } = csr;
  const degrees = degreeArray(csr);
  const degreeCentrality = degreeCentralityArray(degrees);
  const strengths = strengthArray(csr.alsoWeights ? reweighted(csr, csr.alsoWeights) : csr);
  const eigenvector = eigenvectorArray(csr);
  const pagerank = pagerankArray(csr);

  const undirected = undirectedAdjacency(csr);
  const mutual = mutualWeights(undirected);
  const constraint = constraintArrays(mutual);
  const effectiveSize = effectiveSizeArray(mutual);
  const efficiency = efficiencyArray(mutual, effectiveSize);
  const hierarchy = hierarchyArray(mutual, constraint);
  const coreNumbers = coreNumberArray(csr);
  const { articulation, bridges } = biconnectivity(undirected);
  const seed = options.seed ?? DEFAULT_COMMUNITY_SEED;
  // unweighted and without self-loops, Louvain needs only the adjacency (same communities)
  const community =
    options.weight === undefined && (graph === undefined || graph.selfLoopCount === 0)
      ? communitiesOfCsr(csr, { seed, resolution: options.resolution })
      : communities(graph!, { weight: options.weight, seed, resolution: options.resolution });

  const grouping =
    options.groupBy === undefined || graph === undefined
      ? undefined
      : groupBy(graph, options.groupBy, 'analyse');
  const brokerage =
    grouping === undefined
      ? undefined
      : brokerageRecord(ids, brokerageArrays(csr, grouping.of, options.brokerageCredit));

  const m = csr.edgeSources.length;
  const graphFigures: GraphAnalysis = {
    nodes: n,
    edges: m,
    directed: csr.directed,
    density: densityOf(n, m, csr.directed),
    components: componentLabels(undirected).count,
    transitivity: transitivityOf(undirected),
  };
  const communityFigures = {
    count: new Set(Object.values(community)).size,
    modularity: modularityOf(csr, community, options.resolution),
    seed,
  };
  const groups =
    options.groupBy === undefined || graph === undefined
      ? undefined
      : {
          attribute: options.groupBy,
          tieMatrix: tieMatrix(graph, { groupBy: options.groupBy }),
          eiIndex: eiIndex(graph, { groupBy: options.groupBy }),
        };

  return (paths) => {
    if (paths.betweenness.length !== n) {
      throw new Error(`analysis/analyse: pathSums cover ${paths.betweenness.length} nodes; expected ${n}`);
    }
    const betweenness = normaliseBetweenness(paths.betweenness);
    const closeness = finaliseCloseness(paths.distance, paths.reached);
    const nodes = emptyRecord<NodeAnalysis>();
    for (let v = 0; v < n; v++) {
      const id = ids[v]!;
      const entry: NodeAnalysis = {
        degree: degrees[v]!,
        degreeCentrality: degreeCentrality[v]!,
        strength: strengths[v]!,
        betweenness: betweenness[v]!,
        closeness: closeness[v]!,
        harmonic: paths.harmonic[v]!,
        eigenvector: eigenvector === null ? null : eigenvector[v]!,
        pagerank: pagerank === null ? null : pagerank[v]!,
        constraint: nullable(constraint.constraint[v]!),
        effectiveSize: nullable(effectiveSize[v]!),
        efficiency: nullable(efficiency[v]!),
        hierarchy: nullable(hierarchy[v]!),
        coreNumber: coreNumbers[v]!,
        articulationPoint: articulation[v] === 1,
        community: community[id]!,
      };
      if (brokerage !== undefined) entry.brokerage = brokerage[id]!;
      nodes[id] = entry;
    }
    const result: AnalysisResult = {
      graph: graphFigures,
      nodes,
      articulationPoints: ids.filter((_, v) => articulation[v] === 1),
      bridges: bridges.map(([a, b]) => [ids[a]!, ids[b]!]),
      communities: communityFigures,
    };
    if (groups !== undefined) result.groups = groups;
    return result;
  };
}
