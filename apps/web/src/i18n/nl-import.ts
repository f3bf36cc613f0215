/** Strings of the import dialog, the duplicate warning and merging; Dutch, plain words first. */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const importStrings = {
  title: 'Gegevens importeren',
  intro:
    'Kies een bestand: een Excel-werkmap (.xlsx), CSV, GraphML, GEXF of JSON. Eerst ziet u wat er zou gebeuren; pas na "Importeren" wordt er iets opgeslagen, en dat kunt u daarna ongedaan maken.',
  file: 'Bestand',
  /** the empty workbook to fill in (GET /api/import/invulbestand) */
  template: 'Invulbestand (Excel) downloaden',
  templateHint:
    'Nog geen bestand? Een lege werkmap met de kolommen die Regiekaart leest, en uitleg per kolom.',
  fileHint: '.xlsx, .csv, .graphml, .gexf of .json',
  unknownFormat: (name: string) =>
    `Onbekend bestandstype: ${name}. Kies een .xlsx, .csv, .graphml, .gexf of .json.`,
  oldExcel: (name: string) =>
    `${name} is een oud Excel-bestand of een werkmap met macro’s. Sla het in Excel op als "Excel-werkmap (.xlsx)" en kies het opnieuw.`,
  nodes: 'Knooppunten zonder soort zijn',
  nodesHint:
    'Voor bestanden uit andere programma’s, die niet zeggen of iets een persoon of een organisatie is.',
  nodeKinds: { organisation: 'organisaties', person: 'personen' },
  checking: 'Bestand wordt gecontroleerd…',
  importing: 'Bezig met importeren…',
  undoing: 'Import wordt ongedaan gemaakt…',
  reportHeading: 'Wat er zou gebeuren',
  appliedHeading: 'Geïmporteerd',
  notesHeading: 'Let op',
  entity: 'Soort',
  actions: { create: 'Nieuw', update: 'Bijwerken', unchanged: 'Ongewijzigd', reject: 'Afgekeurd' } as Record<
    string,
    string
  >,
  entities: {
    domains: 'Domeinen',
    linkKinds: 'Soorten verbindingen',
    organisations: 'Organisaties',
    people: 'Personen',
    links: 'Verbindingen',
    templates: 'Sjablonen',
    opgaven: 'Opgaven',
    annotations: 'Notities',
    views: 'Weergaven',
    presentations: 'Presentaties',
  } as Record<string, string>,
  entityOne: {
    domains: 'domein',
    linkKinds: 'soort verbinding',
    organisations: 'organisatie',
    people: 'persoon',
    links: 'verbinding',
    templates: 'sjabloon',
    opgaven: 'opgave',
    annotations: 'notitie',
    views: 'weergave',
    presentations: 'presentatie',
  } as Record<string, string>,
  namesHeading: 'Namen die we niet kennen',
  namesIntro: 'Kies per naam of het een nieuwe is of iemand of iets dat al bestaat.',
  unknownName: (name: string, kind: 'person' | 'organisation', rows: number) =>
    `"${name}" staat nog niet in Regiekaart (${count(rows, 'rij', 'rijen')}).`,
  ambiguousName: (name: string, n: number) => `"${name}" past bij ${n} bestaande records. Welke bedoelt u?`,
  createNew: (kind: 'person' | 'organisation') =>
    kind === 'person' ? 'Nieuwe persoon aanmaken' : 'Nieuwe organisatie aanmaken',
  pickExisting: 'Een bestaande kiezen',
  existing: 'Bestaande persoon of organisatie',
  candidate: (name: string, organisation: string | null) =>
    organisation ? `${name} (${organisation})` : name,
  rowsHeading: 'Per rij',
  summaryLabel: 'Aantallen per soort',
  rowsOmitted: (n: number) =>
    `Een groot bestand: ${count(n, 'rij wordt', 'rijen worden')} hier niet afzonderlijk getoond, alleen geteld.`,
  rowsShown: (shown: number, total: number) => `De eerste ${shown} van ${total} rijen.`,
  row: 'Rij',
  name: 'Naam',
  what: 'Wat er gebeurt',
  why: 'Toelichting',
  rejectedNote:
    'Verbeter de afgekeurde rijen in het bestand (of kies hierboven wie of wat een naam is) en probeer het opnieuw: met afgekeurde rijen wordt niets geïmporteerd.',
  nothingWritten: 'Er is nog niets opgeslagen.',
  confirm: 'Importeren',
  done: (created: number, updated: number) =>
    `Import voltooid: ${count(created, 'nieuw record', 'nieuwe records')}, ${count(updated, 'record', 'records')} bijgewerkt.`,
  /** where what was imported shows, after the import */
  shownOn: {
    organisation: 'Wat u importeerde staat op de kaart van het hele netwerk, op het niveau organisaties.',
    person: 'Wat u importeerde staat op de kaart van het hele netwerk, op het niveau personen.',
  },
  showOnMap: 'Bekijk ze op de kaart',
  shownHere: 'Ze staan nu op deze kaart.',
  undo: 'Import ongedaan maken',
  undone: 'De import is ongedaan gemaakt.',
  historyLabel: (file: string) => `Import van ${file}`,
  // duplicates
  duplicateHeading: 'Bestaat deze al?',
  duplicateIntro: (kind: 'person' | 'organisation') =>
    kind === 'person'
      ? 'Er is al een persoon met deze naam. Bedoelt u een van deze?'
      : 'Er is al een organisatie met deze naam. Bedoelt u een van deze?',
  takeExisting: (name: string) => `Ja, gebruik ${name}`,
  createAnyway: 'Nee, toch een nieuwe aanmaken',
  // merge
  merge: 'Samenvoegen met…',
  mergeTitle: (name: string) => `${name} samenvoegen`,
  mergeIntro: (name: string) =>
    `${name} verdwijnt; de verbindingen, lidmaatschappen, deelnames en notities gaan naar het record dat u kiest. U kunt dit ongedaan maken.`,
  mergeInto: 'Samenvoegen met',
  mergeConfirm: 'Samenvoegen',
  merged: (from: string, into: string) => `${from} is samengevoegd met ${into}.`,
  mergeHistory: (from: string, into: string) => `Samenvoegen van ${from} met ${into}`,
  mergeSame: 'Kies een ander record dan dit.',
};
