/**
 * Generates the fictional sample network of the three Zuid-Limburg Zorg- en Veiligheidshuizen
 * (`zuid-limburg.json`) and the list of its built-in cases (`zuid-limburg.cases.json`).
 *
 *   npx tsx data-samples/generate-zuid-limburg.ts
 *
 * Deterministic: all randomness comes from one seeded PRNG and no clock is read, so running it
 * again reproduces both files byte for byte (tests/sample-network.test.ts checks this).
 * Organisation names are real public organisation types and names; every person is invented.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type Confidence,
  type Dataset,
  DatasetSchema,
  DEFAULT_DOMAINS,
  DEFAULT_LINK_KINDS,
  type LinkSource,
  type OpgaveLevel,
  type OpgaveStatus,
  type ParticipantRole,
} from '@regiekaart/model';

// ---------------------------------------------------------------- types

type Organisation = Dataset['organisations'][number];
type Person = Dataset['people'][number];
type Membership = Person['memberships'][number];
type Link = Dataset['links'][number];
type Template = Dataset['templates'][number];
type Opgave = Dataset['opgaven'][number];
type Participant = Opgave['participants'][number];
type Annotation = Dataset['annotations'][number];
type View = Dataset['views'][number];
type DomainCode = (typeof DEFAULT_DOMAINS)[number]['code'];
type LinkKind = (typeof DEFAULT_LINK_KINDS)[number]['code'];
type RegionCode = 'WM' | 'PS' | 'MH';

/** Ids of the built-in cases, written to `zuid-limburg.cases.json`. */
export interface SampleCases {
  description: string;
  cooperationStart: string;
  regions: string[];
  broker: string;
  brokerOrganisation: string;
  brokerCluster: string[];
  brokerClusterOrganisation: string;
  overloadedHub: string;
  missingPartnerOpgave: {
    opgaveId: string;
    templateId: string;
    missingRole: string;
    missingOrgType: string;
    singlePersonRole: string;
    singlePerson: string;
  };
  unlinkedPair: { opgaveId: string; organisations: [string, string] };
  singlePersonTie: { organisations: [string, string]; personId: string; linkIds: string[] };
  crossZvhTies: { before: number; after: number };
}

export interface GeneratedSample {
  dataset: Dataset;
  cases: SampleCases;
}

// ---------------------------------------------------------------- randomness and dates

/** mulberry32: a small, fast, seedable 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  float(): number {
    return this.next();
  }

  /** An integer in [min, max], both ends inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('generate-zuid-limburg: pick from an empty list');
    return item;
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** Picks one item with probability proportional to its weight; undefined when all weights are 0. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T | undefined {
    const weights = items.map(weight);
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (total <= 0) return undefined;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return items[i];
    }
    return items[items.length - 1];
  }
}

/** Code-point order: unlike localeCompare it does not depend on the ICU collation of the machine. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const DAY_MS = 86_400_000;
const toDay = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const toIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const SEED = 20211001;
const EXPORTED_AT = '2026-11-01T09:00:00.000Z';
const COOPERATION_START = '2021-10-01';
const START = toDay('2019-01-01');
/** The last day a tie may start on. */
const END = toDay('2026-09-30');
/** The last day a recorded `until` may fall on. */
const HORIZON = toDay('2026-10-31');
const COOP = toDay(COOPERATION_START);
/** Opgaven and casussen a person may take part in, the overloaded hub excepted. */
const PARTICIPATION_CAP = 6;

const REGION_NAME: Record<RegionCode, string> = {
  WM: 'Westelijke Mijnstreek',
  PS: 'Parkstad',
  MH: 'Maastricht Heuvelland',
};
const ALL_REGIONS: readonly RegionCode[] = ['WM', 'PS', 'MH'];
const ZUID_LIMBURG = 'Zuid-Limburg';

// ---------------------------------------------------------------- organisations

interface OrgSpec {
  id: string;
  name: string;
  shortName?: string;
  domain: DomainCode;
  type: string;
  /** Key into FUNCTIONS; defaults to `type`. */
  profile?: string;
  parentId?: string;
  /** One region: a local organisation; several: it works across Zuid-Limburg. */
  regions: readonly RegionCode[];
  size: number;
  note?: string;
}

const WM: readonly RegionCode[] = ['WM'];
const PS: readonly RegionCode[] = ['PS'];
const MH: readonly RegionCode[] = ['MH'];

const ORG_SPECS: readonly OrgSpec[] = [
  // Westelijke Mijnstreek
  {
    id: 'org-gem-sittard-geleen',
    name: 'Gemeente Sittard-Geleen',
    domain: 'bestuur',
    type: 'gemeente',
    regions: WM,
    size: 4,
  },
  {
    id: 'org-gem-sg-oov',
    name: 'Team Openbare Orde en Veiligheid Sittard-Geleen',
    shortName: 'OOV Sittard-Geleen',
    domain: 'veiligheid',
    type: 'gemeente',
    profile: 'oov',
    parentId: 'org-gem-sittard-geleen',
    regions: WM,
    size: 5,
    note: 'Opdrachtgever van de regisseurs in het Zorg- en Veiligheidshuis Westelijke Mijnstreek.',
  },
  {
    id: 'org-gem-sg-wijkteam',
    name: 'Sociaal wijkteam Sittard-Geleen',
    shortName: 'Wijkteam Sittard-Geleen',
    domain: 'sociaal_domein',
    type: 'wijkteam',
    parentId: 'org-gem-sittard-geleen',
    regions: WM,
    size: 8,
  },
  { id: 'org-gem-beek', name: 'Gemeente Beek', domain: 'bestuur', type: 'gemeente', regions: WM, size: 2 },
  { id: 'org-gem-stein', name: 'Gemeente Stein', domain: 'bestuur', type: 'gemeente', regions: WM, size: 2 },
  {
    id: 'org-zvh-wm',
    name: 'Zorg- en Veiligheidshuis Westelijke Mijnstreek',
    shortName: 'ZVH Westelijke Mijnstreek',
    domain: 'veiligheid',
    type: 'zorg- en veiligheidshuis',
    profile: 'zvh',
    regions: WM,
    size: 9,
    note: 'Huisvest vertegenwoordigers van 28 partners onder één dak (jeugd en volwassenen op aangrenzende gangen). Zeven regisseurs.',
  },
  {
    id: 'org-politie-wm',
    name: 'Politie Limburg, basisteam Westelijke Mijnstreek',
    shortName: 'Politie WM',
    domain: 'veiligheid',
    type: 'politie',
    regions: WM,
    size: 9,
  },
  {
    id: 'org-piw',
    name: 'Partners in Welzijn',
    shortName: 'PIW',
    domain: 'sociaal_domein',
    type: 'welzijn',
    regions: WM,
    size: 6,
  },
  { id: 'org-zowonen', name: 'ZOwonen', domain: 'wonen', type: 'woningcorporatie', regions: WM, size: 4 },
  { id: 'org-koraal', name: 'Koraal', domain: 'zorg', type: 'gehandicaptenzorg', regions: WM, size: 4 },
  {
    id: 'org-sz-wm',
    name: 'Sociale Zaken Westelijke Mijnstreek',
    domain: 'werk_en_inkomen',
    type: 'sociale dienst',
    regions: WM,
    size: 4,
  },
  {
    id: 'org-rmc-wm',
    name: 'Leerplicht en RMC Westelijke Mijnstreek',
    domain: 'onderwijs',
    type: 'leerplicht',
    regions: WM,
    size: 3,
  },
  {
    id: 'org-zuyderland',
    name: 'Zuyderland Medisch Centrum',
    shortName: 'Zuyderland',
    domain: 'zorg',
    type: 'ziekenhuis',
    regions: ['WM', 'PS'],
    size: 4,
  },
  // Parkstad
  {
    id: 'org-gem-heerlen',
    name: 'Gemeente Heerlen',
    domain: 'bestuur',
    type: 'gemeente',
    regions: PS,
    size: 4,
  },
  {
    id: 'org-gem-heerlen-oov',
    name: 'Team Openbare Orde en Veiligheid Heerlen',
    shortName: 'OOV Heerlen',
    domain: 'veiligheid',
    type: 'gemeente',
    profile: 'oov',
    parentId: 'org-gem-heerlen',
    regions: PS,
    size: 4,
  },
  {
    id: 'org-gem-heerlen-wijkteam',
    name: 'Sociale wijkteams Heerlen',
    shortName: 'Wijkteams Heerlen',
    domain: 'sociaal_domein',
    type: 'wijkteam',
    parentId: 'org-gem-heerlen',
    regions: PS,
    size: 8,
  },
  {
    id: 'org-gem-kerkrade',
    name: 'Gemeente Kerkrade',
    domain: 'bestuur',
    type: 'gemeente',
    regions: PS,
    size: 3,
  },
  {
    id: 'org-gem-landgraaf',
    name: 'Gemeente Landgraaf',
    domain: 'bestuur',
    type: 'gemeente',
    regions: PS,
    size: 2,
  },
  {
    id: 'org-gem-brunssum',
    name: 'Gemeente Brunssum',
    domain: 'bestuur',
    type: 'gemeente',
    regions: PS,
    size: 2,
  },
  {
    id: 'org-zvh-ps',
    name: 'Zorg- en Veiligheidshuis Parkstad',
    shortName: 'ZVH Parkstad',
    domain: 'veiligheid',
    type: 'zorg- en veiligheidshuis',
    profile: 'zvh',
    regions: PS,
    size: 7,
    note: 'Druk met gemeentelijke taken die niet bij een Zorg- en Veiligheidshuis horen.',
  },
  {
    id: 'org-politie-ps',
    name: 'Politie Limburg, basisteam Parkstad',
    shortName: 'Politie Parkstad',
    domain: 'veiligheid',
    type: 'politie',
    regions: PS,
    size: 9,
  },
  { id: 'org-alcander', name: 'Alcander', domain: 'sociaal_domein', type: 'welzijn', regions: PS, size: 5 },
  {
    id: 'org-impuls',
    name: 'Impuls Kerkrade',
    domain: 'sociaal_domein',
    type: 'welzijn',
    regions: PS,
    size: 5,
  },
  { id: 'org-heemwonen', name: 'HEEMwonen', domain: 'wonen', type: 'woningcorporatie', regions: PS, size: 3 },
  {
    id: 'org-mondriaan-fact-ps',
    name: 'Mondriaan, FACT-team Parkstad',
    shortName: 'FACT Parkstad',
    domain: 'zorg',
    type: 'ggz',
    profile: 'fact',
    parentId: 'org-mondriaan',
    regions: PS,
    size: 12,
    note: 'Ambulant team voor ernstige psychiatrische aandoeningen en dubbele diagnose (ggz en verslaving).',
  },
  { id: 'org-arcus', name: 'Arcus College', domain: 'onderwijs', type: 'onderwijs', regions: PS, size: 3 },
  {
    id: 'org-pi-heerlen',
    name: 'Penitentiaire Inrichting Heerlen',
    shortName: 'PI Heerlen',
    domain: 'justitie',
    type: 'penitentiaire inrichting',
    regions: PS,
    size: 3,
  },
  // Maastricht Heuvelland
  {
    id: 'org-gem-maastricht',
    name: 'Gemeente Maastricht',
    domain: 'bestuur',
    type: 'gemeente',
    regions: MH,
    size: 5,
  },
  {
    id: 'org-gem-maastricht-oov',
    name: 'Team Openbare Orde en Veiligheid Maastricht',
    shortName: 'OOV Maastricht',
    domain: 'veiligheid',
    type: 'gemeente',
    profile: 'oov',
    parentId: 'org-gem-maastricht',
    regions: MH,
    size: 4,
  },
  {
    id: 'org-gem-eijsden-margraten',
    name: 'Gemeente Eijsden-Margraten',
    domain: 'bestuur',
    type: 'gemeente',
    regions: MH,
    size: 2,
  },
  {
    id: 'org-zvh-mh',
    name: 'Zorg- en Veiligheidshuis Maastricht Heuvelland',
    shortName: 'ZVH Maastricht Heuvelland',
    domain: 'veiligheid',
    type: 'zorg- en veiligheidshuis',
    profile: 'zvh',
    regions: MH,
    size: 7,
  },
  {
    id: 'org-politie-mh',
    name: 'Politie Limburg, basisteam Maastricht',
    shortName: 'Politie Maastricht',
    domain: 'veiligheid',
    type: 'politie',
    regions: MH,
    size: 9,
  },
  {
    id: 'org-trajekt',
    name: 'Trajekt',
    domain: 'sociaal_domein',
    type: 'welzijn',
    regions: MH,
    size: 8,
    note: 'Welzijnsorganisatie; levert ook de sociale wijkteams in Maastricht.',
  },
  { id: 'org-servatius', name: 'Servatius', domain: 'wonen', type: 'woningcorporatie', regions: MH, size: 3 },
  {
    id: 'org-sz-maastricht',
    name: 'Sociale Zaken Maastricht Heuvelland',
    domain: 'werk_en_inkomen',
    type: 'sociale dienst',
    regions: MH,
    size: 3,
  },
  // Across Zuid-Limburg
  {
    id: 'org-woonpunt',
    name: 'Woonpunt',
    domain: 'wonen',
    type: 'woningcorporatie',
    regions: ['MH', 'PS'],
    size: 4,
  },
  {
    id: 'org-vista',
    name: 'Vista college',
    domain: 'onderwijs',
    type: 'onderwijs',
    regions: ['MH', 'WM'],
    size: 3,
  },
  {
    id: 'org-om-limburg',
    name: 'Openbaar Ministerie, parket Limburg',
    shortName: 'OM Limburg',
    domain: 'justitie',
    type: 'openbaar ministerie',
    profile: 'om',
    regions: ALL_REGIONS,
    size: 7,
  },
  {
    id: 'org-rvdk',
    name: 'Raad voor de Kinderbescherming, regio Limburg',
    shortName: 'RvdK Limburg',
    domain: 'justitie',
    type: 'raad voor de kinderbescherming',
    profile: 'rvdk',
    regions: ALL_REGIONS,
    size: 4,
  },
  {
    id: 'org-rn',
    name: 'Reclassering Nederland, regio Zuid-Limburg',
    shortName: 'Reclassering Nederland',
    domain: 'justitie',
    type: 'reclassering',
    regions: ALL_REGIONS,
    size: 7,
  },
  {
    id: 'org-svg',
    name: 'Verslavingsreclassering GGZ, Zuid-Limburg',
    shortName: 'SVG',
    domain: 'justitie',
    type: 'reclassering',
    regions: ALL_REGIONS,
    size: 3,
  },
  {
    id: 'org-ldh-jbr',
    name: 'Leger des Heils Jeugdbescherming & Reclassering',
    shortName: 'LJ&R',
    domain: 'justitie',
    type: 'jeugdbescherming',
    regions: ALL_REGIONS,
    size: 4,
    note: 'Voert ook volwassenenreclassering uit.',
  },
  {
    id: 'org-jbl',
    name: 'Jeugdbescherming Limburg',
    domain: 'justitie',
    type: 'jeugdbescherming',
    regions: ALL_REGIONS,
    size: 4,
  },
  {
    id: 'org-vt-zl',
    name: 'Veilig Thuis Zuid-Limburg',
    shortName: 'Veilig Thuis',
    domain: 'veiligheid',
    type: 'veilig thuis',
    regions: ['MH', 'PS', 'WM'],
    size: 5,
  },
  {
    id: 'org-ggd-zl',
    name: 'GGD Zuid Limburg',
    shortName: 'GGD',
    domain: 'zorg',
    type: 'ggd',
    regions: ALL_REGIONS,
    size: 5,
    note: 'Met het meldpunt zorg en overlast.',
  },
  {
    id: 'org-mondriaan',
    name: 'Mondriaan',
    domain: 'zorg',
    type: 'ggz',
    regions: ['WM', 'MH'],
    size: 9,
  },
  {
    id: 'org-mondriaan-vz',
    name: 'Mondriaan Verslavingszorg',
    domain: 'zorg',
    type: 'verslavingszorg',
    parentId: 'org-mondriaan',
    regions: ['WM', 'MH'],
    size: 5,
  },
  { id: 'org-xonar', name: 'Xonar', domain: 'zorg', type: 'jeugdhulp', regions: ALL_REGIONS, size: 3 },
  {
    id: 'org-ldh-opvang',
    name: 'Leger des Heils, maatschappelijke opvang Zuid-Limburg',
    shortName: 'Leger des Heils opvang',
    domain: 'zorg',
    type: 'maatschappelijke opvang',
    regions: ['PS', 'MH'],
    size: 3,
  },
  {
    id: 'org-mee',
    name: 'MEE Zuid-Limburg',
    domain: 'sociaal_domein',
    type: 'cliëntondersteuning',
    regions: ALL_REGIONS,
    size: 3,
  },
  {
    id: 'org-uwv',
    name: 'UWV Zuid-Limburg',
    domain: 'werk_en_inkomen',
    type: 'uwv',
    regions: ALL_REGIONS,
    size: 3,
  },
  {
    id: 'org-kredietbank',
    name: 'Kredietbank Limburg',
    domain: 'werk_en_inkomen',
    type: 'schuldhulpverlening',
    regions: ALL_REGIONS,
    size: 3,
  },
];

/** Functions per organisation profile: the first person of an organisation of four or more leads it. */
const FUNCTIONS: Record<string, { lead: string; staff: readonly string[] }> = {
  gemeente: {
    lead: 'teammanager sociaal domein',
    staff: ['beleidsadviseur sociaal domein', 'adviseur zorg en veiligheid', 'accountmanager welzijn'],
  },
  oov: {
    lead: 'teammanager OOV',
    staff: [
      'beleidsmedewerker OOV',
      'adviseur bestuurlijke aanpak',
      'coördinator Wet verplichte ggz',
      'handhaver (boa)',
    ],
  },
  wijkteam: {
    lead: 'teamleider wijkteam',
    staff: ['wijkcoach', 'maatschappelijk werker', 'jeugdconsulent', 'Wmo-consulent'],
  },
  politie: {
    lead: 'teamchef',
    staff: [
      'wijkagent',
      'wijkagent',
      'operationeel expert',
      'jeugdagent',
      'coördinator verward gedrag',
      'rechercheur',
    ],
  },
  om: {
    lead: 'teamleider parket',
    staff: ['officier van justitie', 'parketsecretaris', 'officier van justitie', 'beleidsmedewerker OM'],
  },
  rvdk: { lead: 'teamleider', staff: ['raadsonderzoeker', 'raadsonderzoeker', 'jurist'] },
  reclassering: {
    lead: 'unitmanager',
    staff: ['reclasseringswerker', 'toezichthouder', 'adviseur reclassering', 'reclasseringswerker'],
  },
  jeugdbescherming: {
    lead: 'teamleider',
    staff: ['jeugdbeschermer', 'jeugdreclasseerder', 'gedragswetenschapper'],
  },
  'penitentiaire inrichting': {
    lead: 'hoofd casemanagement',
    staff: ['casemanager nazorg', 'medewerker maatschappelijke dienstverlening'],
  },
  zvh: {
    lead: 'manager Zorg- en Veiligheidshuis',
    staff: ['procesregisseur', 'casusregisseur', 'procesregisseur', 'netwerkregisseur', 'procesondersteuner'],
  },
  'veilig thuis': {
    lead: 'teamleider',
    staff: ['medewerker advies en meldingen', 'onderzoeker', 'casemanager', 'gedragswetenschapper'],
  },
  ggz: {
    lead: 'teamleider',
    staff: [
      'FACT-behandelaar',
      'sociaal-psychiatrisch verpleegkundige',
      'psychiater',
      'GZ-psycholoog',
      'ervaringsdeskundige',
    ],
  },
  fact: {
    lead: 'teamleider FACT',
    staff: [
      'FACT-behandelaar',
      'sociaal-psychiatrisch verpleegkundige',
      'psychiater',
      'verslavingsarts',
      'ervaringsdeskundige',
      'trajectbegeleider',
    ],
  },
  verslavingszorg: {
    lead: 'teamleider',
    staff: ['casemanager verslavingszorg', 'verslavingsarts', 'ambulant begeleider'],
  },
  ggd: {
    lead: 'coördinator OGGZ',
    staff: ['medewerker meldpunt zorg en overlast', 'arts maatschappij en gezondheid', 'OGGZ-consulent'],
  },
  ziekenhuis: {
    lead: 'teamleider spoedeisende hulp',
    staff: ['SEH-verpleegkundige', 'psychiater', 'medisch maatschappelijk werker'],
  },
  gehandicaptenzorg: {
    lead: 'teamleider',
    staff: ['LVB-consulent', 'ambulant begeleider', 'gedragskundige'],
  },
  jeugdhulp: { lead: 'teamleider', staff: ['jeugdhulpverlener', 'gezinscoach'] },
  'maatschappelijke opvang': {
    lead: 'teamleider opvang',
    staff: ['begeleider maatschappelijke opvang', 'woonbegeleider'],
  },
  welzijn: {
    lead: 'teamleider',
    staff: ['opbouwwerker', 'jongerenwerker', 'maatschappelijk werker', 'ouderenadviseur'],
  },
  cliëntondersteuning: { lead: 'teamleider', staff: ['cliëntondersteuner'] },
  woningcorporatie: {
    lead: 'teamleider wonen',
    staff: ['woonconsulent', 'medewerker woonoverlast', 'wijkconsulent'],
  },
  uwv: { lead: 'teamleider', staff: ['werkcoach', 'arbeidsdeskundige'] },
  'sociale dienst': { lead: 'teamleider', staff: ['klantmanager', 'inkomensconsulent', 'klantmanager'] },
  schuldhulpverlening: { lead: 'teamleider', staff: ['schuldhulpverlener', 'budgetcoach'] },
  onderwijs: {
    lead: 'teamleider zorg',
    staff: ['zorgcoördinator', 'schoolmaatschappelijk werker', 'mentor'],
  },
  leerplicht: { lead: 'teamleider', staff: ['leerplichtambtenaar', 'RMC-trajectbegeleider'] },
};

// biome-ignore format: a compact list reads better than one name per line
const FIRST_NAMES = [
  'Anouk', 'Bas', 'Bianca', 'Bram', 'Carola', 'Chantal', 'Danny', 'Dennis', 'Dewi', 'Dirk', 'Els', 'Emma',
  'Esther', 'Fatima', 'Femke', 'Frank', 'Gerda', 'Germaine', 'Guido', 'Hanneke', 'Hans', 'Huub', 'Ilse',
  'Imane', 'Ingrid', 'Ivo', 'Jasper', 'Jeroen', 'Joep', 'Jolanda', 'Jos', 'Judith', 'Karin', 'Kevin', 'Kim',
  'Lars', 'Laura', 'Lieke', 'Linda', 'Loes', 'Luc', 'Maaike', 'Marco', 'Marieke', 'Marloes', 'Martijn',
  'Maud', 'Meryem', 'Mieke', 'Mireille', 'Mohamed', 'Monique', 'Nadia', 'Nathalie', 'Nicole', 'Niels', 'Noor',
  'Patrick', 'Paul', 'Peggy', 'Pieter', 'Ramon', 'Raymond', 'Remco', 'Rianne', 'Rik', 'Rob', 'Roel', 'Ruud',
  'Sandra', 'Sanne', 'Sevda', 'Sjef', 'Sjoerd', 'Sophie', 'Stefan', 'Suzanne', 'Thijs', 'Tom', 'Twan', 'Vera',
  'Wendy', 'Wiel', 'Youssef', 'Yvonne',
] as const;

// biome-ignore format: a compact list reads better than one name per line
const LAST_NAMES = [
  'Janssen', 'Hermans', 'Smeets', 'Jacobs', 'Peeters', 'Wolfs', 'Vrancken', 'Schoonbrood', 'Coenen', 'Didden',
  'Brouns', 'Habets', 'Vleugels', 'Lemmens', 'Ramakers', 'Bemelmans', 'Crombach', 'Houben', 'Kleijnen',
  'Meijers', 'Frissen', 'Willems', 'Jongen', 'Lenssen', 'Hendriks', 'Thissen', 'Penders', 'Stassen',
  'Pluijmen', 'Dassen', 'Geurts', 'Vossen', 'Heuts', 'Simons', 'Wetzels', 'Paulussen', 'Schepers',
  'Notermans', 'Dautzenberg', 'Offermans', 'Sijben', 'Bovens', 'Claessens', 'Kurvers', 'Gielen', 'Ubachs',
  'Bours', 'Debets', 'Keulen', 'Moonen', 'Bessems', 'Quaedvlieg', 'Kerckhoffs', 'Op den Camp', 'van de Wiel',
  'van der Heijden', 'El Amrani', 'Yilmaz', 'Bakker', 'de Vries', 'Erkens', 'Hamers', 'Lardinois', 'Maessen',
  'Nijsten', 'Ortmans', 'Pelzer', 'Rutten', 'Senden', 'Tummers', 'Urlings', 'Vaessen', 'Winthagen', 'Zeelen',
  'Mertens', 'Schiffelers', 'Vliegen', 'Bonten', 'Knops', 'Prevoo', 'Sleijpen', 'Wijnands', 'Beckers',
  'Leunissen', 'Bisschops', 'Kessels', 'El Idrissi', 'Aydin', 'Bouzidi', 'van Gulpen',
] as const;

const CASUS_DESCRIPTIONS = [
  'Stapeling van problemen: verslaving, schulden en overlast in de wijk.',
  'Verward gedrag met herhaalde politiecontacten; zorg wordt gemeden.',
  'Huiselijk geweld in een gezin met minderjarige kinderen; strafrechtelijk traject en hulpverlening lopen naast elkaar.',
  'Jongvolwassene met politiecontacten, schooluitval en een licht verstandelijke beperking.',
  'Terugkeer na detentie: onderdak, inkomen en behandeling regelen.',
  'Dreigende huisuitzetting door woonoverlast en huurachterstand.',
  'Zorgmijdende bewoner met een vervuilde woning en meldingen van buren.',
  'Signalen van radicalisering bij een jongvolwassene; duiding en ondersteuning nodig.',
  'Meervoudige problematiek in een gezin: schulden, psychische klachten en zorgen om de kinderen.',
  'Signalen van ondermijning rond een woning; bestuurlijke maatregelen en zorg worden gecombineerd.',
] as const;

// ---------------------------------------------------------------- people

type PersonTag = 'regular' | 'mover' | 'detached' | 'newHire' | 'leaver';

interface Pro {
  id: string;
  name: string;
  func: string;
  spec: OrgSpec;
  /** Working region; for organisations across Zuid-Limburg also noted on the person. */
  region: RegionCode;
  /** Every organisation the person belongs or belonged to. */
  orgIds: string[];
  memberships: Membership[];
  from: number;
  to: number | null;
  tag: PersonTag;
  note?: string;
}

/** The special organisations of the built-in cases. */
const BROKER_ORG = 'org-zvh-ps';
const CLUSTER_ORG = 'org-mondriaan-fact-ps';
const HUB_ORG = 'org-zvh-wm';
const UNLINKED: [string, string] = ['org-servatius', 'org-mondriaan-vz'];
const SINGLE_TIE: [string, string] = ['org-koraal', 'org-politie-wm'];
const MISSING_PARTNER_TYPE = 'raad voor de kinderbescherming';
/** Organisation pairs whose people may not be tied by the random generator (either direction). */
const FORBIDDEN_ORG_PAIRS: readonly [readonly string[], readonly string[]][] = [
  [['org-servatius'], ['org-mondriaan', 'org-mondriaan-vz', 'org-mondriaan-fact-ps']],
  [['org-koraal'], ['org-politie-wm']],
];
/** Organisations kept out of moves and secondments, so the built-in cases stay clean. */
const PROTECTED_ORGS = new Set([
  CLUSTER_ORG,
  'org-servatius',
  'org-mondriaan',
  'org-mondriaan-vz',
  'org-koraal',
  'org-politie-wm',
  'org-rvdk',
  BROKER_ORG,
  HUB_ORG,
]);
/** Partners with a desk in the ZVH Westelijke Mijnstreek building ("de Kracht van Dichterbij!"). */
const COLOCATED_WM = [
  'org-politie-wm',
  'org-rn',
  'org-om-limburg',
  'org-gem-sg-oov',
  'org-gem-sg-wijkteam',
  'org-vt-zl',
  'org-piw',
  'org-mondriaan',
  'org-ldh-jbr',
  'org-jbl',
  'org-rvdk',
  'org-svg',
  'org-sz-wm',
  'org-ggd-zl',
] as const;

const DOMAIN_AFFINITY: Partial<Record<string, number>> = {
  'veiligheid|zorg': 1.0,
  'zorg|zorg': 1.2,
  'veiligheid|veiligheid': 1.2,
  'justitie|veiligheid': 1.5,
  'sociaal_domein|zorg': 1.2,
  'sociaal_domein|sociaal_domein': 1.0,
  'sociaal_domein|veiligheid': 0.9,
  'sociaal_domein|wonen': 1.0,
  'veiligheid|wonen': 0.8,
  'wonen|zorg': 0.5,
  'sociaal_domein|werk_en_inkomen': 1.2,
  'onderwijs|sociaal_domein': 0.8,
  'onderwijs|veiligheid': 0.5,
  'justitie|onderwijs': 0.5,
  'bestuur|veiligheid': 1.0,
  'bestuur|sociaal_domein': 1.0,
  'justitie|justitie': 1.0,
  'justitie|zorg': 0.6,
  'justitie|sociaal_domein': 0.5,
  'werk_en_inkomen|wonen': 0.6,
};

function affinity(a: DomainCode, b: DomainCode): number {
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  return DOMAIN_AFFINITY[key] ?? 0.3;
}

// ---------------------------------------------------------------- generator

interface SlotSpec {
  role: ParticipantRole;
  count: number;
  types?: readonly string[];
  domains?: readonly DomainCode[];
  functions?: readonly string[];
  orgIds?: readonly string[];
}

interface OpgaveSpec {
  id: string;
  name: string;
  description: string;
  level: OpgaveLevel;
  status: OpgaveStatus;
  templateId?: string;
  /** null: the opgave spans Zuid-Limburg. */
  region: RegionCode | null;
  since: string;
  until?: string;
  slots: readonly SlotSpec[];
  organisations?: readonly { id: string; role: ParticipantRole }[];
  hubRole?: ParticipantRole;
  brokerRole?: ParticipantRole;
  /** Only people with one membership, no early leavers: keeps the missing-partner case unambiguous. */
  strict?: boolean;
}

const ZVH_REGISSEURS = ['procesregisseur', 'casusregisseur', 'netwerkregisseur'] as const;

const OPGAVE_SPECS: readonly OpgaveSpec[] = [
  {
    id: 'opg-zl-samenwerking',
    name: 'Samenwerking Zuid-Limburgse Zorg- en Veiligheidshuizen',
    description:
      'Sinds 1 oktober 2021 werken de Zorg- en Veiligheidshuizen Westelijke Mijnstreek, Parkstad en Maastricht Heuvelland samen. Landelijke partners (OM, politie, reclassering) vroegen om uniforme werkwijzen.',
    level: 'regionaal',
    status: 'actief',
    templateId: 'tpl-zvh-minimum',
    region: null,
    since: COOPERATION_START,
    slots: [
      { role: 'regisseur', count: 3, functions: ['manager Zorg- en Veiligheidshuis'] },
      { role: 'kernpartner', count: 3, functions: ['teammanager OOV'] },
      { role: 'kernpartner', count: 2, types: ['politie'], functions: ['teamchef'] },
      { role: 'kernpartner', count: 2, types: ['openbaar ministerie'] },
      { role: 'kernpartner', count: 1, types: ['raad voor de kinderbescherming'] },
      { role: 'kernpartner', count: 2, types: ['reclassering'] },
      { role: 'partner', count: 2, types: ['welzijn'] },
    ],
    organisations: [
      { id: 'org-zvh-wm', role: 'kernpartner' },
      { id: 'org-zvh-ps', role: 'kernpartner' },
      { id: 'org-zvh-mh', role: 'kernpartner' },
    ],
    hubRole: 'adviseur',
  },
  {
    id: 'opg-zl-verward',
    name: 'Aanpak personen met verward gedrag Zuid-Limburg',
    description:
      'Regionale afspraken over signalering, vervoer, opvang en vervolgzorg voor personen met verward gedrag, van meldpunt tot wijkteam.',
    level: 'regionaal',
    status: 'actief',
    templateId: 'tpl-verward-gedrag',
    region: null,
    since: '2020-03-01',
    slots: [
      {
        role: 'regisseur',
        count: 1,
        types: ['gemeente'],
        functions: ['adviseur zorg en veiligheid', 'coördinator Wet verplichte ggz'],
      },
      { role: 'kernpartner', count: 2, types: ['politie'], functions: ['coördinator verward gedrag'] },
      { role: 'kernpartner', count: 2, types: ['ggz'] },
      { role: 'kernpartner', count: 1, types: ['ggd'] },
      { role: 'partner', count: 2, types: ['wijkteam'] },
      { role: 'partner', count: 1, types: ['woningcorporatie'] },
      { role: 'partner', count: 1, types: ['verslavingszorg'] },
    ],
    organisations: [{ id: 'org-ggd-zl', role: 'kernpartner' }],
    hubRole: 'adviseur',
  },
  {
    id: 'opg-zl-radicalisering',
    name: 'Signalering radicalisering en polarisatie Zuid-Limburg',
    description:
      'Gedeelde duiding van signalen van radicalisering; het overleg ligt stil tot er nieuwe afspraken zijn.',
    level: 'regionaal',
    status: 'gepauzeerd',
    region: null,
    since: '2019-05-01',
    slots: [
      { role: 'regisseur', count: 1, types: ['gemeente'], functions: ['beleidsmedewerker OOV'] },
      {
        role: 'kernpartner',
        count: 2,
        types: ['gemeente'],
        functions: ['beleidsmedewerker OOV', 'adviseur bestuurlijke aanpak'],
      },
      { role: 'kernpartner', count: 2, types: ['politie'] },
      { role: 'partner', count: 1, types: ['onderwijs'] },
      { role: 'partner', count: 2, types: ['welzijn'], functions: ['jongerenwerker'] },
      { role: 'adviseur', count: 1, types: ['ggz'] },
    ],
  },
  {
    id: 'opg-wm-pga',
    name: 'Persoonsgerichte aanpak Westelijke Mijnstreek',
    description:
      'Persoonsgerichte aanpak van inwoners met een stapeling van problemen op het snijvlak van zorg en veiligheid in Sittard-Geleen, Beek en Stein.',
    level: 'lokaal',
    status: 'actief',
    templateId: 'tpl-zvh-minimum',
    region: 'WM',
    since: '2019-01-15',
    slots: [
      { role: 'kernpartner', count: 2, types: ['gemeente'] },
      { role: 'kernpartner', count: 2, types: ['politie'] },
      { role: 'kernpartner', count: 2, types: ['openbaar ministerie'] },
      { role: 'kernpartner', count: 1, types: ['raad voor de kinderbescherming'] },
      { role: 'kernpartner', count: 2, types: ['reclassering'] },
      { role: 'partner', count: 2, types: ['welzijn'] },
      { role: 'partner', count: 1, types: ['ggz', 'verslavingszorg'] },
    ],
    hubRole: 'regisseur',
  },
  {
    id: 'opg-wm-verward',
    name: 'Aanpak personen met verward gedrag Westelijke Mijnstreek',
    description:
      'Lokale uitwerking van de regionale aanpak: één meldroute, snelle duiding en een vaste plek in het wijkteam.',
    level: 'lokaal',
    status: 'actief',
    templateId: 'tpl-verward-gedrag',
    region: 'WM',
    since: '2020-06-01',
    slots: [
      { role: 'regisseur', count: 1, types: ['gemeente'] },
      { role: 'kernpartner', count: 2, types: ['politie'] },
      { role: 'kernpartner', count: 1, types: ['ggz'] },
      { role: 'partner', count: 1, types: ['ggd'] },
      { role: 'partner', count: 2, types: ['wijkteam'] },
      { role: 'partner', count: 1, types: ['woningcorporatie'] },
      { role: 'partner', count: 1, types: ['verslavingszorg'] },
    ],
    hubRole: 'kernpartner',
  },
  {
    id: 'opg-wm-jeugd',
    name: 'Jeugdgroepen en ondermijning Sittard-Geleen',
    description:
      'Verkenning van een gezamenlijke aanpak van jeugdgroepen die betrokken raken bij drugshandel.',
    level: 'lokaal',
    status: 'verkenning',
    region: 'WM',
    since: '2026-03-01',
    slots: [
      {
        role: 'regisseur',
        count: 1,
        types: ['gemeente'],
        functions: ['adviseur bestuurlijke aanpak', 'beleidsmedewerker OOV'],
      },
      { role: 'kernpartner', count: 2, types: ['politie'] },
      { role: 'partner', count: 1, types: ['leerplicht'] },
      { role: 'partner', count: 1, types: ['onderwijs'] },
      { role: 'uitvoerder', count: 2, types: ['welzijn'] },
      { role: 'partner', count: 1, types: ['jeugdbescherming'] },
    ],
    hubRole: 'adviseur',
  },
  {
    id: 'opg-ps-pga',
    name: 'Persoonsgerichte aanpak Parkstad',
    description:
      'Persoonsgerichte aanpak van inwoners met meervoudige problematiek in Heerlen, Kerkrade, Landgraaf en Brunssum.',
    level: 'lokaal',
    status: 'actief',
    templateId: 'tpl-zvh-minimum',
    region: 'PS',
    since: '2020-01-01',
    strict: true,
    slots: [
      { role: 'regisseur', count: 1, types: ['zorg- en veiligheidshuis'], functions: ['casusregisseur'] },
      { role: 'kernpartner', count: 2, types: ['gemeente'] },
      { role: 'kernpartner', count: 2, types: ['politie'] },
      { role: 'kernpartner', count: 1, types: ['openbaar ministerie'], functions: ['officier van justitie'] },
      { role: 'kernpartner', count: 2, types: ['reclassering'] },
      { role: 'partner', count: 2, types: ['welzijn'] },
      { role: 'partner', count: 1, types: ['wijkteam'] },
    ],
  },
  {
    id: 'opg-ps-topx',
    name: 'Top-X aanpak Parkstad',
    description:
      'Aanpak naar het model van de Amsterdamse Top600 voor de inwoners van Parkstad die de meeste overlast en criminaliteit veroorzaken.',
    level: 'lokaal',
    status: 'actief',
    templateId: 'tpl-top-x',
    region: 'PS',
    since: '2022-04-01',
    slots: [
      { role: 'regisseur', count: 1, types: ['zorg- en veiligheidshuis'], functions: ['netwerkregisseur'] },
      { role: 'kernpartner', count: 2, types: ['gemeente'] },
      { role: 'kernpartner', count: 2, types: ['politie'] },
      { role: 'kernpartner', count: 1, types: ['openbaar ministerie'] },
      { role: 'kernpartner', count: 1, types: ['reclassering'] },
      { role: 'kernpartner', count: 1, types: ['jeugdbescherming'] },
      { role: 'partner', count: 1, domains: ['onderwijs'] },
      { role: 'partner', count: 1, domains: ['werk_en_inkomen'] },
      { role: 'partner', count: 1, domains: ['wonen'] },
      { role: 'partner', count: 2, domains: ['zorg'] },
    ],
    organisations: [{ id: 'org-gem-heerlen', role: 'kernpartner' }],
  },
  {
    id: 'opg-ps-nazorg',
    name: 'Nazorg ex-gedetineerden Parkstad',
    description:
      'Individuele trajecten voor terugkeer na detentie: identiteitsbewijs, onderdak, inkomen, schulden en zorg geregeld op de dag van ontslag.',
    level: 'individueel',
    status: 'actief',
    region: 'PS',
    since: '2021-01-01',
    slots: [
      { role: 'uitvoerder', count: 2, types: ['penitentiaire inrichting'] },
      { role: 'partner', count: 1, types: ['gemeente'] },
      { role: 'partner', count: 1, types: ['reclassering'] },
      { role: 'partner', count: 1, types: ['woningcorporatie'] },
      { role: 'partner', count: 1, domains: ['werk_en_inkomen'] },
      { role: 'uitvoerder', count: 1, types: ['welzijn'] },
    ],
    brokerRole: 'regisseur',
  },
  {
    id: 'opg-mh-huiselijk-geweld',
    name: 'Aanpak huiselijk geweld Maastricht Heuvelland',
    description:
      'Gezamenlijke aanpak van huiselijk geweld en kindermishandeling: veiligheid eerst, daarna herstel.',
    level: 'lokaal',
    status: 'actief',
    templateId: 'tpl-huiselijk-geweld',
    region: 'MH',
    since: '2019-09-01',
    slots: [
      { role: 'regisseur', count: 1, types: ['zorg- en veiligheidshuis'], functions: ZVH_REGISSEURS },
      { role: 'kernpartner', count: 1, types: ['veilig thuis'] },
      { role: 'kernpartner', count: 2, types: ['politie'] },
      { role: 'kernpartner', count: 1, types: ['openbaar ministerie'] },
      { role: 'kernpartner', count: 1, types: ['raad voor de kinderbescherming'] },
      { role: 'kernpartner', count: 1, types: ['jeugdbescherming'] },
      { role: 'partner', count: 2, domains: ['sociaal_domein'] },
      { role: 'partner', count: 1, types: ['reclassering'] },
      { role: 'partner', count: 1, domains: ['zorg'] },
    ],
  },
  {
    id: 'opg-mh-woonoverlast',
    name: 'Woonoverlast en verslaving Maastricht-Oost',
    description:
      'Aanpak van woonoverlast waarbij verslaving een rol speelt: vroeg signaleren, huurcontract en behandeling in samenhang.',
    level: 'lokaal',
    status: 'actief',
    region: 'MH',
    since: '2023-02-01',
    slots: [
      { role: 'regisseur', count: 1, types: ['zorg- en veiligheidshuis'], functions: ZVH_REGISSEURS },
      { role: 'kernpartner', count: 2, orgIds: ['org-servatius'] },
      { role: 'kernpartner', count: 2, orgIds: ['org-mondriaan-vz'] },
      { role: 'partner', count: 1, types: ['politie'] },
      { role: 'partner', count: 1, types: ['welzijn'] },
      { role: 'adviseur', count: 1, types: ['ggd'] },
    ],
  },
  {
    id: 'opg-wm-jongvolwassenen',
    name: 'Trajecten jongvolwassenen 18-24 Westelijke Mijnstreek',
    description:
      'Individuele trajecten voor jongvolwassenen die tussen jeugd- en volwassenenzorg en tussen jeugd- en volwassenenstrafrecht vallen.',
    level: 'individueel',
    status: 'actief',
    region: 'WM',
    since: '2022-09-01',
    slots: [
      { role: 'partner', count: 1, types: ['reclassering'] },
      { role: 'partner', count: 1, types: ['jeugdbescherming'] },
      { role: 'partner', count: 1, types: ['leerplicht', 'onderwijs'] },
      { role: 'uitvoerder', count: 1, types: ['sociale dienst'] },
      { role: 'uitvoerder', count: 1, types: ['wijkteam'] },
      { role: 'partner', count: 1, types: ['politie'] },
    ],
    hubRole: 'regisseur',
  },
  {
    id: 'opg-wm-woonplatform-beek',
    name: 'Pilot woonplatform Beek',
    description:
      'Pilot met een wekelijks woonplatform van gemeente, corporatie en wijkpartners; afgerond en geëvalueerd.',
    level: 'lokaal',
    status: 'afgesloten',
    region: 'WM',
    since: '2019-03-01',
    until: '2021-06-30',
    slots: [
      { role: 'regisseur', count: 1, orgIds: ['org-gem-beek'] },
      { role: 'kernpartner', count: 2, orgIds: ['org-zowonen'] },
      { role: 'partner', count: 1, types: ['welzijn'] },
      { role: 'partner', count: 1, types: ['politie'] },
      { role: 'uitvoerder', count: 1, types: ['wijkteam'] },
    ],
  },
];

const TEMPLATES: readonly Template[] = [
  {
    id: 'tpl-zvh-minimum',
    name: 'Zorg- en Veiligheidshuis: vaste partners',
    description:
      'Elk Zorg- en Veiligheidshuis heeft ten minste gemeenten, politie, Openbaar Ministerie, Raad voor de Kinderbescherming en reclasserings- en welzijnsorganisaties aan tafel.',
    roles: [
      { label: 'Gemeente', orgType: 'gemeente', minCount: 1 },
      { label: 'Politie', orgType: 'politie', minCount: 1 },
      { label: 'Openbaar Ministerie', orgType: 'openbaar ministerie', minCount: 1 },
      { label: 'Raad voor de Kinderbescherming', orgType: 'raad voor de kinderbescherming', minCount: 1 },
      { label: 'Reclassering', orgType: 'reclassering', minCount: 1 },
      { label: 'Welzijnsorganisatie', orgType: 'welzijn', minCount: 1 },
    ],
  },
  {
    id: 'tpl-verward-gedrag',
    name: 'Personen met verward gedrag',
    description:
      'Partners voor een sluitende aanpak van personen met verward gedrag, van melding tot vervolgzorg.',
    roles: [
      { label: 'Gemeente', orgType: 'gemeente', minCount: 1 },
      { label: 'Politie', orgType: 'politie', minCount: 1 },
      { label: 'GGZ', orgType: 'ggz', minCount: 1 },
      { label: 'GGD, meldpunt zorg en overlast', orgType: 'ggd', minCount: 1 },
      { label: 'Sociaal wijkteam', orgType: 'wijkteam', minCount: 1 },
      { label: 'Verslavingszorg', orgType: 'verslavingszorg', minCount: 1 },
      { label: 'Woningcorporatie', domain: 'wonen', minCount: 1 },
    ],
  },
  {
    id: 'tpl-huiselijk-geweld',
    name: 'Huiselijk geweld',
    description:
      'Partners bij huiselijk geweld en kindermishandeling: veiligheid, strafrecht, bescherming en hulp.',
    roles: [
      { label: 'Veilig Thuis', orgType: 'veilig thuis', minCount: 1 },
      { label: 'Politie', orgType: 'politie', minCount: 1 },
      { label: 'Openbaar Ministerie', orgType: 'openbaar ministerie', minCount: 1 },
      { label: 'Raad voor de Kinderbescherming', orgType: 'raad voor de kinderbescherming', minCount: 1 },
      { label: 'Jeugdbescherming', orgType: 'jeugdbescherming', minCount: 1 },
      { label: 'Reclassering', orgType: 'reclassering', minCount: 1 },
      { label: 'Sociaal domein', domain: 'sociaal_domein', minCount: 1 },
      { label: 'Zorg', domain: 'zorg', minCount: 1 },
    ],
  },
  {
    id: 'tpl-top-x',
    name: 'Top-X aanpak',
    description:
      'Naar het model van de Amsterdamse Top600: een vaste regisseur en kernpartners uit veiligheid, justitie, zorg en het sociaal domein.',
    roles: [
      { label: 'Regie', orgType: 'zorg- en veiligheidshuis', minCount: 1 },
      { label: 'Gemeente', orgType: 'gemeente', minCount: 1 },
      { label: 'Politie', orgType: 'politie', minCount: 1 },
      { label: 'Openbaar Ministerie', orgType: 'openbaar ministerie', minCount: 1 },
      { label: 'Reclassering', orgType: 'reclassering', minCount: 1 },
      { label: 'Jeugdbescherming', orgType: 'jeugdbescherming', minCount: 1 },
      { label: 'Onderwijs en leerplicht', domain: 'onderwijs', minCount: 1 },
      { label: 'Werk en inkomen', domain: 'werk_en_inkomen', minCount: 1 },
      { label: 'Wonen', domain: 'wonen', minCount: 1 },
      { label: 'Zorg', domain: 'zorg', minCount: 2 },
    ],
  },
  {
    id: 'tpl-casus-zvh',
    name: 'Persoonsgerichte casusaanpak',
    description:
      'De vaste tafel rond één casus: een regisseur van het Zorg- en Veiligheidshuis met politie, zorg en sociaal domein.',
    roles: [
      { label: 'Procesregie', orgType: 'zorg- en veiligheidshuis', minCount: 1 },
      { label: 'Politie', orgType: 'politie', minCount: 1 },
      { label: 'Zorg', domain: 'zorg', minCount: 1 },
      { label: 'Sociaal domein', domain: 'sociaal_domein', minCount: 1 },
    ],
  },
];

interface LinkDraft {
  sourceId: string;
  targetId: string;
  kind: LinkKind;
  strength: number;
  directed: boolean;
  since: number;
  until: number | null;
  source: LinkSource;
  confidence: Confidence;
  recordedBy: string;
  note?: string;
}

interface TieOptions {
  force?: boolean;
  strength?: number;
  note?: string;
  source?: LinkSource;
  /** Spread since-dates evenly instead of favouring recent years. */
  even?: boolean;
  /** Never give the tie an end date of its own. */
  lasting?: boolean;
}

const DIRECTED_KINDS: ReadonlySet<LinkKind> = new Set([
  'opdrachtgever',
  'financiering',
  'doorverwijzing',
  'escalatie',
]);
const STRENGTH: Record<LinkKind, [number, number]> = {
  casusoverleg: [2, 4],
  convenant: [3, 3],
  opdrachtgever: [3, 4],
  financiering: [3, 4],
  informeel: [1, 3],
  colocatie: [3, 5],
  escalatie: [2, 4],
  doorverwijzing: [1, 3],
  overleg: [2, 4],
};

/** Builds the sample. Pure: the same output on every call. */
export function generate(): GeneratedSample {
  const rng = new Random(SEED);

  // ---------------------------------------------------------------- people
  const usedNames = new Set<string>();
  const drafts: Omit<Pro, 'id' | 'memberships'>[] = [];
  for (const spec of ORG_SPECS) {
    const functions = FUNCTIONS[spec.profile ?? spec.type];
    if (!functions) throw new Error(`generate-zuid-limburg: no functions for ${spec.id}`);
    for (let k = 0; k < spec.size; k++) {
      let name = '';
      do {
        name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
      } while (usedNames.has(name));
      usedNames.add(name);
      const hasLead = spec.size >= 4;
      const func =
        hasLead && k === 0
          ? functions.lead
          : (functions.staff[(hasLead ? k - 1 : k) % functions.staff.length] ?? functions.lead);
      const region = spec.regions[k % spec.regions.length] ?? 'WM';
      drafts.push({
        name,
        func,
        spec,
        region,
        orgIds: [spec.id],
        from: START,
        to: null,
        tag: 'regular',
        ...(spec.regions.length > 1 ? { note: `Werkgebied: ${REGION_NAME[region]}.` } : {}),
      });
    }
  }
  const people: Pro[] = rng
    .shuffle(drafts)
    .map((d, i) => ({ ...d, id: `per-${String(i + 1).padStart(3, '0')}`, memberships: [] }));
  const byId = new Map(people.map((p) => [p.id, p]));
  const membersOf = (orgId: string): Pro[] => people.filter((p) => p.spec.id === orgId);
  const firstWith = (orgId: string, func: string): Pro => {
    const found = people
      .filter((p) => p.spec.id === orgId && p.func === func)
      .sort((a, b) => compareText(a.id, b.id))[0];
    if (!found) throw new Error(`generate-zuid-limburg: no ${func} at ${orgId}`);
    return found;
  };

  const broker = firstWith(BROKER_ORG, 'procesregisseur');
  const hub = firstWith(HUB_ORG, 'casusregisseur');
  const tiePerson = firstWith(SINGLE_TIE[0], 'LVB-consulent');
  const cluster = membersOf(CLUSTER_ORG).sort((a, b) => compareText(a.id, b.id));
  const clusterIds = new Set(cluster.map((p) => p.id));
  const isCluster = (p: Pro): boolean => clusterIds.has(p.id);
  const special = new Set([broker.id, hub.id, tiePerson.id, ...clusterIds]);

  // Moves, secondments, new hires and leavers, so that memberships change over time.
  // Justice staff stay put: the opgaven need enough of them with a single, lasting membership.
  const movable = rng.shuffle(
    people.filter(
      (p) => !special.has(p.id) && !PROTECTED_ORGS.has(p.spec.id) && p.spec.domain !== 'justitie',
    ),
  );
  const MOVE_FROM_TYPES = new Set([
    'gemeente',
    'wijkteam',
    'welzijn',
    'politie',
    'sociale dienst',
    'jeugdhulp',
  ]);
  const memberships = new Map<string, Membership[]>();
  let cursor = 0;
  let movers = 0;
  while (movers < 14 && cursor < movable.length) {
    const p = movable[cursor++] as Pro;
    const options = ORG_SPECS.filter(
      (o) =>
        o.id !== p.spec.id &&
        MOVE_FROM_TYPES.has(o.type) &&
        !PROTECTED_ORGS.has(o.id) &&
        o.regions.includes(p.region),
    );
    if (options.length === 0) continue;
    const previous = rng.pick(options);
    const moved = toDay(`${rng.int(2020, 2025)}-01-01`) + rng.int(0, 364);
    const previousFunctions = FUNCTIONS[previous.profile ?? previous.type];
    p.tag = 'mover';
    p.orgIds = [previous.id, p.spec.id];
    memberships.set(p.id, [
      {
        id: `${p.id}-m1`,
        organisationId: previous.id,
        role: previousFunctions ? rng.pick(previousFunctions.staff) : null,
        since: `${rng.int(2010, 2018)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`,
        until: toIso(moved - 1),
      },
      { id: `${p.id}-m2`, organisationId: p.spec.id, role: p.func, since: toIso(moved), until: null },
    ]);
    movers++;
  }
  let detached = 0;
  while (detached < 6 && cursor < movable.length) {
    const p = movable[cursor++] as Pro;
    if (p.region !== 'WM' || !(COLOCATED_WM as readonly string[]).includes(p.spec.id)) continue;
    const since = toIso(toDay(`${rng.int(2019, 2022)}-01-01`) + rng.int(0, 364));
    p.tag = 'detached';
    p.orgIds = [p.spec.id, HUB_ORG];
    memberships.set(p.id, [
      { id: `${p.id}-m1`, organisationId: p.spec.id, role: p.func, since: null, until: null },
      {
        id: `${p.id}-m2`,
        organisationId: HUB_ORG,
        role: 'gedetacheerd als ketenpartner in het ZVH',
        since,
        until: null,
      },
    ]);
    detached++;
  }
  for (let n = 0; n < 8 && cursor < movable.length; n++) {
    const p = movable[cursor++] as Pro;
    p.tag = 'newHire';
    p.from = toDay(`${rng.int(2023, 2025)}-01-01`) + rng.int(0, 364);
    memberships.set(p.id, [
      { id: `${p.id}-m1`, organisationId: p.spec.id, role: p.func, since: toIso(p.from), until: null },
    ]);
  }
  for (let n = 0; n < 6 && cursor < movable.length; n++) {
    const p = movable[cursor++] as Pro;
    p.tag = 'leaver';
    p.to = toDay(`${rng.int(2022, 2025)}-01-01`) + rng.int(0, 364);
    memberships.set(p.id, [
      { id: `${p.id}-m1`, organisationId: p.spec.id, role: p.func, since: null, until: toIso(p.to) },
    ]);
  }
  for (const p of people) {
    p.memberships = memberships.get(p.id) ?? [
      { id: `${p.id}-m1`, organisationId: p.spec.id, role: p.func, since: null, until: null },
    ];
  }

  // ---------------------------------------------------------------- ties between people
  const links: LinkDraft[] = [];
  const personPairs = new Set<string>();
  const pairKey = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const forbidden = (a: Pro, b: Pro): boolean =>
    FORBIDDEN_ORG_PAIRS.some(
      ([x, y]) =>
        (a.orgIds.some((o) => x.includes(o)) && b.orgIds.some((o) => y.includes(o))) ||
        (b.orgIds.some((o) => x.includes(o)) && a.orgIds.some((o) => y.includes(o))),
    );
  const recorder = (a: Pro, b: Pro): string =>
    a.region === b.region
      ? `netwerkregie ZVH ${REGION_NAME[a.region]}`
      : 'netwerkregie Zuid-Limburgse Zorg- en Veiligheidshuizen';
  const pickSource = (): LinkSource => {
    const r = rng.float();
    return r < 0.4 ? 'observed' : r < 0.85 ? 'self-reported' : 'document';
  };
  const pickConfidence = (source: LinkSource): Confidence => {
    const r = rng.float();
    if (source === 'document') return 'hoog';
    if (source === 'observed') return r < 0.6 ? 'hoog' : 'middel';
    return r < 0.2 ? 'hoog' : r < 0.8 ? 'middel' : 'laag';
  };

  /** Adds a tie from a to b (the direction matters for directed kinds); false when not possible. */
  const tie = (
    a: Pro,
    b: Pro,
    kind: LinkKind,
    window: [number, number],
    options: TieOptions = {},
  ): boolean => {
    if (a.id === b.id || personPairs.has(pairKey(a.id, b.id))) return false;
    if (!options.force && (isCluster(a) || isCluster(b) || forbidden(a, b))) return false;
    const lo = Math.max(window[0], a.from, b.from);
    const hi = Math.min(window[1], a.to ?? END, b.to ?? END, END);
    if (lo > hi) return false;
    const u = options.even ? rng.float() : rng.float() ** 0.8;
    const since = Math.min(hi, lo + Math.floor((hi - lo + 1) * u));
    const leaves = Math.min(a.to ?? Number.POSITIVE_INFINITY, b.to ?? Number.POSITIVE_INFINITY);
    let until: number | null = Number.isFinite(leaves) ? leaves : null;
    if (until === null && !options.lasting && rng.chance(0.1)) {
      const end = since + rng.int(180, 900);
      until = end <= HORIZON ? end : null;
    }
    const source = options.source ?? pickSource();
    const [lowest, highest] = STRENGTH[kind];
    personPairs.add(pairKey(a.id, b.id));
    links.push({
      sourceId: a.id,
      targetId: b.id,
      kind,
      strength: options.strength ?? rng.int(lowest, highest),
      directed: DIRECTED_KINDS.has(kind),
      since,
      until,
      source,
      confidence: pickConfidence(source),
      recordedBy: recorder(a, b),
      ...(options.note ? { note: options.note } : {}),
    });
    return true;
  };
  const ALWAYS: [number, number] = [START, END];

  // (a) The FACT-team Parkstad reaches the rest of the network only through the broker.
  for (let i = 0; i < cluster.length; i++) {
    const a = cluster[i] as Pro;
    const b = cluster[(i + 1) % cluster.length] as Pro;
    tie(a, b, rng.pick(['overleg', 'informeel'] as const), ALWAYS, { force: true, strength: rng.int(3, 5) });
  }
  for (let n = 0; n < 16; n++) {
    const kind = rng.pick(['overleg', 'informeel', 'casusoverleg'] as const);
    tie(rng.pick(cluster), rng.pick(cluster), kind, ALWAYS, { force: true });
  }
  for (const member of cluster.slice(0, 6)) {
    const kind = rng.pick(['casusoverleg', 'casusoverleg', 'doorverwijzing', 'informeel'] as const);
    tie(broker, member, kind, ALWAYS, { force: true, lasting: true });
  }

  // (e) Koraal and the basisteam Westelijke Mijnstreek know each other only through one LVB-consulent.
  const wmAgents = membersOf(SINGLE_TIE[1])
    .filter((p) => p.tag === 'regular')
    .sort((a, b) => compareText(a.id, b.id))
    .slice(0, 3);
  const singleTieKinds: LinkKind[] = ['casusoverleg', 'informeel', 'doorverwijzing'];
  wmAgents.forEach((agent, i) => {
    const kind = singleTieKinds[i] ?? 'informeel';
    const [from, to] = kind === 'doorverwijzing' ? [agent, tiePerson] : [tiePerson, agent];
    tie(from, to, kind, ALWAYS, {
      force: true,
      lasting: true,
      note: 'Vaste LVB-contactpersoon voor het basisteam.',
    });
  });

  // (b) The overloaded hub: a casusregisseur whom everybody calls.
  const hubLocal = rng.shuffle(people.filter((p) => p.region === 'WM' && p.id !== hub.id && !isCluster(p)));
  let hubTies = 0;
  for (const other of hubLocal) {
    if (hubTies >= 56) break;
    const kind = rng.pick([
      'casusoverleg',
      'casusoverleg',
      'casusoverleg',
      'informeel',
      'escalatie',
      'overleg',
    ] as const);
    const [from, to] = kind === 'escalatie' ? [other, hub] : [hub, other];
    if (tie(from, to, kind, ALWAYS)) hubTies++;
  }
  const hubFar = rng.shuffle(people.filter((p) => p.region !== 'WM' && !isCluster(p)));
  for (const other of hubFar.slice(0, 12))
    tie(hub, other, rng.pick(['overleg', 'casusoverleg'] as const), [COOP, END]);

  // (f) The three ZVHs start working together on 1 October 2021.
  const zvhPeople = (region: RegionCode): Pro[] =>
    people.filter(
      (p) => p.spec.type === 'zorg- en veiligheidshuis' && p.region === region && p.id !== hub.id,
    );
  for (const [x, y] of [
    ['WM', 'PS'],
    ['WM', 'MH'],
    ['PS', 'MH'],
  ] as const) {
    const xs = zvhPeople(x);
    const ys = zvhPeople(y);
    for (let n = 0; n < 5; n++) {
      tie(rng.pick(xs), rng.pick(ys), 'overleg', [COOP, COOP], { source: 'document', lasting: true });
    }
  }

  // Co-location in the ZVH Westelijke Mijnstreek building.
  const wmZvh = zvhPeople('WM');
  for (const p of people) {
    if (p.region !== 'WM' || !(COLOCATED_WM as readonly string[]).includes(p.spec.id) || p.id === hub.id)
      continue;
    if (rng.chance(0.7)) tie(p, rng.pick(wmZvh), 'colocatie', [START, toDay('2020-12-31')], { even: true });
  }

  // Colleagues within one organisation.
  for (const spec of ORG_SPECS) {
    if (spec.id === CLUSTER_ORG) continue;
    const members = rng.shuffle(membersOf(spec.id).filter((p) => p.id !== hub.id));
    for (let i = 1; i < members.length; i++) {
      if (rng.chance(0.85)) {
        const a = members[i] as Pro;
        const b = members[rng.int(0, i - 1)] as Pro;
        tie(a, b, rng.pick(['overleg', 'informeel'] as const), ALWAYS, { strength: rng.int(3, 5) });
      }
    }
    for (let n = 0; n < Math.floor(members.length * 0.3); n++) {
      if (members.length < 2) break;
      tie(rng.pick(members), rng.pick(members), rng.pick(['overleg', 'informeel'] as const), ALWAYS);
    }
  }

  // Partners within one region, weighted by how close their domains are.
  const isZvh = (p: Pro): boolean => p.spec.type === 'zorg- en veiligheidshuis';
  const crossKind = (a: Pro, b: Pro): { kind: LinkKind; from: Pro; to: Pro } => {
    const r = rng.float();
    if (isZvh(a) || isZvh(b)) {
      const zvh = isZvh(a) ? a : b;
      const other = zvh === a ? b : a;
      if (r < 0.45) return { kind: 'casusoverleg', from: a, to: b };
      if (r < 0.65) return { kind: 'overleg', from: a, to: b };
      if (r < 0.75) return { kind: 'escalatie', from: other, to: zvh };
      if (r < 0.85) return { kind: 'doorverwijzing', from: zvh, to: other };
      return { kind: 'informeel', from: a, to: b };
    }
    if (r < 0.35) return { kind: 'casusoverleg', from: a, to: b };
    if (r < 0.6) return { kind: 'informeel', from: a, to: b };
    if (r < 0.8) {
      const toCare = b.spec.domain === 'zorg' && a.spec.domain !== 'zorg';
      const fromCare = a.spec.domain === 'zorg' && b.spec.domain !== 'zorg';
      return fromCare && !toCare
        ? { kind: 'doorverwijzing', from: b, to: a }
        : { kind: 'doorverwijzing', from: a, to: b };
    }
    if (r < 0.95) return { kind: 'overleg', from: a, to: b };
    const municipal = b.spec.type === 'gemeente' ? b : a.spec.type === 'gemeente' ? a : b;
    return { kind: 'escalatie', from: municipal === a ? b : a, to: municipal };
  };
  const pool = people.filter((p) => p.id !== hub.id && !isCluster(p));
  for (const a of rng.shuffle(pool)) {
    const wanted = isZvh(a) ? rng.int(4, 7) : rng.int(1, 4);
    const candidates = pool.filter(
      (b) => b.region === a.region && !b.orgIds.some((o) => a.orgIds.includes(o)) && !forbidden(a, b),
    );
    for (let n = 0; n < wanted; n++) {
      const b = rng.weighted(candidates, (c) =>
        personPairs.has(pairKey(a.id, c.id))
          ? 0
          : affinity(a.spec.domain, c.spec.domain) * (isZvh(c) ? 2.5 : 1),
      );
      if (!b) break;
      const { kind, from, to } = crossKind(a, b);
      tie(from, to, kind, ALWAYS);
    }
  }

  // Ties across the three regions: a few before the cooperation started, many more after.
  const crossRegion = (window: [number, number], count: number): void => {
    let made = 0;
    for (let guard = 0; made < count && guard < count * 50; guard++) {
      const a = rng.pick(pool);
      const b = rng.weighted(pool, (c) =>
        c.region === a.region ? 0 : affinity(a.spec.domain, c.spec.domain) * (isZvh(c) ? 2 : 1),
      );
      if (!b) continue;
      const kind = rng.pick(['overleg', 'overleg', 'casusoverleg', 'informeel'] as const);
      if (tie(a, b, kind, window, { even: true })) made++;
    }
  };
  crossRegion([START, COOP - 1], 16);
  crossRegion([COOP, END], 95);

  // The OOV teams commission the regisseurs of their ZVH.
  for (const [oov, zvh] of [
    ['org-gem-sg-oov', 'org-zvh-wm'],
    ['org-gem-heerlen-oov', 'org-zvh-ps'],
    ['org-gem-maastricht-oov', 'org-zvh-mh'],
  ] as const) {
    tie(
      firstWith(oov, 'teammanager OOV'),
      firstWith(zvh, 'manager Zorg- en Veiligheidshuis'),
      'opdrachtgever',
      ALWAYS,
      {
        source: 'document',
        lasting: true,
        strength: 4,
      },
    );
  }

  // Nobody outside the main component: tie stragglers to a close colleague in their region.
  for (let round = 0; round < 10; round++) {
    const component = reachable(
      hub.id,
      links.map((l) => [l.sourceId, l.targetId]),
    );
    const stragglers = pool.filter((p) => !component.has(p.id));
    if (stragglers.length === 0) break;
    for (const p of stragglers) {
      const options = pool.filter((q) => q.region === p.region && component.has(q.id) && !forbidden(p, q));
      const q = rng.weighted(options, (c) => affinity(p.spec.domain, c.spec.domain));
      if (q) tie(p, q, 'casusoverleg', ALWAYS);
    }
  }

  // ---------------------------------------------------------------- ties between organisations
  const orgPairs = new Set<string>();
  const orgTie = (a: string, b: string, kind: LinkKind, since: number, note?: string): void => {
    const key = `${pairKey(a, b)}|${kind}`;
    if (a === b || orgPairs.has(key)) return;
    orgPairs.add(key);
    const [lowest, highest] = STRENGTH[kind];
    links.push({
      sourceId: a,
      targetId: b,
      kind,
      strength: rng.int(lowest, highest),
      directed: DIRECTED_KINDS.has(kind),
      since,
      until: null,
      source: 'document',
      confidence: 'hoog',
      recordedBy: 'convenantregister Zuid-Limburgse Zorg- en Veiligheidshuizen',
      ...(note ? { note } : {}),
    });
  };
  const zvhOrgs: Record<RegionCode, string> = { WM: 'org-zvh-wm', PS: 'org-zvh-ps', MH: 'org-zvh-mh' };
  for (const region of ALL_REGIONS) {
    const zvh = zvhOrgs[region];
    const signed = toDay(`${rng.int(2019, 2020)}-01-01`) + rng.int(0, 180);
    for (const spec of ORG_SPECS) {
      if (spec.parentId || spec.id === zvh || spec.type === 'zorg- en veiligheidshuis') continue;
      if (!spec.regions.includes(region)) continue;
      orgTie(zvh, spec.id, 'convenant', signed + rng.int(0, 60));
    }
  }
  orgTie(
    'org-zvh-wm',
    'org-zvh-ps',
    'convenant',
    COOP,
    'Convenant Zuid-Limburgse Zorg- en Veiligheidshuizen.',
  );
  orgTie(
    'org-zvh-wm',
    'org-zvh-mh',
    'convenant',
    COOP,
    'Convenant Zuid-Limburgse Zorg- en Veiligheidshuizen.',
  );
  orgTie(
    'org-zvh-ps',
    'org-zvh-mh',
    'convenant',
    COOP,
    'Convenant Zuid-Limburgse Zorg- en Veiligheidshuizen.',
  );
  for (const partner of COLOCATED_WM) orgTie('org-zvh-wm', partner, 'colocatie', START);
  const funding: readonly [string, string][] = [
    ['org-gem-sittard-geleen', 'org-zvh-wm'],
    ['org-gem-beek', 'org-zvh-wm'],
    ['org-gem-stein', 'org-zvh-wm'],
    ['org-gem-sittard-geleen', 'org-piw'],
    ['org-gem-heerlen', 'org-zvh-ps'],
    ['org-gem-kerkrade', 'org-zvh-ps'],
    ['org-gem-landgraaf', 'org-zvh-ps'],
    ['org-gem-brunssum', 'org-zvh-ps'],
    ['org-gem-heerlen', 'org-alcander'],
    ['org-gem-kerkrade', 'org-impuls'],
    ['org-gem-maastricht', 'org-zvh-mh'],
    ['org-gem-eijsden-margraten', 'org-zvh-mh'],
    ['org-gem-maastricht', 'org-trajekt'],
    ['org-gem-maastricht', 'org-ggd-zl'],
    ['org-gem-maastricht', 'org-vt-zl'],
    ['org-gem-heerlen', 'org-ggd-zl'],
  ];
  for (const [from, to] of funding) orgTie(from, to, 'financiering', toDay(`${rng.int(2019, 2022)}-01-01`));
  const commissions: readonly [string, string][] = [
    ['org-gem-sg-oov', 'org-zvh-wm'],
    ['org-gem-heerlen-oov', 'org-zvh-ps'],
    ['org-gem-maastricht-oov', 'org-zvh-mh'],
    ['org-sz-wm', 'org-kredietbank'],
    ['org-sz-maastricht', 'org-kredietbank'],
    ['org-gem-heerlen', 'org-gem-heerlen-wijkteam'],
  ];
  for (const [from, to] of commissions) orgTie(from, to, 'opdrachtgever', START + rng.int(0, 365));

  // ---------------------------------------------------------------- link ids
  links.sort(
    (a, b) => a.since - b.since || compareText(a.sourceId, b.sourceId) || compareText(a.targetId, b.targetId),
  );
  const outLinks: (Link & { id: string })[] = links.map((l, i) => ({
    id: `lnk-${String(i + 1).padStart(4, '0')}`,
    sourceId: l.sourceId,
    targetId: l.targetId,
    kind: l.kind,
    strength: l.strength,
    directed: l.directed,
    since: toIso(l.since),
    until: l.until === null ? null : toIso(l.until),
    source: l.source,
    recordedBy: l.recordedBy,
    confidence: l.confidence,
    ...(l.note ? { note: l.note } : {}),
  }));

  // ---------------------------------------------------------------- opgaven and casussen
  const participation = new Map<string, number>();
  const count = (id: string): number => participation.get(id) ?? 0;
  const opgaven: Opgave[] = [];
  let missingPartnerSingle = '';

  const matches = (p: Pro, slot: SlotSpec): boolean =>
    (!slot.types || slot.types.includes(p.spec.type)) &&
    (!slot.domains || slot.domains.includes(p.spec.domain)) &&
    (!slot.functions || slot.functions.includes(p.func)) &&
    (!slot.orgIds || slot.orgIds.includes(p.spec.id));
  const choose = (slot: SlotSpec, region: RegionCode | null, taken: Set<string>, strict: boolean): Pro[] => {
    const candidates = rng
      .shuffle(
        people.filter(
          (p) =>
            !special.has(p.id) &&
            !taken.has(p.id) &&
            (p.tag === 'regular' || p.tag === 'mover' || p.tag === 'detached') &&
            (!strict || p.memberships.length === 1) &&
            (region === null || p.region === region) &&
            count(p.id) < PARTICIPATION_CAP &&
            matches(p, slot),
        ),
      )
      .sort((a, b) => count(a.id) - count(b.id));
    if (candidates.length < slot.count) {
      throw new Error(`generate-zuid-limburg: not enough people for ${JSON.stringify(slot)} in ${region}`);
    }
    return candidates.slice(0, slot.count);
  };
  const participantOf = (
    opgaveId: string,
    index: number,
    actorId: string,
    role: ParticipantRole,
    since: number,
    until: number | null,
  ): Participant => ({
    id: `${opgaveId}-p${String(index).padStart(2, '0')}`,
    actorId,
    role,
    since: toIso(since),
    until: until === null ? null : toIso(until),
  });

  for (const spec of OPGAVE_SPECS) {
    const since = toDay(spec.since);
    const closed = spec.until ? toDay(spec.until) : null;
    const participants: Participant[] = [];
    const taken = new Set<string>();
    const add = (actorId: string, role: ParticipantRole, stable: boolean): void => {
      const start = Math.min(since + (stable ? 0 : rng.int(0, 120)), END);
      let until = closed;
      if (!stable && !spec.strict && until === null && rng.chance(0.1)) {
        const end = start + rng.int(180, 700);
        until = end <= END ? end : null;
      }
      participants.push(participantOf(spec.id, participants.length + 1, actorId, role, start, until));
      taken.add(actorId);
      participation.set(actorId, count(actorId) + 1);
    };
    if (spec.hubRole) add(hub.id, spec.hubRole, true);
    if (spec.brokerRole) add(broker.id, spec.brokerRole, true);
    for (const org of spec.organisations ?? []) add(org.id, org.role, true);
    for (const slot of spec.slots) {
      for (const p of choose(slot, spec.region, taken, spec.strict ?? false)) {
        add(p.id, slot.role, slot.role === 'regisseur');
        if (spec.id === 'opg-ps-pga' && slot.types?.includes('openbaar ministerie'))
          missingPartnerSingle = p.id;
      }
    }
    opgaven.push({
      id: spec.id,
      name: spec.name,
      description: spec.description,
      level: spec.level,
      kind: 'opgave',
      status: spec.status,
      templateId: spec.templateId ?? null,
      region: spec.region ? REGION_NAME[spec.region] : ZUID_LIMBURG,
      since: spec.since,
      until: spec.until ?? null,
      participants,
    });
  }

  const casusPlan: readonly [RegionCode, number][] = [
    ['WM', 10],
    ['PS', 8],
    ['MH', 6],
  ];
  const casussen: Opgave[] = [];
  const usedCodes = new Set<string>();
  for (const [region, total] of casusPlan) {
    const regisseurs = people
      .filter((p) => p.spec.id === zvhOrgs[region] && (ZVH_REGISSEURS as readonly string[]).includes(p.func))
      .filter((p) => p.id !== hub.id && p.id !== broker.id && p.tag !== 'leaver' && p.tag !== 'newHire')
      .sort((a, b) => compareText(a.id, b.id));
    for (let n = 0; n < total; n++) {
      const year = rng.pick([2020, 2021, 2022, 2023, 2024, 2024, 2025, 2025, 2026, 2026]);
      const sinceDay = Math.min(toDay(`${year}-01-01`) + rng.int(0, 364), END - 30);
      let code = '';
      do {
        code = `${region}-${year}-${String(rng.int(1, 140)).padStart(3, '0')}`;
      } while (usedCodes.has(code));
      usedCodes.add(code);
      const closeChance = year <= 2021 ? 1 : year <= 2023 ? 0.7 : year <= 2025 ? 0.2 : 0;
      const status: OpgaveStatus = rng.chance(closeChance)
        ? 'afgesloten'
        : year === 2026 && rng.chance(0.5)
          ? 'verkenning'
          : 'actief';
      const until = status === 'afgesloten' ? Math.min(sinceDay + rng.int(200, 600), END) : null;
      const id = `cas-${code.toLowerCase()}`;
      const participants: Participant[] = [];
      const taken = new Set<string>();
      const add = (actorId: string, role: ParticipantRole): void => {
        participants.push(participantOf(id, participants.length + 1, actorId, role, sinceDay, until));
        taken.add(actorId);
        participation.set(actorId, count(actorId) + 1);
      };
      if (region === 'WM') {
        if (n < 8) add(hub.id, 'regisseur');
        else {
          add((regisseurs[n % regisseurs.length] as Pro).id, 'regisseur');
          add(hub.id, 'adviseur');
        }
      } else if (region === 'PS' && n < 2) {
        add(broker.id, 'regisseur');
        for (const member of cluster.slice(n * 2, n * 2 + 2)) add(member.id, 'partner');
      } else {
        add((regisseurs[n % regisseurs.length] as Pro).id, 'regisseur');
        if (region === 'PS' && n === 2 && sinceDay >= COOP) add(hub.id, 'adviseur');
      }
      const slots: SlotSpec[] = [
        { role: 'uitvoerder', count: 1, types: ['politie'] },
        { role: 'partner', count: region === 'PS' && n < 2 ? 0 : rng.int(1, 2), domains: ['zorg'] },
        { role: 'uitvoerder', count: 1, domains: ['sociaal_domein'] },
      ];
      const extras: SlotSpec[] = [
        { role: 'partner', count: 1, types: ['reclassering'] },
        { role: 'adviseur', count: 1, types: ['openbaar ministerie'] },
        { role: 'partner', count: 1, domains: ['wonen'] },
        { role: 'partner', count: 1, domains: ['werk_en_inkomen'] },
        { role: 'partner', count: 1, types: ['jeugdbescherming'] },
        { role: 'partner', count: 1, domains: ['onderwijs'] },
      ];
      slots.push(...rng.shuffle(extras).slice(0, rng.int(1, 2)));
      for (const slot of slots) {
        if (slot.count === 0) continue;
        for (const p of choose(slot, region, taken, false)) add(p.id, slot.role);
      }
      casussen.push({
        id,
        name: `Casus ${code}`,
        description: rng.pick(CASUS_DESCRIPTIONS),
        level: 'individueel',
        kind: 'casus',
        code,
        status,
        templateId: 'tpl-casus-zvh',
        region: REGION_NAME[region],
        since: toIso(sinceDay),
        until: until === null ? null : toIso(until),
        participants,
      });
    }
  }
  casussen.sort((a, b) => compareText(a.id ?? '', b.id ?? ''));

  // ---------------------------------------------------------------- annotations and views
  const managerOf = (orgId: string): Pro => firstWith(orgId, 'manager Zorg- en Veiligheidshuis');
  const cooperationLink = outLinks.find(
    (l) => l.sourceId === 'org-zvh-wm' && l.targetId === 'org-zvh-ps' && l.kind === 'convenant',
  );
  if (!cooperationLink) throw new Error('generate-zuid-limburg: no cooperation covenant');
  const singleTieLinks = outLinks.filter(
    (l) =>
      (l.sourceId === tiePerson.id && wmAgents.some((a) => a.id === l.targetId)) ||
      (l.targetId === tiePerson.id && wmAgents.some((a) => a.id === l.sourceId)),
  );
  const annotations: Annotation[] = [
    {
      id: 'ann-01',
      targetType: 'person',
      targetId: broker.id,
      text: 'Enige schakel tussen het FACT-team Parkstad en de veiligheidspartners. Valt deze regisseur weg, dan is het team onbereikbaar: een tweede contactpersoon aanwijzen.',
      tags: ['broker', 'kwetsbaar'],
      author: managerOf(BROKER_ORG).name,
      isAction: true,
      actionStatus: 'open',
      owner: managerOf(BROKER_ORG).name,
      due: '2026-12-31',
    },
    {
      id: 'ann-02',
      targetType: 'person',
      targetId: hub.id,
      text: 'Regisseur in meer dan vijftien opgaven en casussen tegelijk: te veel hooi op de vork. Casusverdeling binnen het ZVH herzien.',
      tags: ['overbelast'],
      author: managerOf(HUB_ORG).name,
      isAction: true,
      actionStatus: 'open',
      owner: managerOf(HUB_ORG).name,
      due: '2026-12-15',
    },
    {
      id: 'ann-03',
      targetType: 'opgave',
      targetId: 'opg-ps-pga',
      opgaveId: 'opg-ps-pga',
      text: 'De Raad voor de Kinderbescherming schuift niet aan, terwijl het landelijk kader de Raad tot de vaste partners rekent. Uitnodigen voor het volgende overleg.',
      tags: ['ontbrekende partner'],
      author: managerOf(BROKER_ORG).name,
      isAction: true,
      actionStatus: 'open',
      owner: managerOf(BROKER_ORG).name,
      due: '2027-01-31',
    },
    {
      id: 'ann-04',
      targetType: 'opgave',
      targetId: 'opg-mh-woonoverlast',
      opgaveId: 'opg-mh-woonoverlast',
      text: 'Servatius en Mondriaan Verslavingszorg zitten allebei aan tafel, maar hebben buiten het overleg geen contact. Kennismaking organiseren.',
      tags: ['samenwerking'],
      author: managerOf('org-zvh-mh').name,
      isAction: true,
      actionStatus: 'open',
      owner: managerOf('org-zvh-mh').name,
    },
    {
      id: 'ann-05',
      targetType: 'person',
      targetId: tiePerson.id,
      text: 'Enige vaste contactpersoon tussen Koraal en het basisteam Westelijke Mijnstreek.',
      tags: ['enige schakel'],
      author: managerOf(HUB_ORG).name,
      isAction: false,
    },
    {
      id: 'ann-06',
      targetType: 'opgave',
      targetId: 'opg-zl-samenwerking',
      opgaveId: 'opg-zl-samenwerking',
      text: 'Gestart op 1 oktober 2021 op verzoek van OM, politie en reclassering, die de verschillen tussen de drie huizen als belemmering zagen.',
      tags: ['historie'],
      author: managerOf(HUB_ORG).name,
      isAction: false,
    },
    {
      id: 'ann-07',
      targetType: 'link',
      targetId: cooperationLink.id,
      text: 'Convenant aangepast aan de Wet gegevensverwerking door samenwerkingsverbanden.',
      tags: ['convenant', 'AVG'],
      author: managerOf(HUB_ORG).name,
      isAction: true,
      actionStatus: 'done',
      owner: managerOf(HUB_ORG).name,
      due: '2024-06-30',
    },
    {
      id: 'ann-08',
      targetType: 'opgave',
      targetId: 'opg-wm-woonplatform-beek',
      opgaveId: 'opg-wm-woonplatform-beek',
      text: 'Pilot afgerond; de lessen zijn meegenomen in de aanpak van woonoverlast.',
      tags: ['evaluatie'],
      author: managerOf(HUB_ORG).name,
      isAction: true,
      actionStatus: 'done',
      owner: managerOf(HUB_ORG).name,
      due: '2021-09-30',
    },
  ];
  const views: View[] = [
    {
      id: 'view-zl-organisaties',
      opgaveId: null,
      name: 'Zuid-Limburg op organisatieniveau',
      caption:
        'Alle partners van de drie Zorg- en Veiligheidshuizen, gekleurd naar domein. Geschikt voor de raad: geen namen.',
      positions: {},
      filters: { level: 'organisation' },
      styling: { colourBy: 'domain', sizeBy: 'degree', layout: 'force', showLabels: true },
    },
    {
      id: 'view-ps-pga',
      opgaveId: 'opg-ps-pga',
      name: 'Persoonsgerichte aanpak Parkstad, met partners op één stap',
      caption: 'Wie werkt met wie rond de persoonsgerichte aanpak in Parkstad, op 1 oktober 2026.',
      positions: {},
      filters: { level: 'person', hops: 1, asOf: '2026-10-01' },
      styling: { colourBy: 'domain', groupByOrganisation: true, layout: 'force' },
    },
  ];

  // ---------------------------------------------------------------- assemble and check
  const organisations: Organisation[] = ORG_SPECS.map((spec) => ({
    id: spec.id,
    name: spec.name,
    shortName: spec.shortName ?? null,
    domain: spec.domain,
    type: spec.type,
    parentId: spec.parentId ?? null,
    region: spec.regions.length === 1 ? REGION_NAME[spec.regions[0] as RegionCode] : ZUID_LIMBURG,
    note: spec.note ?? null,
  }));
  const outPeople: Person[] = [...people]
    .sort((a, b) => compareText(a.id, b.id))
    .map((p) => ({
      id: p.id,
      name: p.name,
      function: p.func,
      note: p.note ?? null,
      memberships: p.memberships,
    }));

  const dataset = DatasetSchema.parse({
    format: 'regiekaart',
    version: 1,
    exportedAt: EXPORTED_AT,
    domains: DEFAULT_DOMAINS.map((d) => ({ ...d })),
    linkKinds: DEFAULT_LINK_KINDS.map((k) => ({ ...k })),
    organisations,
    people: outPeople,
    links: outLinks,
    templates: TEMPLATES,
    opgaven: [...opgaven, ...casussen],
    annotations,
    views,
    presentations: [
      {
        id: 'prs-raad-2026',
        name: 'Samenwerken in Zuid-Limburg: jaarverslag aan de gemeenteraad',
        purpose: 'Verantwoording aan de gemeenteraad over de samenwerking in het zorg- en veiligheidsdomein',
        raad: true,
        steps: [
          {
            viewId: 'view-zl-organisaties',
            title: 'Wie werkt met wie in Zuid-Limburg',
            caption:
              'Alle partners van de drie Zorg- en Veiligheidshuizen en hun verbindingen, per organisatie.',
          },
          {
            viewId: 'view-ps-pga',
            title: 'Persoonsgerichte aanpak Parkstad',
            caption: 'De partners rond de persoonsgerichte aanpak, met hun netwerk op één stap.',
          },
        ],
      },
    ],
  });

  const regionOfOrg = new Map(organisations.map((o) => [o.id, o.region]));
  const zvhRegions = new Set(Object.values(REGION_NAME));
  /** The ZVH regions an actor belongs to: an organisation's own, or those of a person's organisations. */
  const regionsOf = (id: string): Set<string> =>
    new Set(
      (regionOfOrg.has(id) ? [id] : (byId.get(id)?.memberships ?? []).map((m) => m.organisationId))
        .map((orgId) => regionOfOrg.get(orgId) ?? '')
        .filter((r) => zvhRegions.has(r)),
    );
  let before = 0;
  let after = 0;
  for (const l of outLinks) {
    const a = regionsOf(l.sourceId);
    const b = regionsOf(l.targetId);
    if (a.size === 0 || b.size === 0 || [...a].some((r) => b.has(r))) continue;
    if ((l.since ?? '') < COOPERATION_START) before++;
    else after++;
  }

  const cases: SampleCases = {
    description:
      'Ingebouwde casussen van het voorbeeldnetwerk Zuid-Limburg; zie data-samples/README.md. Gegenereerd door generate-zuid-limburg.ts.',
    cooperationStart: COOPERATION_START,
    regions: Object.values(REGION_NAME),
    broker: broker.id,
    brokerOrganisation: BROKER_ORG,
    brokerCluster: cluster.map((p) => p.id),
    brokerClusterOrganisation: CLUSTER_ORG,
    overloadedHub: hub.id,
    missingPartnerOpgave: {
      opgaveId: 'opg-ps-pga',
      templateId: 'tpl-zvh-minimum',
      missingRole: 'Raad voor de Kinderbescherming',
      missingOrgType: MISSING_PARTNER_TYPE,
      singlePersonRole: 'Openbaar Ministerie',
      singlePerson: missingPartnerSingle,
    },
    unlinkedPair: { opgaveId: 'opg-mh-woonoverlast', organisations: UNLINKED },
    singlePersonTie: {
      organisations: SINGLE_TIE,
      personId: tiePerson.id,
      linkIds: singleTieLinks.map((l) => l.id),
    },
    crossZvhTies: { before, after },
  };
  checkCases(dataset, cases);
  return { dataset, cases };
}

// ---------------------------------------------------------------- self-checks

function reachable(
  start: string,
  edges: readonly (readonly [string, string])[],
  removed?: string,
): Set<string> {
  const adjacency = new Map<string, string[]>();
  for (const [a, b] of edges) {
    if (a === removed || b === removed) continue;
    adjacency.set(a, [...(adjacency.get(a) ?? []), b]);
    adjacency.set(b, [...(adjacency.get(b) ?? []), a]);
  }
  const seen = new Set([start]);
  const queue = [start];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const next of adjacency.get(node) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Throws when a built-in case does not hold, so a change to the generator cannot silently break one. */
function checkCases(dataset: Dataset, cases: SampleCases): void {
  const fail = (message: string): never => {
    throw new Error(`generate-zuid-limburg: ${message}`);
  };
  const edges = dataset.links.map((l) => [l.sourceId, l.targetId] as const);
  const outside = cases.overloadedHub;
  const withBroker = reachable(outside, edges);
  const withoutBroker = reachable(outside, edges, cases.broker);
  if (!cases.brokerCluster.every((id) => withBroker.has(id))) fail('the broker cluster is not reachable');
  if (cases.brokerCluster.some((id) => withoutBroker.has(id)))
    fail('the broker cluster is reachable without the broker');

  const degree = new Map<string, number>();
  for (const [a, b] of edges) {
    degree.set(a, (degree.get(a) ?? 0) + 1);
    degree.set(b, (degree.get(b) ?? 0) + 1);
  }
  const hubDegree = degree.get(cases.overloadedHub) ?? 0;
  for (const [id, d] of degree)
    if (id !== cases.overloadedHub && d >= hubDegree) fail(`${id} has degree ${d}`);
  const load = new Map<string, number>();
  for (const o of dataset.opgaven) {
    for (const id of new Set(o.participants.map((p) => p.actorId))) load.set(id, (load.get(id) ?? 0) + 1);
  }
  const hubLoad = load.get(cases.overloadedHub) ?? 0;
  if (hubLoad < 15) fail(`the hub takes part in only ${hubLoad} opgaven`);
  for (const [id, n] of load)
    if (id !== cases.overloadedHub && n >= hubLoad) fail(`${id} takes part in ${n}`);

  const opgave = dataset.opgaven.find((o) => o.id === cases.unlinkedPair.opgaveId);
  const [x, y] = cases.unlinkedPair.organisations;
  const inOrg = (orgId: string) =>
    new Set(
      dataset.people.filter((p) => p.memberships.some((m) => m.organisationId === orgId)).map((p) => p.id),
    );
  const xs = inOrg(x);
  const ys = inOrg(y);
  if (
    !opgave?.participants.some((p) => xs.has(p.actorId)) ||
    !opgave.participants.some((p) => ys.has(p.actorId))
  ) {
    fail('the unlinked pair does not share the opgave');
  }
  const bridging = edges.filter(([a, b]) => (xs.has(a) && ys.has(b)) || (xs.has(b) && ys.has(a)));
  if (bridging.length > 0) fail('the unlinked pair is linked');
  if (cases.singlePersonTie.linkIds.length < 2) fail('the single-person tie has too few links');
  if (cases.crossZvhTies.after < 3 * cases.crossZvhTies.before)
    fail('too few cross-ZVH ties after the start');
}

// ---------------------------------------------------------------- output

/** Pretty-printed JSON with a trailing newline, as committed. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function main(): void {
  const { dataset, cases } = generate();
  const dir = dirname(fileURLToPath(import.meta.url));
  writeFileSync(join(dir, 'zuid-limburg.json'), toJson(dataset));
  writeFileSync(join(dir, 'zuid-limburg.cases.json'), toJson(cases));
  const casusCount = dataset.opgaven.filter((o) => o.kind === 'casus').length;
  console.log(
    [
      `organisations ${dataset.organisations.length}`,
      `people ${dataset.people.length}`,
      `links ${dataset.links.length}`,
      `templates ${dataset.templates.length}`,
      `opgaven ${dataset.opgaven.length - casusCount}`,
      `casussen ${casusCount}`,
      `annotations ${dataset.annotations.length}`,
      `views ${dataset.views.length}`,
    ].join(', '),
  );
  console.log(JSON.stringify(cases, null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
