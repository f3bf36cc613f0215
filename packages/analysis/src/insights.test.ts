import { describe, expect, it } from 'vitest';
import { analyseNetwork } from './insights.ts';

const person = (id: string, domain: string, organisationId: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: id.toUpperCase(),
  kind: 'person',
  domain,
  type: domain === 'zorg' ? 'ggz' : 'politie',
  organisationId,
  organisationIds: [organisationId],
  ...extra,
});

// Two triangles, zorg and veiligheid, joined only through b (zorg) -- c (veiligheid).
const network = {
  nodes: [
    person('a1', 'zorg', 'ggz', { participant: true, opgaveCount: 1 }),
    person('a2', 'zorg', 'ggz', { opgaveCount: 1 }),
    person('b', 'zorg', 'ggz', { participant: true, opgaveCount: 9 }),
    person('c', 'veiligheid', 'pol', { participant: true, opgaveCount: 2 }),
    person('d1', 'veiligheid', 'pol', { opgaveCount: 1 }),
    person('d2', 'veiligheid', 'pol', { opgaveCount: 0 }),
  ],
  edges: [
    { source: 'a1', target: 'a2', strength: 3 },
    { source: 'a1', target: 'b', strength: 3 },
    { source: 'a2', target: 'b', strength: 3 },
    { source: 'b', target: 'c', strength: 2 },
    { source: 'c', target: 'd1', strength: 3 },
    { source: 'c', target: 'd2', strength: 3 },
    { source: 'd1', target: 'd2', strength: 3 },
  ],
};

describe('analyseNetwork', () => {
  const result = analyseNetwork({
    network,
    template: {
      id: 'tpl',
      roles: [
        { label: 'GGZ', orgType: 'ggz' },
        { label: 'OM', orgType: 'openbaar ministerie' },
      ],
    },
    overloadThreshold: 1.2,
  });

  it('names the brokers between domains, with the domains they bridge', () => {
    expect(result.insights.brokers.map((b) => b.id)).toEqual(['b', 'c']);
    expect(result.insights.brokers[0]).toMatchObject({
      label: 'B',
      group: 'zorg',
      bridgesGroups: ['veiligheid'],
      articulationPoint: true,
    });
    expect(result.insights.brokers[0]?.crossGroup).toBeGreaterThan(0);
  });

  it('reports how many actors each articulation point cuts off, and the bridge', () => {
    const points = result.insights.singlePointsOfFailure.articulationPoints;
    expect(points).toEqual([
      { id: 'b', label: 'B', cutOff: 2 },
      { id: 'c', label: 'C', cutOff: 2 },
    ]);
    expect(result.insights.singlePointsOfFailure.bridges).toEqual([['b', 'c']]);
    expect(result.insights.singlePointsOfFailure.singlePersonTies).toEqual([
      { organisations: ['ggz', 'pol'], person: 'b', ties: 1 },
    ]);
  });

  it('flags the actor in too many opgaven', () => {
    expect(result.insights.overloaded[0]).toMatchObject({ id: 'b', flagged: true, driver: 'opgaven' });
    expect(result.insights.overloaded.filter((o) => o.flagged).map((o) => o.id)).toEqual(['b']);
  });

  it('checks the template and suggests explained ties among participants', () => {
    expect(result.insights.missingPartners).toMatchObject({ templateId: 'tpl', missing: ['OM'] });
    expect(result.insights.unlinkedCoParticipants).toEqual([]);
    const suggestion = result.insights.suggestedTies.find(
      (s) => [s.source, s.target].sort().join() === 'a1,c',
    );
    expect(suggestion?.explanation).toBe('Werken allebei samen met B.');
  });
});
