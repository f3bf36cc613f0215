import { CodeSchema, DateSchema, IdSchema, type NetworkLevel, NetworkLevelSchema } from '@regiekaart/model';

export const MAX_HOPS = 3;
export const DEFAULT_HOPS = 1;

/** What the map shows; kept in the URL so a view can be bookmarked and shared. */
export type MapView = {
  level: NetworkLevel;
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
};

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

export type Route =
  | { screen: 'start' }
  | { screen: 'network'; view: MapView }
  | { screen: 'opgave'; opgaveId: string; view: MapView }
  | { screen: 'users' }
  | { screen: 'access-log' };

export const DEFAULT_VIEW: MapView = {
  level: 'person',
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
};

/**
 * Reads `#/`, `#/netwerk?level=…&asOf=…` and `#/opgaven/<id>?level=…&hops=…&asOf=…`, with the filters
 * `domain=a,b`, `org=a,b`, `kind=a,b`, `minStrength=N`, `sizeBy=…`, `groups=1`, `focus=<id>`, `pane=…`.
 */
export function parseRoute(hash: string): Route {
  const [rawPath = '', rawQuery = ''] = hash.replace(/^#/, '').split('?', 2);
  const segments = rawPath.split('/').filter(Boolean).map(safeDecode);
  const query = new URLSearchParams(rawQuery);

  if (segments[0] === 'netwerk' && segments.length === 1) {
    return { screen: 'network', view: parseView(query) };
  }
  if (segments[0] === 'beheer' && segments[1] === 'gebruikers' && segments.length === 2) {
    return { screen: 'users' };
  }
  if (segments[0] === 'beheer' && segments[1] === 'toegangslog' && segments.length === 2) {
    return { screen: 'access-log' };
  }
  if (segments[0] === 'opgaven' && segments.length === 2 && segments[1]) {
    return { screen: 'opgave', opgaveId: segments[1], view: parseView(query) };
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
    case 'access-log':
      return '#/beheer/toegangslog';
  }
}

function parseView(query: URLSearchParams): MapView {
  const level = NetworkLevelSchema.safeParse(query.get('level'));
  const hops = Number(query.get('hops') ?? Number.NaN);
  const asOf = DateSchema.safeParse(query.get('asOf'));
  const minStrength = Number(query.get('minStrength') ?? Number.NaN);
  const sizeBy = SIZE_METRICS.find((m) => m === query.get('sizeBy'));
  const focus = IdSchema.safeParse(query.get('focus'));
  return {
    level: level.success ? level.data : DEFAULT_VIEW.level,
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
  };
}

function parseList(value: string | null, valid: (item: string) => boolean): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((v) => v.trim()))].filter((v) => v && valid(v));
}

function formatView(view: MapView, withHops: boolean): string {
  const query = new URLSearchParams();
  if (view.level !== DEFAULT_VIEW.level) query.set('level', view.level);
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
