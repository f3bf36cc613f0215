import type {
  ActorKind,
  NetworkLevel,
  OpgaveKind,
  OpgaveLevel,
  OpgaveStatus,
  ParticipantRole,
} from '@regiekaart/model';

const numberFormat = new Intl.NumberFormat('nl-NL');
const count = (n: number, one: string, many: string) => `${numberFormat.format(n)} ${n === 1 ? one : many}`;

/**
 * Every user-facing string of the client. An English catalogue must have the same shape
 * (`Catalogue`), so a missing translation is a type error.
 */
export const nl = {
  locale: 'nl-NL',
  app: {
    name: 'Regiekaart',
    tagline: 'Wie werkt met wie, over domeinen heen',
    skipToContent: 'Naar de inhoud',
  },
  vocabulary: {
    opgaveLevel: {
      regionaal: 'Regionaal',
      lokaal: 'Lokaal',
      individueel: 'Individueel',
    } satisfies Record<OpgaveLevel, string>,
    opgaveStatus: {
      verkenning: 'Verkenning',
      actief: 'Actief',
      gepauzeerd: 'Gepauzeerd',
      afgesloten: 'Afgesloten',
    } satisfies Record<OpgaveStatus, string>,
    opgaveKind: {
      opgave: 'Opgave',
      casus: 'Casus',
    } satisfies Record<OpgaveKind, string>,
    participantRole: {
      regisseur: 'Regisseur',
      kernpartner: 'Kernpartner',
      partner: 'Partner',
      uitvoerder: 'Uitvoerder',
      adviseur: 'Adviseur',
    } satisfies Record<ParticipantRole, string>,
    actorKind: {
      person: 'Persoon',
      organisation: 'Organisatie',
    } satisfies Record<ActorKind, string>,
    networkLevel: {
      person: 'Personen',
      organisation: 'Organisaties',
    } satisfies Record<NetworkLevel, string>,
    unknownDomain: 'Domein onbekend',
  },
  start: {
    documentTitle: 'Opgaven en casussen – Regiekaart',
    title: 'Opgaven en casussen',
    intro: 'Kies een opgave of casus om te zien wie eraan samenwerkt, of bekijk het hele netwerk.',
    wholeNetwork: {
      heading: 'Netwerk',
      link: 'Het hele netwerk',
      description: 'Alle organisaties, professionals en hun verbindingen.',
    },
    filters: {
      legend: 'Zoeken en filteren',
      search: 'Zoeken',
      searchPlaceholder: 'Naam, code of regio',
      level: 'Niveau',
      status: 'Status',
      kind: 'Soort',
      any: 'Alle',
      reset: 'Filters wissen',
    },
    listLabel: 'Opgaven en casussen',
    found: (n: number) => `${count(n, 'opgave of casus', 'opgaven en casussen')} gevonden`,
    range: (from: number, to: number, total: number) =>
      `${numberFormat.format(from)}–${numberFormat.format(to)} van ${numberFormat.format(total)}`,
    empty: 'Geen opgaven of casussen gevonden. Pas de zoekterm of filters aan.',
    loading: 'Opgaven worden geladen…',
    casusCode: 'Code',
    participants: (n: number) => count(n, 'deelnemer', 'deelnemers'),
    previousPage: 'Vorige',
    nextPage: 'Volgende',
    pagination: 'Paginering',
  },
  map: {
    documentTitle: (name: string) => `${name} – Regiekaart`,
    back: 'Terug naar opgaven en casussen',
    titleLoading: 'Opgave wordt geladen…',
    wholeNetworkTitle: 'Het hele netwerk',
    wholeNetworkIntro: 'Alle organisaties, professionals en hun verbindingen.',
    casusCode: (code: string) => `Casuscode ${code}`,
    controls: {
      legend: 'Weergave',
      level: 'Niveau',
      hops: 'Stappen buiten de opgave',
      hopsOption: (n: number) => (n === 0 ? 'Alleen deelnemers' : count(n, 'stap', 'stappen')),
      asOf: 'Zoals op',
      asOfHint: 'Leeg: vandaag',
      asOfToday: 'Vandaag',
    },
    canvasLabel: (title: string) => `Netwerkkaart: ${title}`,
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fit: 'Hele kaart tonen',
    toolbar: 'Kaartbediening',
    loading: 'Netwerk wordt geladen…',
    updating: 'Netwerk wordt bijgewerkt…',
    layoutRunning: 'Kaart wordt opgebouwd…',
    empty: 'Geen actoren gevonden op deze datum.',
    summaryHeading: 'Samenvatting',
    summary: (nodes: number, edges: number, asOf: string) =>
      `${count(nodes, 'actor', 'actoren')}, ${count(edges, 'verbinding', 'verbindingen')}, zoals op ${asOf}.`,
    today: 'vandaag',
    participantsSummary: (n: number) => `${count(n, 'deelnemer', 'deelnemers')} aan de opgave.`,
    legend: {
      heading: 'Legenda',
      domains: 'Domeinen (kleur en vorm)',
      actors: 'Actoren',
      organisation: 'Organisatie (groot, dubbele rand)',
      person: 'Persoon (klein, enkele rand)',
      roles: 'Rol in de opgave',
      regisseur: 'Regisseur (dikke rand met ring)',
      kernpartner: 'Kernpartner (dikke rand)',
      context: 'Geen deelnemer, wel verbonden (lichter)',
      edges: 'Verbindingen',
      strength: 'Dikte: samenwerkingssterkte 1–5',
      directed: 'Pijl: gerichte verbinding',
      domainCount: (label: string, n: number) => `${label} (${numberFormat.format(n)})`,
    },
    details: {
      heading: 'Geselecteerd',
      none: 'Klik op een actor in de kaart voor details.',
      kind: 'Soort',
      domain: 'Domein',
      type: 'Type organisatie',
      function: 'Functie',
      roles: 'Rol in de opgave',
      connections: 'Verbindingen',
      members: 'Personen',
      opgaven: 'Opgaven en casussen',
      hop: 'Afstand tot de opgave',
      hopValue: (n: number) => (n === 0 ? 'deelnemer' : count(n, 'stap', 'stappen')),
      clear: 'Selectie opheffen',
    },
  },
  errors: {
    heading: 'Er ging iets mis',
    network: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
    invalidResponse: 'Het antwoord van de server heeft een onverwachte vorm.',
    notFound: 'Deze opgave of casus bestaat niet (meer).',
    retry: 'Opnieuw proberen',
    unexpected: 'Onverwachte fout.',
  },
};

export type Catalogue = typeof nl;
