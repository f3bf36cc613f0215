import { describe, expect, it } from 'vitest';
import { missingPartners } from './missing-partners.ts';
import { singlePersonTies, unlinkedCoParticipants } from './organisation-ties.ts';
import { overload, percentile } from './overload.ts';

const person = (id: string, organisationId: string, type: string, domain: string, participant = true) => ({
  id,
  kind: 'person',
  organisationId,
  organisationIds: [organisationId],
  type,
  domain,
  participant,
});

describe('missingPartners', () => {
  const network = {
    nodes: [
      person('anna', 'gem', 'gemeente', 'bestuur'),
      person('bram', 'pol', 'politie', 'veiligheid'),
      person('bea', 'pol', 'politie', 'veiligheid'),
      person('eva', 'ggz', 'ggz', 'zorg'),
      person('kees', 'om', 'openbaar ministerie', 'justitie', false),
    ],
    edges: [
      { source: 'anna', target: 'bram' },
      { source: 'bram', target: 'bea' },
      { source: 'eva', target: 'kees' },
    ],
  };
  const roles = [
    { id: 'r1', label: 'Gemeente', orgType: 'gemeente' },
    { id: 'r2', label: 'Politie', orgType: 'Politie' },
    { id: 'r3', label: 'Openbaar Ministerie', orgType: 'openbaar ministerie' },
    { id: 'r4', label: 'Zorg', domain: 'zorg' },
    { id: 'r5', label: 'Twee zorgpartners', domain: 'zorg', minCount: 2 },
  ];
  const result = missingPartners(network, roles);

  it('finds the role no participant fills, even when a non-participant could fill it', () => {
    expect(result.missing).toEqual(['Openbaar Ministerie']);
    expect(result.roles[2]).toMatchObject({ status: 'missing', participants: [] });
  });

  it('marks roles resting on one person and roles below their minimum', () => {
    expect(result.roles[0]).toMatchObject({
      status: 'single-person',
      participants: ['anna'],
      organisations: ['gem'],
    });
    expect(result.roles[1]).toMatchObject({
      status: 'filled',
      participants: ['bea', 'bram'],
      organisations: ['pol'],
    });
    expect(result.roles[4]?.status).toBe('below-minimum');
    expect(result.singlePerson).toEqual(['Gemeente', 'Zorg']);
  });

  it('names participants who fill a role but are tied to no other participant', () => {
    expect(result.isolated).toEqual(['eva']);
    expect(result.coverage).toBeCloseTo(4 / 5, 12);
  });
});

describe('organisation ties', () => {
  const network = {
    nodes: [
      person('a1', 'A', 'x', 'zorg'),
      person('a2', 'A', 'x', 'zorg'),
      person('b1', 'B', 'y', 'veiligheid'),
      person('b2', 'B', 'y', 'veiligheid'),
      person('c1', 'C', 'z', 'wonen'),
      { id: 'D', kind: 'organisation' },
      { id: 'E', kind: 'organisation' },
    ],
    edges: [
      { source: 'a1', target: 'b1' },
      { source: 'a1', target: 'b2' },
      { source: 'a2', target: 'b1' },
      { source: 'b1', target: 'c1' },
      { source: 'b1', target: 'c1', kind: 'informeel' },
      { source: 'D', target: 'a2' },
      { source: 'D', target: 'E' },
    ],
  };

  it('lists participating organisations that no tie joins', () => {
    expect(unlinkedCoParticipants(['A', 'B', 'C', 'E'], network)).toEqual([
      { organisations: ['A', 'C'] },
      { organisations: ['A', 'E'] },
      { organisations: ['B', 'E'] },
      { organisations: ['C', 'E'] },
    ]);
  });

  it('finds organisation pairs whose whole tie rests on one person', () => {
    expect(singlePersonTies(network)).toEqual([
      { organisations: ['A', 'D'], person: 'a2', ties: 1 },
      { organisations: ['B', 'C'], person: 'b1', ties: 2 },
    ]);
  });
});

describe('overload', () => {
  it('computes the documented index against the 90th percentile and flags above the threshold', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    const ids = Array.from({ length: 11 }, (_, i) => `n${i}`);
    const degree = Object.fromEntries(ids.map((id, i) => [id, i]));
    const opgaven = Object.fromEntries(ids.map((id) => [id, 1]));
    const betweenness = Object.fromEntries(ids.map((id) => [id, 0]));
    opgaven.n10 = 6;
    const result = overload({ opgaven, degree, betweenness }, { threshold: 1.5 });
    // P90(opgaven) = 1, P90(degree) = 9, betweenness left out: n10 = (6/1 + 10/9) / 2
    expect(result[0]).toMatchObject({ id: 'n10', driver: 'opgaven', flagged: true });
    expect(result[0]?.index).toBeCloseTo((6 + 10 / 9) / 2, 12);
    expect(result.filter((r) => r.flagged).map((r) => r.id)).toEqual(['n10']);
  });
});
