import { DateSchema, type NetworkLevel, NetworkLevelSchema } from '@regiekaart/model';

export const MAX_HOPS = 3;
export const DEFAULT_HOPS = 1;

/** What the map shows; kept in the URL so a view can be bookmarked and shared. */
export type MapView = {
  level: NetworkLevel;
  hops: number;
  /** `YYYY-MM-DD`; null: today */
  asOf: string | null;
};

export type Route =
  | { screen: 'start' }
  | { screen: 'network'; view: MapView }
  | { screen: 'opgave'; opgaveId: string; view: MapView }
  | { screen: 'users' };

export const DEFAULT_VIEW: MapView = { level: 'person', hops: DEFAULT_HOPS, asOf: null };

/** Reads `#/`, `#/netwerk?level=…&asOf=…` and `#/opgaven/<id>?level=…&hops=…&asOf=…`. */
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
  }
}

function parseView(query: URLSearchParams): MapView {
  const level = NetworkLevelSchema.safeParse(query.get('level'));
  const hops = Number(query.get('hops') ?? Number.NaN);
  const asOf = DateSchema.safeParse(query.get('asOf'));
  return {
    level: level.success ? level.data : DEFAULT_VIEW.level,
    hops: Number.isInteger(hops) && hops >= 0 && hops <= MAX_HOPS ? hops : DEFAULT_VIEW.hops,
    asOf: asOf.success ? asOf.data : null,
  };
}

function formatView(view: MapView, withHops: boolean): string {
  const query = new URLSearchParams();
  if (view.level !== DEFAULT_VIEW.level) query.set('level', view.level);
  if (withHops && view.hops !== DEFAULT_VIEW.hops) query.set('hops', String(view.hops));
  if (view.asOf) query.set('asOf', view.asOf);
  const text = query.toString();
  return text ? `?${text}` : '';
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
