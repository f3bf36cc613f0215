import { CodeSchema, DateSchema, IdSchema, type NetworkLevel, NetworkLevelSchema } from '@regiekaart/model';

export const MAX_HOPS = 3;
export const DEFAULT_HOPS = 1;

/** What the map shows; kept in the URL so a view can be bookmarked and shared. */
export type MapView = {
  level: NetworkLevel;
  /**
   * true when the URL names no level: an opgave's map then opens at the level that suits its size
   * (`openingLevel`); a level the user picks is written to the URL and always wins
   */
  autoLevel: boolean;
  hops: number;
  /** `YYYY-MM-DD`; null: today */
  asOf: string | null;
  /** only actors in these domains; empty: all */
  domains: string[];
  /** only these organisations (with their teams) and their people; empty: all */
  organisations: string[];
  /** only ties of these kinds; empty: all */
  linkKinds: string[];
  /** only ties at least this strong; null: all */
  minStrength: number | null;
  /** node size follows this metric; null: by kind of actor */
  sizeBy: SizeMetric | null;
  /** people drawn inside a box per organisation */
  groupByOrganisation: boolean;
  /** show only this actor and its direct contacts */
  focus: string | null;
  /** what the main area shows beside the side panel */
  pane: MapPane;
  /** the open tab of the side panel */
  side: SidePane;
  /** the selected actor, kept so a reload shows it again; null: none */
  actor: string | null;
  /** the raadsversie: organisations only, no person names, redacted by the server (`view=raad`) */
  raad: boolean;
  /** raadsversie: organisations with fewer people than this fold into "overig"; null: the server's default */
  minPeople: number | null;
  /** raadsversie: the purpose in the footer (`doel`); null: the default purpose */
  purpose: string | null;
};

export const MIN_PEOPLE_MAX = 100;

/**
 * An opgave whose person map would show more people than this opens at organisation level, with its
 * people one click away. Above 80 actors the map no longer makes room for every label (see
 * `LABELLED_LAYOUT_MAX_NODES` in CytoscapeMap), so most names would hide and the picture is a hairball.
 */
export const LARGE_MAP_PEOPLE = 80;

/** The level an opgave's map opens at when the URL names none, by the people its person map shows. */
export function openingLevel(people: number): NetworkLevel {
  return people > LARGE_MAP_PEOPLE ? 'organisation' : 'person';
}
export const PURPOSE_MAX_LENGTH = 200;

export const SIZE_METRICS = [
  'degree',
  'strength',
  'betweenness',
  'brokerage',
  'overload',
  'closeness',
  'eigenvector',
  'pagerank',
  'constraint',
  'effectiveSize',
  'coreNumber',
  'opgaven',
] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

export const MAP_PANES = ['kaart', 'tabel', 'domeinen'] as const;
export type MapPane = (typeof MAP_PANES)[number];

export const SIDE_PANES = ['selectie', 'inzichten', 'watals', 'legenda'] as const;
export type SidePane = (typeof SIDE_PANES)[number];

export type Route =
  | { screen: 'start' }
  | { screen: 'network'; view: MapView }
  | { screen: 'opgave'; opgaveId: string; view: MapView }
  | { screen: 'users' }
  | { screen: 'accessibility' }
  | { screen: 'access-log' }
  | { screen: 'presentations' }
  | { screen: 'presentation-edit'; presentationId: string }
  | {
      screen: 'presentation';
      presentationId: string;
      step: number;
      /** null: the presentation's own choice */
      raad: boolean | null;
      /** raadsversie: null is the server's default */
      minPeople?: number | null;
    }
  | { screen: 'change'; change: ChangeView }
  | { screen: 'key-figures'; asOf: string | null; compareWith: string | null }
  | { screen: 'surveys' }
  /** `raad=1`: the results as aggregates only */
  | { screen: 'survey'; surveyId: string; raad?: boolean }
  /** a respondent's page: no session, the token is the key */
  | { screen: 'uitvraag'; token: string };

/** The change-over-time screen: two dates, an optional opgave, the level and the raadsversie. */
export type ChangeView = {
  /** `YYYY-MM-DD`; null: a year before `to` */
  from: string | null;
  /** `YYYY-MM-DD`; null: today */
  to: string | null;
  opgaveId: string | null;
  level: NetworkLevel;
  raad: boolean;
  /** `ronde=<surveyId>`: this round of a netwerkuitvraag beside its previous round */
  round?: string;
};

export const DEFAULT_CHANGE: ChangeView = {
  from: null,
  to: null,
  opgaveId: null,
  level: 'organisation',
  raad: false,
};

export const DEFAULT_VIEW: MapView = {
  level: 'person',
  autoLevel: true,
  hops: DEFAULT_HOPS,
  asOf: null,
  domains: [],
  organisations: [],
  linkKinds: [],
  minStrength: null,
  sizeBy: null,
  groupByOrganisation: false,
  focus: null,
  pane: 'kaart',
  side: 'selectie',
  actor: null,
  raad: false,
  minPeople: null,
  purpose: null,
};

/**
 * Reads `#/`, `#/netwerk?level=…&asOf=…` and `#/opgaven/<id>?level=…&hops=…&asOf=…`, with the filters
 * `domain=a,b`, `org=a,b`, `kind=a,b`, `minStrength=N`, `sizeBy=…`, `groups=1`, `focus=<id>`, `pane=…`,
 * `paneel=…` (the side panel's tab), `actor=<id>` (the selected actor),
 * `raad=1`, `minPeople=N`, `doel=…`; `#/presentaties`, `#/presentaties/<id>?stap=N&raad=0|1`, `#/presentaties/<id>/bewerken`,
 * `#/verandering?van=…&tot=…&opgave=…&level=…&raad=1&ronde=<surveyId>`,
 * `#/uitvragen/<id>?raad=1` and `#/kerncijfers?peildatum=…&vergelijk=…`.
 */
export function parseRoute(hash: string): Route {
  const [rawPath = '', rawQuery = ''] = hash.replace(/^#/, '').split('?', 2);
  const segments = rawPath.split('/').filter(Boolean).map(safeDecode);
  const query = new URLSearchParams(rawQuery);

  if (segments[0] === 'netwerk' && segments.length === 1) {
    return { screen: 'network', view: parseView(query) };
  }
  if (segments[0] === 'toegankelijkheid' && segments.length === 1) return { screen: 'accessibility' };
  if (segments[0] === 'beheer' && segments[1] === 'gebruikers' && segments.length === 2) {
    return { screen: 'users' };
  }
  if (segments[0] === 'beheer' && segments[1] === 'toegangslog' && segments.length === 2) {
    return { screen: 'access-log' };
  }
  if (segments[0] === 'opgaven' && segments.length === 2 && segments[1]) {
    return { screen: 'opgave', opgaveId: segments[1], view: parseView(query) };
  }
  if (segments[0] === 'presentaties') {
    if (segments.length === 1) return { screen: 'presentations' };
    const presentationId = segments[1];
    if (presentationId && IdSchema.safeParse(presentationId).success) {
      if (segments.length === 3 && segments[2] === 'bewerken') {
        return { screen: 'presentation-edit', presentationId };
      }
      if (segments.length === 2) {
        const step = Number(query.get('stap') ?? Number.NaN);
        const raad = query.get('raad');
        const minPeople = Number(query.get('minPeople') ?? Number.NaN);
        return {
          screen: 'presentation',
          presentationId,
          step: Number.isInteger(step) && step >= 1 ? step : 1,
          raad: raad === '1' ? true : raad === '0' ? false : null,
          ...(Number.isInteger(minPeople) && minPeople >= 1 && minPeople <= 100 ? { minPeople } : {}),
        };
      }
    }
  }
  if (segments[0] === 'verandering' && segments.length === 1) {
    const from = DateSchema.safeParse(query.get('van'));
    const to = DateSchema.safeParse(query.get('tot'));
    const opgaveId = IdSchema.safeParse(query.get('opgave'));
    const level = NetworkLevelSchema.safeParse(query.get('level'));
    const round = IdSchema.safeParse(query.get('ronde'));
    return {
      screen: 'change',
      change: {
        from: from.success ? from.data : null,
        to: to.success ? to.data : null,
        opgaveId: opgaveId.success ? opgaveId.data : null,
        level: level.success ? level.data : DEFAULT_CHANGE.level,
        raad: query.get('raad') === '1',
        ...(round.success ? { round: round.data } : {}),
      },
    };
  }
  if (
    segments[0] === 'uitvraag' &&
    segments.length === 2 &&
    /^[A-Za-z0-9_-]{1,128}$/.test(segments[1] ?? '')
  ) {
    return { screen: 'uitvraag', token: segments[1] as string };
  }
  if (segments[0] === 'uitvragen') {
    if (segments.length === 1) return { screen: 'surveys' };
    if (segments.length === 2 && IdSchema.safeParse(segments[1]).success) {
      const surveyId = segments[1] as string;
      return query.get('raad') === '1'
        ? { screen: 'survey', surveyId, raad: true }
        : { screen: 'survey', surveyId };
    }
  }
  if (segments[0] === 'kerncijfers' && segments.length === 1) {
    const asOf = DateSchema.safeParse(query.get('peildatum'));
    const compareWith = DateSchema.safeParse(query.get('vergelijk'));
    return {
      screen: 'key-figures',
      asOf: asOf.success ? asOf.data : null,
      compareWith: compareWith.success ? compareWith.data : null,
    };
  }
  return { screen: 'start' };
}

export function formatRoute(route: Route): string {
  switch (route.screen) {
    case 'start':
      return '#/';
    case 'network':
      return `#/netwerk${formatView(route.view, false)}`;
    case 'opgave':
      return `#/opgaven/${encodeURIComponent(route.opgaveId)}${formatView(route.view, true)}`;
    case 'users':
      return '#/beheer/gebruikers';
    case 'accessibility':
      return '#/toegankelijkheid';
    case 'access-log':
      return '#/beheer/toegangslog';
    case 'presentations':
      return '#/presentaties';
    case 'presentation-edit':
      return `#/presentaties/${encodeURIComponent(route.presentationId)}/bewerken`;
    case 'presentation': {
      const query = new URLSearchParams();
      if (route.step !== 1) query.set('stap', String(route.step));
      if (route.raad !== null) query.set('raad', route.raad ? '1' : '0');
      if (route.minPeople) query.set('minPeople', String(route.minPeople));
      const text = query.toString();
      return `#/presentaties/${encodeURIComponent(route.presentationId)}${text ? `?${text}` : ''}`;
    }
    case 'change': {
      const { from, to, opgaveId, level, raad, round } = route.change;
      const query = new URLSearchParams();
      if (from) query.set('van', from);
      if (to) query.set('tot', to);
      if (opgaveId) query.set('opgave', opgaveId);
      if (level !== DEFAULT_CHANGE.level) query.set('level', level);
      if (raad) query.set('raad', '1');
      if (round) query.set('ronde', round);
      const text = query.toString();
      return `#/verandering${text ? `?${text}` : ''}`;
    }
    case 'surveys':
      return '#/uitvragen';
    case 'survey':
      return `#/uitvragen/${encodeURIComponent(route.surveyId)}${route.raad ? '?raad=1' : ''}`;
    case 'uitvraag':
      return `#/uitvraag/${route.token}`;
    case 'key-figures': {
      const query = new URLSearchParams();
      if (route.asOf) query.set('peildatum', route.asOf);
      if (route.compareWith) query.set('vergelijk', route.compareWith);
      const text = query.toString();
      return `#/kerncijfers${text ? `?${text}` : ''}`;
    }
  }
}

function parseView(query: URLSearchParams): MapView {
  const level = NetworkLevelSchema.safeParse(query.get('level'));
  const hops = Number(query.get('hops') ?? Number.NaN);
  const asOf = DateSchema.safeParse(query.get('asOf'));
  const minStrength = Number(query.get('minStrength') ?? Number.NaN);
  const sizeBy = SIZE_METRICS.find((m) => m === query.get('sizeBy'));
  const focus = IdSchema.safeParse(query.get('focus'));
  const actor = IdSchema.safeParse(query.get('actor'));
  const minPeople = Number(query.get('minPeople') ?? Number.NaN);
  const purpose = query.get('doel')?.trim().slice(0, PURPOSE_MAX_LENGTH);
  return {
    level: level.success ? level.data : DEFAULT_VIEW.level,
    autoLevel: !level.success,
    hops: Number.isInteger(hops) && hops >= 0 && hops <= MAX_HOPS ? hops : DEFAULT_VIEW.hops,
    asOf: asOf.success ? asOf.data : null,
    domains: parseList(query.get('domain'), (v) => CodeSchema.safeParse(v).success),
    organisations: parseList(query.get('org'), (v) => IdSchema.safeParse(v).success),
    linkKinds: parseList(query.get('kind'), (v) => CodeSchema.safeParse(v).success),
    minStrength: Number.isInteger(minStrength) && minStrength >= 1 && minStrength <= 5 ? minStrength : null,
    sizeBy: sizeBy ?? null,
    groupByOrganisation: query.get('groups') === '1',
    focus: focus.success ? focus.data : null,
    pane: MAP_PANES.find((p) => p === query.get('pane')) ?? DEFAULT_VIEW.pane,
    side: SIDE_PANES.find((p) => p === query.get('paneel')) ?? DEFAULT_VIEW.side,
    actor: actor.success ? actor.data : null,
    raad: query.get('raad') === '1',
    minPeople:
      Number.isInteger(minPeople) && minPeople >= 1 && minPeople <= MIN_PEOPLE_MAX ? minPeople : null,
    purpose: purpose || null,
  };
}

function parseList(value: string | null, valid: (item: string) => boolean): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((v) => v.trim()))].filter((v) => v && valid(v));
}

function formatView(view: MapView, withHops: boolean): string {
  const query = new URLSearchParams();
  // a chosen level is written even when it is the default: on a large opgave "person" is a choice
  if (!view.autoLevel) query.set('level', view.level);
  if (withHops && view.hops !== DEFAULT_VIEW.hops) query.set('hops', String(view.hops));
  if (view.asOf) query.set('asOf', view.asOf);
  if (view.domains.length) query.set('domain', view.domains.join(','));
  if (view.organisations.length) query.set('org', view.organisations.join(','));
  if (view.linkKinds.length) query.set('kind', view.linkKinds.join(','));
  if (view.minStrength !== null) query.set('minStrength', String(view.minStrength));
  if (view.sizeBy) query.set('sizeBy', view.sizeBy);
  if (view.groupByOrganisation) query.set('groups', '1');
  if (view.focus) query.set('focus', view.focus);
  if (view.pane !== DEFAULT_VIEW.pane) query.set('pane', view.pane);
  if (view.side !== DEFAULT_VIEW.side) query.set('paneel', view.side);
  if (view.actor) query.set('actor', view.actor);
  if (view.raad) query.set('raad', '1');
  if (view.minPeople !== null) query.set('minPeople', String(view.minPeople));
  if (view.purpose) query.set('doel', view.purpose);
  // commas stay readable in a bookmark
  const text = query.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
