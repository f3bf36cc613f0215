import type { DatasetInput } from '@regiekaart/model';

/**
 * A hand-made network small enough to know every answer:
 * Cor moves from GGZ to Reclassering on 2023-01-01; Anna and Bram have two ties (one person-pair);
 * the OM has no people and no ties.
 */
export const smallNetwork: DatasetInput = {
  organisations: [
    {
      id: 'gem',
      name: 'Gemeente Sittard-Geleen',
      shortName: 'Gem. S-G',
      domain: 'bestuur',
      type: 'gemeente',
    },
    { id: 'gem-oov', name: 'Team OOV', domain: 'veiligheid', type: 'gemeente', parentId: 'gem' },
    { id: 'pol', name: 'Politie Limburg', domain: 'veiligheid', type: 'politie' },
    { id: 'ggz', name: 'Mondriaan', domain: 'zorg', type: 'ggz' },
    { id: 'rec', name: 'Reclassering Nederland', domain: 'justitie', type: 'reclassering' },
    { id: 'om', name: 'Openbaar Ministerie', domain: 'justitie', type: 'openbaar ministerie' },
  ],
  people: [
    {
      id: 'p1',
      name: 'Anna Bakker',
      function: 'procesregisseur',
      memberships: [{ organisationId: 'gem-oov' }],
    },
    { id: 'p2', name: 'Bram Claessens', function: 'wijkagent', memberships: [{ organisationId: 'pol' }] },
    {
      id: 'p3',
      name: 'Cor Dassen',
      function: 'casusregisseur',
      memberships: [
        { organisationId: 'ggz', since: '2020-01-01', until: '2022-12-31' },
        { organisationId: 'rec', since: '2023-01-01' },
      ],
    },
    { id: 'p4', name: 'Dirk Eurlings', function: 'rechercheur', memberships: [{ organisationId: 'pol' }] },
    { id: 'p5', name: 'Eva Frissen', function: 'FACT-behandelaar', memberships: [{ organisationId: 'ggz' }] },
    {
      id: 'p6',
      name: 'Fenna Gulpen',
      function: 'reclasseringswerker',
      memberships: [{ organisationId: 'rec' }],
    },
  ],
  links: [
    { id: 'l1', sourceId: 'p1', targetId: 'p2', kind: 'casusoverleg', strength: 4, since: '2019-03-01' },
    { id: 'l2', sourceId: 'p2', targetId: 'p4', kind: 'informeel', strength: 3 },
    {
      id: 'l3',
      sourceId: 'p1',
      targetId: 'p3',
      kind: 'casusoverleg',
      strength: 3,
      since: '2021-01-01',
      until: '2022-06-30',
    },
    { id: 'l4', sourceId: 'p3', targetId: 'p5', kind: 'overleg', strength: 5 },
    {
      id: 'l5',
      sourceId: 'p4',
      targetId: 'p5',
      kind: 'doorverwijzing',
      strength: 2,
      directed: true,
      since: '2023-01-01',
    },
    { id: 'l6', sourceId: 'pol', targetId: 'ggz', kind: 'convenant', strength: 3, directed: false },
    { id: 'l7', sourceId: 'p2', targetId: 'p1', kind: 'informeel', strength: 2 },
    { id: 'l8', sourceId: 'p5', targetId: 'p6', kind: 'casusoverleg', strength: 3 },
  ],
  templates: [
    {
      id: 'tpl-zvh',
      name: 'ZVH-minimum',
      roles: [
        { label: 'Gemeente', orgType: 'gemeente' },
        { label: 'Politie', orgType: 'politie' },
        { label: 'Openbaar Ministerie', orgType: 'openbaar ministerie' },
      ],
    },
  ],
  opgaven: [
    {
      id: 'op1',
      name: 'Aanpak personen met verward gedrag',
      level: 'lokaal',
      kind: 'opgave',
      status: 'actief',
      templateId: 'tpl-zvh',
      participants: [
        { actorId: 'p1', role: 'regisseur' },
        { actorId: 'p2', role: 'kernpartner' },
        { actorId: 'p5', role: 'partner' },
      ],
    },
    {
      id: 'c1',
      name: 'Casus WM-2024-001',
      code: 'WM-2024-001',
      level: 'individueel',
      kind: 'casus',
      status: 'actief',
      participants: [
        { actorId: 'p1', role: 'regisseur' },
        { actorId: 'p4', role: 'partner' },
      ],
    },
  ],
};
