import {
  compareFromOf,
  stepKindOf,
  type View,
  type ViewFilters,
  ViewFiltersSchema,
  type ViewStyling,
  ViewStylingSchema,
} from '@regiekaart/model';
import { useSyncExternalStore } from 'react';
import { DEFAULT_CHANGE, formatRoute } from '../../routing/route.ts';

/** The query parameter that names an open saved view: `#/opgaven/<id>?level=…&view=<viewId>`. */
export const VIEW_PARAM = 'view';

/** Route parameters that are filters, and the saved view's name for each (lists are comma-separated). */
const FILTER_PARAMS = {
  level: 'level',
  hops: 'hops',
  asOf: 'asOf',
  domain: 'domains',
  domains: 'domains',
  kind: 'linkKinds',
  linkKinds: 'linkKinds',
  org: 'organisations',
  organisation: 'organisations',
  organisations: 'organisations',
  minStrength: 'minStrength',
  focus: 'focus',
} as const satisfies Record<string, keyof ViewFilters>;

// written back under the first route name that maps to each filter
const ROUTE_NAME: Record<keyof ViewFilters, string> = {
  level: 'level',
  hops: 'hops',
  asOf: 'asOf',
  domains: 'domain',
  linkKinds: 'kind',
  organisations: 'org',
  minStrength: 'minStrength',
  focus: 'focus',
};

/** Where the user is in the workbench, not what the map shows: never part of a saved view. */
const TRANSIENT_PARAMS = new Set([VIEW_PARAM, 'paneel', 'actor']);

const LISTS = new Set<keyof ViewFilters>(['domains', 'linkKinds', 'organisations']);
const NUMBERS = new Set<keyof ViewFilters>(['hops', 'minStrength']);
const MAX_STYLING_VALUE = 200;

export function hashQuery(hash: string): URLSearchParams {
  const index = hash.indexOf('?');
  return new URLSearchParams(index >= 0 ? hash.slice(index + 1) : '');
}

export function hashPath(hash: string): string {
  const index = hash.indexOf('?');
  return index >= 0 ? hash.slice(0, index) : hash;
}

/**
 * What a saved view keeps of the route: known filters as filters, every other parameter (styling
 * choices such as what sizes or colours the nodes) as styling. Invalid values are left out.
 */
export function viewStateFromQuery(query: URLSearchParams): { filters: ViewFilters; styling: ViewStyling } {
  const raw: Record<string, unknown> = {};
  const styling: Record<string, string> = {};
  for (const [key, value] of query) {
    if (TRANSIENT_PARAMS.has(key) || !value) continue;
    const filter = (FILTER_PARAMS as Record<string, keyof ViewFilters | undefined>)[key];
    if (!filter) {
      if (value.length <= MAX_STYLING_VALUE) styling[key] = value;
      continue;
    }
    raw[filter] = LISTS.has(filter)
      ? value.split(',').filter(Boolean)
      : NUMBERS.has(filter)
        ? Number(value)
        : value;
  }
  const filters: Record<string, unknown> = {};
  // keep each valid filter even when another one is not
  for (const [key, value] of Object.entries(raw)) {
    if (ViewFiltersSchema.safeParse({ [key]: value }).success) filters[key] = value;
  }
  const parsedStyling = ViewStylingSchema.safeParse({ ...styling, layout: 'preset' });
  return {
    filters: filters as ViewFilters,
    styling: parsedStyling.success ? parsedStyling.data : { layout: 'preset' },
  };
}

/** The route query that shows a saved view: its filters and styling, plus its id. */
export function queryFromView(view: Pick<View, 'id' | 'filters' | 'styling'>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(view.filters) as [keyof ViewFilters, unknown][]) {
    if (value === undefined || value === null) continue;
    query.set(ROUTE_NAME[key], Array.isArray(value) ? value.join(',') : String(value));
  }
  for (const [key, value] of Object.entries(view.styling)) {
    if (key === 'layout' || value === undefined) continue;
    query.set(key, String(value));
  }
  query.set(VIEW_PARAM, view.id);
  return query;
}

/**
 * `#/opgaven/<id>` or `#/netwerk`, for a view of that opgave or the whole network; a view that
 * compares two dates opens on the change-over-time screen, one of key figures on theirs.
 */
export function viewHash(view: Pick<View, 'id' | 'opgaveId' | 'filters' | 'styling'>): string {
  const compareFrom = compareFromOf(view.styling);
  const kind = stepKindOf(view.styling);
  if (kind === 'figures') {
    return formatRoute({ screen: 'key-figures', asOf: view.filters.asOf ?? null, compareWith: compareFrom });
  }
  if (compareFrom) {
    const change = {
      from: compareFrom,
      to: view.filters.asOf ?? null,
      opgaveId: view.opgaveId ?? null,
      level: view.filters.level ?? DEFAULT_CHANGE.level,
      raad: false,
    };
    return formatRoute({ screen: 'change', change });
  }
  const path = view.opgaveId ? `#/opgaven/${encodeURIComponent(view.opgaveId)}` : '#/netwerk';
  return `${path}?${queryFromView(view).toString()}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  // the router's replaceState does not fire hashchange; it announces itself with this event
  window.addEventListener('regiekaart:route-replaced', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener('regiekaart:route-replaced', onChange);
  };
}

/** The current hash, live. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
