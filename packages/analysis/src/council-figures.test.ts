import type { Network, NetworkNode } from '@regiekaart/model';
import { describe, expect, it } from 'vitest';
import { councilFigures } from './council-figures.ts';

const org = (id: string, domain: string): NetworkNode => ({ id, label: id, kind: 'organisation', domain });
const tie = (source: string, target: string) => ({
  id: `${source}-${target}`,
  source,
  target,
  kind: 'overleg',
  strength: 1,
  directed: false,
});

// A - B - C - D, and B - D: B is the only way to A
const network: Network = {
  nodes: [
    org('A', 'zorg'),
    org('B', 'zorg'),
    org('C', 'veiligheid'),
    org('D', 'justitie'),
    { id: 'p', label: 'p', kind: 'person', domain: 'zorg' },
  ],
  edges: [tie('A', 'B'), tie('B', 'C'), tie('C', 'D'), tie('B', 'D'), tie('D', 'B')],
};

describe('councilFigures', () => {
  it('counts partners, ties across domains, brokers, density, components and single points of failure', () => {
    const figures = councilFigures(network, '2026-01-01', { zorg: 'Zorg' });
    expect(figures).toEqual({
      date: '2026-01-01',
      partners: 4,
      partnersPerDomain: [
        { domain: 'zorg', label: 'Zorg', partners: 2 },
        { domain: 'justitie', label: 'justitie', partners: 1 },
        { domain: 'veiligheid', label: 'veiligheid', partners: 1 },
      ],
      ties: 4,
      crossDomainTies: 3,
      brokers: 3,
      density: 4 / 6,
      components: 1,
      singlePointsOfFailure: ['B'],
    });
  });

  it('gives zeros for a network without ties', () => {
    const figures = councilFigures({ nodes: [org('A', 'zorg')], edges: [] }, '2026-01-01', {});
    expect(figures).toMatchObject({
      partners: 0,
      ties: 0,
      density: 0,
      components: 0,
      singlePointsOfFailure: [],
    });
  });
});
