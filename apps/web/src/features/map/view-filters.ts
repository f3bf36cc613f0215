import { DEFAULT_VIEW, type MapView } from '../../routing/route.ts';

/** Whether the view leaves actors or ties out: a domain, organisation, tie kind, strength or focus. */
export function isFiltered(view: MapView): boolean {
  return (
    view.domains.length > 0 ||
    view.organisations.length > 0 ||
    view.linkKinds.length > 0 ||
    view.minStrength !== null ||
    view.focus !== null
  );
}

/** The same view without its filters ("Alle filters wissen"). */
export function withoutFilters(view: MapView): MapView {
  return {
    ...view,
    domains: DEFAULT_VIEW.domains,
    organisations: DEFAULT_VIEW.organisations,
    linkKinds: DEFAULT_VIEW.linkKinds,
    minStrength: DEFAULT_VIEW.minStrength,
    focus: DEFAULT_VIEW.focus,
  };
}
