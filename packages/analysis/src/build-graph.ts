import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { type AnalysisGraph, describeValue } from './graph.ts';

export interface NetworkInputNode {
  id: string;
  [attribute: string]: unknown;
}

export interface NetworkInputEdge {
  source: string;
  target: string;
  /** Collaboration strength, a closeness (higher = closer); a missing strength counts as 1. */
  strength?: number;
  directed?: boolean;
  [attribute: string]: unknown;
}

/** What `buildGraph` reads; a `Network` from `@regiekaart/model` fits. */
export interface NetworkInput {
  nodes: readonly NetworkInputNode[];
  edges: readonly NetworkInputEdge[];
}

export interface BuildGraphOptions {
  /**
   * `true`: a directed graph; a tie marked `directed: false` becomes two arcs, any other tie one arc
   * from source to target. `false`: an undirected graph (tie directions are ignored). Left out:
   * directed when any tie says `directed: true`.
   */
  directed?: boolean;
  /** Further numeric edge attributes summed over parallel ties (missing counts as 1), e.g. `'weight'`. */
  weight?: string | readonly string[];
}

const FN = 'buildGraph';

function readNumber(edge: NetworkInputEdge, index: number, name: string): number {
  const value = edge[name];
  if (value === undefined || value === null) return 1;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(
      `analysis/${FN}: edge ${index} (${edge.source} -> ${edge.target}) has ${name} = ${describeValue(value)}; expected a finite number`,
    );
  }
  return value;
}

/**
 * Turns a network into a simple graphology graph, `directed` or `undirected` but never `mixed`.
 * Parallel ties collapse into one edge whose `strength` (and `options.weight` attributes) is the
 * sum over the ties and whose `ties` attribute counts them; the other attributes are the first tie's.
 * Self-loops are dropped. Node attributes are kept, so metrics can be grouped by them.
 */
export function buildGraph(network: NetworkInput, options: BuildGraphOptions = {}): AnalysisGraph {
  const directed = options.directed ?? network.edges.some((edge) => edge.directed === true);
  const graph: AnalysisGraph = new Graph({
    type: directed ? 'directed' : 'undirected',
    multi: false,
    allowSelfLoops: false,
  });

  network.nodes.forEach((node, index) => {
    if (typeof node.id !== 'string') {
      throw new Error(`analysis/${FN}: node ${index} has id ${describeValue(node.id)}; expected a string`);
    }
    if (graph.hasNode(node.id)) {
      throw new Error(`analysis/${FN}: node id "${node.id}" occurs twice; expected unique ids`);
    }
    const { id, ...attributes } = node;
    graph.addNode(id, attributes);
  });

  const summed = (typeof options.weight === 'string' ? [options.weight] : (options.weight ?? [])).filter(
    (name) => name !== 'strength' && name !== 'ties',
  );
  // Parallel ties are found through the graph itself (a simple graph has one edge per pair, or per
  // ordered pair when directed); the first tie makes the edge, later ones add to its sums.
  const add = (source: string, target: string, tie: NetworkInputEdge, strength: number, extra: number[]) => {
    const existing = graph.edge(source, target);
    if (existing === undefined) {
      const attributes: Attributes = {};
      for (const name in tie) {
        if (Object.hasOwn(tie, name) && name !== 'source' && name !== 'target' && name !== 'directed') {
          attributes[name] = tie[name];
        }
      }
      attributes.strength = strength;
      attributes.ties = 1;
      summed.forEach((name, i) => {
        attributes[name] = extra[i];
      });
      graph.addEdge(source, target, attributes);
      return;
    }
    const attributes = graph.getEdgeAttributes(existing);
    attributes.strength = (attributes.strength as number) + strength;
    attributes.ties = (attributes.ties as number) + 1;
    summed.forEach((name, i) => {
      attributes[name] = (attributes[name] as number) + extra[i]!;
    });
  };

  const none: number[] = [];
  network.edges.forEach((edge, index) => {
    const { source, target } = edge;
    for (const end of source === target ? [source] : [source, target]) {
      if (!graph.hasNode(end)) {
        throw new Error(
          `analysis/${FN}: edge ${index} (${source} -> ${target}) refers to unknown node ${JSON.stringify(end)}`,
        );
      }
    }
    if (source === target) return;
    const strength = readNumber(edge, index, 'strength');
    const extra = summed.length === 0 ? none : summed.map((name) => readNumber(edge, index, name));
    add(source, target, edge, strength, extra);
    if (directed && edge.directed === false) add(target, source, edge, strength, extra);
  });

  return graph;
}
