import type { Dataset } from '@regiekaart/model';

/** A small store that touches every tricky case the codecs must carry. */
export const SAMPLE_DATASET: Dataset = {
  format: 'regiekaart',
  version: 1,
  domains: [{ code: 'sociaal_domein', label: 'Sociaal domein' }],
  linkKinds: [{ code: 'casusoverleg', label: 'Casusoverleg' }],
  organisations: [
    {
      id: 'gem-utrecht',
      name: 'Gemeente Utrecht',
      shortName: 'GU',
      domain: 'bestuur',
      type: 'gemeente',
      parentId: null,
      region: 'Utrecht',
      note: 'Opdrachtgever; "regie" ligt hier',
    },
    {
      id: 'buurtteam-oost',
      name: 'Buurtteam Oost',
      shortName: null,
      domain: 'sociaal_domein',
      type: 'buurtteam',
      parentId: 'gem-utrecht',
      region: 'Utrecht',
      note: '=HYPERLINK("https://example.org","klik")',
    },
    {
      id: 'politie-mn',
      name: 'Politie <Midden-Nederland> & Oost',
      domain: 'veiligheid',
      type: 'politie',
      note: 'regel 1\nregel 2; met puntkomma, komma\ten tab',
    },
  ],
  people: [
    {
      id: 'p-anna',
      name: 'Anna de Vries',
      function: 'Netwerkregisseur',
      note: '+31 6 12345678',
      memberships: [
        {
          id: 'm-anna-1',
          organisationId: 'gem-utrecht',
          role: 'regisseur',
          since: '2021-01-01',
          until: '2023-12-31',
        },
        { id: 'm-anna-2', organisationId: 'buurtteam-oost', role: 'coördinator', since: '2024-01-01' },
      ],
    },
    {
      id: 'p-bram',
      name: "Bram 't Hart",
      function: null,
      memberships: [{ organisationId: 'politie-mn', role: 'wijkagent' }],
    },
    { id: 'p-cees', name: 'Cees', memberships: [] },
  ],
  links: [
    {
      id: 'l-1',
      sourceId: 'p-anna',
      targetId: 'p-bram',
      kind: 'casusoverleg',
      strength: 4,
      directed: false,
      since: '2022-03-01',
      until: null,
      source: 'observed',
      recordedBy: 'Anna',
      confidence: 'hoog',
      note: '@team: "kort" <overleg> & meer\nnieuwe regel',
    },
    {
      id: 'l-2',
      sourceId: 'gem-utrecht',
      targetId: 'politie-mn',
      kind: 'financiering',
      strength: 2,
      directed: true,
      since: '2020-01-01',
      until: '2025-12-31',
      source: 'document',
      confidence: 'middel',
      note: '-korting',
    },
    {
      id: 'l-3',
      sourceId: 'p-cees',
      targetId: 'buurtteam-oost',
      kind: 'informeel',
      strength: 1,
      directed: true,
    },
  ],
  templates: [
    {
      id: 't-1',
      name: 'Zorg en veiligheid',
      roles: [{ label: 'Politie', orgType: 'politie', minCount: 1 }],
    },
  ],
  opgaven: [
    {
      id: 'o-1',
      name: 'Aanpak overlast',
      level: 'lokaal',
      kind: 'casus',
      code: 'WM-2024-017',
      status: 'actief',
      templateId: 't-1',
      participants: [{ actorId: 'p-anna', role: 'regisseur' }],
    },
  ],
  annotations: [
    {
      id: 'a-1',
      targetType: 'link',
      targetId: 'l-1',
      text: 'Check',
      tags: ['actie'],
      isAction: true,
      actionStatus: 'open',
    },
  ],
  views: [
    {
      id: 'v-1',
      name: 'Kaart',
      positions: { 'p-anna': { x: 1, y: 2 } },
      filters: { level: 'person' },
      styling: { showLabels: true },
    },
  ],
  presentations: [
    {
      id: 'prs-1',
      name: 'Jaarverslag',
      purpose: 'Raad',
      raad: true,
      steps: [{ viewId: 'v-1', title: 'Het netwerk' }],
    },
  ],
};

/** Drops null and undefined fields at any depth: how an exported empty field comes back. */
export function withoutEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEmpty) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== null && item !== undefined)
      .map(([key, item]) => [key, withoutEmpty(item)]),
  ) as T;
}
