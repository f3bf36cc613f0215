import type { Network, Organisation } from '@regiekaart/model';
import { describe, expect, it } from 'vitest';
import { rankCandidates } from './role-candidates.ts';

const organisation = (id: string, name: string, region: string | null): Organisation =>
  ({
    id,
    name,
    shortName: null,
    domain: 'bestuur',
    type: 'gemeente',
    parentId: null,
    region,
    note: null,
  }) as Organisation;

const candidates = [
  organisation('gem-a', 'Gemeente Aa', 'Parkstad'),
  organisation('gem-b', 'Gemeente Beek', 'Westelijke Mijnstreek'),
  organisation('gem-s', 'Gemeente Stein', 'westelijke mijnstreek '),
  organisation('gem-k', 'Gemeente Kerkrade', 'Parkstad'),
];

describe('rankCandidates', () => {
  it('puts the opgave’s region first, then ties with participants at organisation level, then the name', () => {
    const network = {
      nodes: [
        { id: 'politie', label: 'Politie', kind: 'organisation', participant: true },
        { id: 'ggz', label: 'GGZ', kind: 'organisation', participant: true },
        { id: 'gem-k', label: 'Kerkrade', kind: 'organisation', participant: false },
        { id: 'gem-s', label: 'Stein', kind: 'organisation', participant: false },
      ],
      edges: [
        { id: 'e1', source: 'gem-k', target: 'politie' },
        { id: 'e2', source: 'ggz', target: 'gem-k' },
        { id: 'e3', source: 'gem-s', target: 'politie' },
        // a tie between two participants counts for neither
        { id: 'e4', source: 'politie', target: 'ggz' },
      ],
    } as unknown as Network;
    const ranked = rankCandidates(candidates, { region: 'Westelijke Mijnstreek', network });
    expect(ranked.map((c) => c.organisation.id)).toEqual(['gem-s', 'gem-b', 'gem-k', 'gem-a']);
    expect(ranked.map((c) => [c.sameRegion, c.tiedParticipants])).toEqual([
      [true, 1],
      [true, 0],
      [false, 2],
      [false, 0],
    ]);
  });

  it('counts the ties of an organisation’s people at person level, each participant once', () => {
    const network = {
      nodes: [
        { id: 'p1', label: 'Deelnemer 1', kind: 'person', participant: true },
        { id: 'p2', label: 'Deelnemer 2', kind: 'person', participant: true },
        { id: 'a1', label: 'Ambtenaar Aa', kind: 'person', organisationIds: ['gem-a'] },
        { id: 'a2', label: 'Ambtenaar Aa 2', kind: 'person', organisationId: 'gem-a' },
      ],
      edges: [
        { id: 'e1', source: 'a1', target: 'p1' },
        { id: 'e2', source: 'p1', target: 'a2' },
        { id: 'e3', source: 'a2', target: 'p2' },
      ],
    } as unknown as Network;
    const ranked = rankCandidates(candidates, { region: null, network });
    expect(ranked[0]?.organisation.id).toBe('gem-a');
    expect(ranked[0]?.tiedParticipants).toBe(2);
    expect(ranked.every((c) => !c.sameRegion)).toBe(true);
    expect(ranked.slice(1).map((c) => c.organisation.name)).toEqual([
      'Gemeente Beek',
      'Gemeente Kerkrade',
      'Gemeente Stein',
    ]);
  });
});
