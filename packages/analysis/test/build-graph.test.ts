import type { Network } from '@regiekaart/model';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { analyse, betweenness, buildGraph, constraint, strength } from '../src/index.ts';

const nodes = [
  { id: 'a', domain: 'zorg', label: 'GGZ' },
  { id: 'b', domain: 'veiligheid', label: 'Politie' },
  { id: 'c', domain: 'zorg', label: 'GGD' },
];

describe('buildGraph', () => {
  it('builds an undirected graph when no tie is directed, keeping node attributes', () => {
    const graph = buildGraph({ nodes, edges: [{ source: 'a', target: 'b' }] });
    expect(graph.type).toBe('undirected');
    expect(graph.getNodeAttributes('a')).toEqual({ domain: 'zorg', label: 'GGZ' });
  });

  it('never yields a mixed graph from mixed input: directed, with undirected ties as two arcs', () => {
    const graph = buildGraph({
      nodes,
      edges: [
        { source: 'a', target: 'b', directed: true },
        { source: 'b', target: 'c', directed: false },
      ],
    });
    expect(graph.type).toBe('directed');
    expect(graph.directedSize).toBe(3);
    expect(graph.undirectedSize).toBe(0);
    expect(graph.hasDirectedEdge('a', 'b')).toBe(true);
    expect(graph.hasDirectedEdge('b', 'a')).toBe(false);
    expect(graph.hasDirectedEdge('b', 'c') && graph.hasDirectedEdge('c', 'b')).toBe(true);
  });

  it('ignores directions when asked for an undirected graph, merging opposite arcs', () => {
    const graph = buildGraph(
      {
        nodes,
        edges: [
          { source: 'a', target: 'b', directed: true, strength: 2 },
          { source: 'b', target: 'a', directed: true, strength: 3 },
        ],
      },
      { directed: false },
    );
    expect(graph.type).toBe('undirected');
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute(graph.edge('a', 'b')!, 'strength')).toBe(5);
  });

  it('reads a tie without direction as source -> target when a directed graph is asked for', () => {
    const graph = buildGraph({ nodes, edges: [{ source: 'a', target: 'b' }] }, { directed: true });
    expect(graph.type).toBe('directed');
    expect(graph.size).toBe(1);
    expect(graph.hasDirectedEdge('a', 'b')).toBe(true);
  });

  it('collapses parallel ties into one edge with summed strength and weight', () => {
    const graph = buildGraph(
      {
        nodes,
        edges: [
          { source: 'a', target: 'b', strength: 2, weight: 1, kind: 'casus' },
          { source: 'b', target: 'a', strength: 3, weight: 4, kind: 'opgave' },
          { source: 'a', target: 'b', weight: 2 },
        ],
      },
      { weight: 'weight' },
    );
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttributes(graph.edge('a', 'b')!)).toEqual({
      strength: 6,
      weight: 7,
      ties: 3,
      kind: 'casus',
    });
    expect(strength(graph)).toEqual({ a: 6, b: 6, c: 0 });
    expect(strength(graph, { weight: 'weight' })).toEqual({ a: 7, b: 7, c: 0 });
  });

  it('drops self-loops', () => {
    const graph = buildGraph({
      nodes,
      edges: [
        { source: 'a', target: 'a' },
        { source: 'a', target: 'b' },
      ],
    });
    expect(graph.size).toBe(1);
    expect(graph.hasEdge('a', 'a')).toBe(false);
  });

  it('accepts a Network from the model', () => {
    const network: Network = {
      nodes: [
        { id: 'p1', label: 'A', kind: 'person', domain: 'zorg' },
        { id: 'p2', label: 'B', kind: 'person', domain: null },
      ],
      edges: [{ id: 'e1', source: 'p1', target: 'p2', kind: 'werkt-samen', strength: 3, directed: false }],
    };
    const graph = buildGraph(network);
    expect(graph.getEdgeAttribute(graph.edge('p1', 'p2')!, 'strength')).toBe(3);
    expect(graph.getNodeAttribute('p2', 'domain')).toBeNull();
  });

  it('refuses a tie to an unknown node, duplicate node ids and non-numeric strengths', () => {
    expect(() => buildGraph({ nodes, edges: [{ source: 'a', target: 'x' }] })).toThrow(
      'analysis/buildGraph: edge 0 (a -> x) refers to unknown node "x"',
    );
    expect(() => buildGraph({ nodes: [...nodes, { id: 'a' }], edges: [] })).toThrow(
      'analysis/buildGraph: node id "a" occurs twice',
    );
    expect(() => buildGraph({ nodes, edges: [{ source: 'a', target: 'b', strength: Number.NaN }] })).toThrow(
      /analysis\/buildGraph: edge 0 \(a -> b\) has strength = NaN; expected a finite number/,
    );
  });
});

describe('graphs the metrics refuse', () => {
  it('refuses a mixed graph, naming the function', () => {
    const mixed = new Graph({ type: 'mixed' });
    mixed.addNode('a');
    mixed.addNode('b');
    mixed.addDirectedEdge('a', 'b');
    expect(() => betweenness(mixed)).toThrow(/^analysis\/betweenness: graph is mixed/);
    expect(() => analyse(mixed)).toThrow(/^analysis\/analyse: graph is mixed/);
  });

  it('refuses a multigraph', () => {
    const multi = new Graph({ type: 'undirected', multi: true });
    multi.addNode('a');
    multi.addNode('b');
    multi.addEdge('a', 'b');
    multi.addEdge('a', 'b');
    expect(() => constraint(multi)).toThrow(/^analysis\/constraint: graph is a multigraph/);
  });

  it('refuses a non-numeric weight attribute', () => {
    const graph = new Graph({ type: 'undirected' });
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdgeWithKey('ab', 'a', 'b', { strength: 'high' });
    expect(() => strength(graph)).toThrow(
      'analysis/strength: edge ab has strength = "high"; expected a finite number',
    );
  });
});
