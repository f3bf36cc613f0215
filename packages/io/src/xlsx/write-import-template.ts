import { dutchHeader } from '../csv/csv-columns.ts';
import { writeXlsx, type XlsxSheet } from './write-xlsx.ts';

/** The sheet of a workbook that explains the others; the import passes over it without a note. */
export const EXPLANATION_SHEET = 'Uitleg';

export type TemplateVocabulary = {
  domains: readonly { code: string; label: string }[];
  linkKinds: readonly { code: string; label: string }[];
  /** kinds of organisation already in use, most used first */
  organisationTypes: readonly string[];
};

const ORGANISATION_FIELDS = ['name', 'shortName', 'domain', 'type', 'region', 'note'] as const;
const PEOPLE_FIELDS = ['name', 'function', 'organisationId', 'role', 'since', 'until', 'note'] as const;
const LINK_FIELDS = ['sourceId', 'targetId', 'kind', 'strength', 'since', 'until', 'note'] as const;

const labels = (items: readonly { label: string }[]) => items.map((item) => item.label).join(', ');

/**
 * An empty workbook to fill in and import: the sheets Organisaties, Personen and Verbindingen with the
 * Dutch column names the import reads, and a first sheet "Uitleg" that says per column what to write,
 * with the domains and kinds of tie of this Regiekaart. Only professionals: name, function, organisation.
 */
export function writeImportTemplate(vocabulary: TemplateVocabulary): Uint8Array {
  const o = (field: string) => dutchHeader('organisations', field);
  const p = (field: string) => dutchHeader('people', field);
  const l = (field: string) => dutchHeader('links', field);
  const types = vocabulary.organisationTypes.slice(0, 12).join(', ');
  const explanation: XlsxSheet = {
    name: EXPLANATION_SHEET,
    header: ['Blad', 'Kolom', 'Wat u invult', 'Voorbeeld'],
    widths: [16, 22, 80, 34],
    wrap: true,
    rows: [
      [
        'Alle bladen',
        '',
        'Eén rij per organisatie, persoon of verbinding. Laat de kopregel staan; lege kolommen mogen. Dit blad wordt bij het importeren overgeslagen. Regiekaart laat eerst zien wat er zou gebeuren; pas daarna wordt er iets opgeslagen.',
        '',
      ],
      ['Organisaties', o('name'), 'De volledige naam (verplicht).', 'Wijkteam Heerlen-Noord'],
      ['Organisaties', o('shortName'), 'De naam op de kaart, als die korter is.', 'WT Heerlen-Noord'],
      [
        'Organisaties',
        o('domain'),
        `Een van: ${labels(vocabulary.domains)}.`,
        vocabulary.domains[0]?.label ?? '',
      ],
      [
        'Organisaties',
        o('type'),
        `De soort organisatie${types ? `, bijvoorbeeld ${types}` : ''}.`,
        vocabulary.organisationTypes[0] ?? 'gemeente',
      ],
      ['Organisaties', o('region'), 'De regio of gemeente.', 'Parkstad'],
      ['Organisaties', o('note'), 'Vrije tekst.', ''],
      ['Personen', p('name'), 'De naam van de professional (verplicht).', 'Sanne Hermans'],
      ['Personen', p('function'), 'De functie.', 'wijkcoach'],
      [
        'Personen',
        p('organisationId'),
        'De organisatie waar deze persoon werkt: een naam van het blad Organisaties of een die al in Regiekaart staat.',
        'Wijkteam Heerlen-Noord',
      ],
      ['Personen', p('role'), 'De rol binnen die organisatie.', 'aandachtsfunctionaris'],
      [
        'Personen',
        `${p('since')}, ${p('until')}`,
        'Sinds en tot wanneer, als datum (JJJJ-MM-DD of een Excel-datum).',
        '2024-01-01',
      ],
      ['Personen', p('note'), 'Vrije tekst.', ''],
      [
        'Verbindingen',
        `${l('sourceId')}, ${l('targetId')}`,
        'De twee die samenwerken: namen van personen of organisaties (verplicht).',
        'Sanne Hermans, Politie Parkstad',
      ],
      [
        'Verbindingen',
        l('kind'),
        `Een van: ${labels(vocabulary.linkKinds)}.`,
        vocabulary.linkKinds[0]?.label ?? '',
      ],
      ['Verbindingen', l('strength'), 'Hoe sterk: 1 (zwak) tot 5 (sterk).', 3],
      ['Verbindingen', `${l('since')}, ${l('until')}`, 'Sinds en tot wanneer, als datum.', '2023-09-01'],
      ['Verbindingen', l('note'), 'Vrije tekst.', ''],
    ],
  };
  return writeXlsx([
    explanation,
    { name: 'Organisaties', header: ORGANISATION_FIELDS.map(o), rows: [], widths: [36, 20, 18, 18, 20, 40] },
    { name: 'Personen', header: PEOPLE_FIELDS.map(p), rows: [], widths: [28, 24, 36, 24, 12, 12, 40] },
    { name: 'Verbindingen', header: LINK_FIELDS.map(l), rows: [], widths: [28, 28, 24, 10, 12, 12, 40] },
  ]);
}
