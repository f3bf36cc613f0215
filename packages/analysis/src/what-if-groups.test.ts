import { describe, expect, it } from 'vitest';
import { buildGraph } from './build-graph.ts';
import { whatIf } from './what-if.ts';

// zorg triangle -- b -- c -- veiligheid pair; wonen w hangs off c; justitie j tied to a1 and d1.
const graph = buildGraph(
  {
    nodes: [
      { id: 'a1', domain: 'zorg' },
      { id: 'a2', domain: 'zorg' },
      { id: 'b', domain: 'zorg' },
      { id: 'c', domain: 'veiligheid' },
      { id: 'd1', domain: 'veiligheid' },
      { id: 'w', domain: 'wonen' },
    ],
    edges: [
      { source: 'a1', target: 'a2' },
      { source: 'a1', target: 'b' },
      { source: 'a2', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'd1' },
      { source: 'c', target: 'w' },
    ],
  },
  { directed: false },
);

describe('whatIf', () => {
  it('names the domain pairs that lose every path and every direct tie, and who is cut off', () => {
    const result = whatIf(graph, ['c']);
    expect(result.groupPairsDisconnected).toEqual([
      ['veiligheid', 'wonen'],
      ['veiligheid', 'zorg'],
      ['wonen', 'zorg'],
    ]);
    expect(result.groupPairsWithoutTies).toEqual([
      ['veiligheid', 'wonen'],
      ['veiligheid', 'zorg'],
    ]);
    expect(result.cutOff).toEqual(['d1', 'w']);
    expect(result.after.components).toBe(3);
    expect(result.increase.fragmentation).toBeGreaterThan(0);
  });

  it('reports nothing lost when an actor with a stand-in leaves', () => {
    const result = whatIf(graph, ['a1']);
    expect(result.groupPairsDisconnected).toEqual([]);
    expect(result.groupPairsWithoutTies).toEqual([]);
    expect(result.cutOff).toEqual([]);
  });

  it('counts a domain whose last actor leaves as cut off from the others', () => {
    const result = whatIf(graph, ['w']);
    expect(result.groupPairsDisconnected).toEqual([
      ['veiligheid', 'wonen'],
      ['wonen', 'zorg'],
    ]);
    expect(result.groupPairsWithoutTies).toEqual([['veiligheid', 'wonen']]);
  });
});
