import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  fragmentation,
  fragmentationIfRemoved,
  mostDamaging,
  type SuggestionMethod,
  suggestedTies,
} from '../src/index.ts';
import { loadFixture } from './fixtures.ts';

interface WhatIfCase {
  name: 'florentine' | 'karate';
  before: { nodes: number; components: number; fragmentation: number; distanceFragmentation: number };
  single: Record<string, { fragmentation: number; distanceFragmentation: number }>;
  greedy: Record<'fragmentation' | 'distanceFragmentation', Array<{ id: string; value: number }>>;
  suggestions: Record<SuggestionMethod, Array<[string, string, number]>>;
}

const whatIf = JSON.parse(readFileSync(new URL('./fixtures/what-if.json', import.meta.url), 'utf8')) as {
  cases: WhatIfCase[];
};

for (const reference of whatIf.cases) {
  describe(`what if, ${reference.name}`, () => {
    const graph = buildGraph(loadFixture(reference.name));

    it('computes F and DF as the definitions do with networkx', () => {
      const before = fragmentation(graph);
      expect(before.nodes).toBe(reference.before.nodes);
      expect(before.components).toBe(reference.before.components);
      expect(before.fragmentation).toBeCloseTo(reference.before.fragmentation, 9);
      expect(before.distanceFragmentation).toBeCloseTo(reference.before.distanceFragmentation, 9);
      for (const [id, expected] of Object.entries(reference.single)) {
        const change = fragmentationIfRemoved(graph, [id]);
        expect(change.after.fragmentation, id).toBeCloseTo(expected.fragmentation, 9);
        expect(change.after.distanceFragmentation, id).toBeCloseTo(expected.distanceFragmentation, 9);
        expect(change.increase.fragmentation).toBeCloseTo(expected.fragmentation - before.fragmentation, 9);
      }
    });

    for (const measure of ['fragmentation', 'distanceFragmentation'] as const) {
      it(`picks the same three key players as a brute-force greedy search (${measure})`, () => {
        const result = mostDamaging(graph, { k: 3, measure });
        expect(result.actors.map((actor) => actor.id)).toEqual(
          reference.greedy[measure].map((pick) => pick.id),
        );
        result.actors.forEach((actor, i) => {
          expect(actor.after[measure]).toBeCloseTo(reference.greedy[measure][i]!.value, 9);
        });
      });
    }

    for (const method of ['adamic-adar', 'resource-allocation'] as const) {
      it(`scores every untied pair as networkx (${method})`, () => {
        const ours = suggestedTies(graph, { method, limit: 10_000 });
        const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
        const expected = new Map(reference.suggestions[method].map(([a, b, score]) => [key(a, b), score]));
        expect(ours).toHaveLength(expected.size);
        for (const tie of ours) {
          expect(tie.score).toBeCloseTo(expected.get(key(tie.source, tie.target))!, 12);
          expect(tie.shared.reduce((sum, z) => sum + z.contribution, 0)).toBeCloseTo(tie.score, 12);
        }
        for (let i = 1; i < ours.length; i++)
          expect(ours[i - 1]!.score).toBeGreaterThanOrEqual(ours[i]!.score);
      });
    }
  });
}

describe('fragmentation edge cases', () => {
  const chain = buildGraph({
    nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id })),
    edges: [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'd' },
    ],
  });

  it('shows that a broker leaving splits the chain', () => {
    const change = fragmentationIfRemoved(chain, ['b']);
    expect(change.before.fragmentation).toBe(0);
    // a | c - d: of 6 ordered pairs only c-d and d-c remain.
    expect(change.after).toMatchObject({ nodes: 3, components: 2, fragmentation: 1 - 2 / 6 });
  });

  it('gives 0 with fewer than two nodes left and refuses unknown ids', () => {
    expect(fragmentation(chain, { remove: ['a', 'b', 'c'] })).toEqual({
      nodes: 1,
      components: 1,
      fragmentation: 0,
      distanceFragmentation: 0,
    });
    expect(() => fragmentation(chain, { remove: ['x'] })).toThrow(
      'analysis/fragmentation: unknown node "x" to remove',
    );
    expect(mostDamaging(chain, { k: 10 }).actors).toHaveLength(4);
  });
});

describe('suggested ties', () => {
  const graph = buildGraph({
    nodes: [
      { id: 'ggz', domain: 'zorg' },
      { id: 'politie', domain: 'veiligheid' },
      { id: 'wijkteam', domain: 'sociaal' },
      { id: 'ggd', domain: 'zorg' },
      { id: 'om', domain: 'veiligheid' },
    ],
    edges: [
      { source: 'ggz', target: 'wijkteam' },
      { source: 'politie', target: 'wijkteam' },
      { source: 'ggd', target: 'wijkteam' },
      { source: 'ggz', target: 'om' },
      { source: 'politie', target: 'om' },
    ],
  });

  it('explains a suggestion by the contacts both share', () => {
    const [first, second] = suggestedTies(graph, { method: 'resource-allocation', limit: 2 });
    expect(first).toEqual({
      source: 'wijkteam',
      target: 'om',
      score: 1,
      shared: [
        { id: 'ggz', degree: 2, contribution: 1 / 2 },
        { id: 'politie', degree: 2, contribution: 1 / 2 },
      ],
    });
    expect(second).toEqual({
      source: 'ggz',
      target: 'politie',
      score: 1 / 3 + 1 / 2,
      shared: [
        { id: 'om', degree: 2, contribution: 1 / 2 },
        { id: 'wijkteam', degree: 3, contribution: 1 / 3 },
      ],
    });
  });

  it('keeps to pairs across groups and to the actors asked about', () => {
    const across = suggestedTies(graph, { groupBy: 'domain', acrossGroups: true, limit: 100 });
    expect(across.every((tie) => tie.groups![0] !== tie.groups![1])).toBe(true);
    expect(across.some((tie) => tie.source === 'ggz' && tie.target === 'ggd')).toBe(false);
    const forOm = suggestedTies(graph, { among: ['om'], limit: 100 });
    expect(forOm.map((tie) => [tie.source, tie.target])).toEqual([['wijkteam', 'om']]);
  });
});
