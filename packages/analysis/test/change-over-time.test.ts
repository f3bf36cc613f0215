import { describe, expect, it } from 'vitest';
import { changeOverTime } from '../src/index.ts';

const lastYear = {
  nodes: [
    { id: 'ggz', domain: 'zorg' },
    { id: 'politie', domain: 'veiligheid' },
    { id: 'wijkteam', domain: 'sociaal' },
    { id: 'reclassering', domain: 'justitie' },
  ],
  edges: [
    { source: 'ggz', target: 'wijkteam', strength: 2 },
    { source: 'politie', target: 'wijkteam', strength: 3 },
    { source: 'politie', target: 'reclassering', strength: 1 },
  ],
};

const thisYear = {
  nodes: [
    { id: 'ggz', domain: 'zorg' },
    { id: 'politie', domain: 'veiligheid' },
    { id: 'wijkteam', domain: 'sociaal' },
    { id: 'om', domain: 'justitie' },
  ],
  edges: [
    { source: 'ggz', target: 'wijkteam', strength: 4 },
    { source: 'wijkteam', target: 'politie', strength: 1 },
    { source: 'ggz', target: 'politie', strength: 2 },
    { source: 'politie', target: 'om', strength: 2 },
  ],
};

describe('changeOverTime', () => {
  const change = changeOverTime(lastYear, thisYear, { groupBy: 'domain' });

  it('lists who joined, left and stayed', () => {
    expect(change.actors).toEqual({
      joined: ['om'],
      left: ['reclassering'],
      stayed: ['ggz', 'politie', 'wijkteam'],
    });
  });

  it('lists ties added, removed, strengthened and weakened, reading undirected ties either way round', () => {
    expect(change.ties.added).toEqual([
      { source: 'ggz', target: 'politie', before: 0, after: 2 },
      { source: 'om', target: 'politie', before: 0, after: 2 },
    ]);
    expect(change.ties.removed).toEqual([{ source: 'politie', target: 'reclassering', before: 1, after: 0 }]);
    expect(change.ties.strengthened).toEqual([{ source: 'ggz', target: 'wijkteam', before: 2, after: 4 }]);
    expect(change.ties.weakened).toEqual([{ source: 'politie', target: 'wijkteam', before: 3, after: 1 }]);
  });

  it('summarises with counts only, for showing without names', () => {
    expect(change.summary).toMatchObject({
      nodes: { before: 4, after: 4, change: 0 },
      ties: { before: 3, after: 4, change: 1 },
      actorsJoined: 1,
      actorsLeft: 1,
      tiesAdded: 2,
      tiesRemoved: 1,
      tiesStrengthened: 1,
      tiesWeakened: 1,
      crossGroupTies: { before: 3, after: 4, change: 1 },
      eiIndex: { before: 1, after: 1 },
    });
    expect(change.summary.transitivity.after).toBeGreaterThan(change.summary.transitivity.before);
    expect(JSON.stringify(change.summary)).not.toMatch(/"(ggz|politie|wijkteam|om|reclassering)"/);
  });

  it('follows the positions of actors present at both moments', () => {
    expect(change.nodes.politie!.degree).toEqual({ before: 2, after: 3, change: 1 });
    expect(change.nodes.wijkteam!.betweenness!.change).toBeLessThan(0);
    expect(Object.keys(change.nodes)).toEqual(['ggz', 'politie', 'wijkteam']);
  });

  it('refuses to compare a directed with an undirected network', () => {
    const directed = { ...thisYear, edges: [{ source: 'ggz', target: 'om', directed: true }] };
    expect(() => changeOverTime(lastYear, directed)).toThrow(
      /^analysis\/changeOverTime: the graphs are undirected and directed/,
    );
  });
});
