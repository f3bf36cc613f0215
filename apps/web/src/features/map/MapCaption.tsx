import type { ReactNode } from 'react';
import { formatDate, t } from '../../i18n/catalogue.ts';
import type { MapView } from '../../routing/route.ts';

type Props = {
  view: MapView;
  isOpgave: boolean;
  labelOf: (id: string) => string;
  domainLabel: (code: string | null) => string;
  kindLabel: (code: string) => string;
  onClearFocus: () => void;
  /** a remark about what the map shows, with what to do about it */
  note?: ReactNode;
};

/** One line over the map that says which day, level and filters it shows. */
export function MapCaption({ view, isOpgave, labelOf, domainLabel, kindLabel, onClearFocus, note }: Props) {
  const c = t.workbench.caption;
  const parts = [
    t.vocabulary.networkLevel[view.level],
    c.asOf(view.asOf ? formatDate(view.asOf) : t.map.today),
  ];
  if (isOpgave) parts.push(c.hops(view.hops));
  const filters: string[] = [];
  if (view.domains.length) filters.push(c.domains(view.domains.map(domainLabel).join(', ')));
  if (view.organisations.length) filters.push(c.organisations(view.organisations.map(labelOf).join(', ')));
  if (view.linkKinds.length) filters.push(c.linkKinds(view.linkKinds.map(kindLabel).join(', ')));
  if (view.minStrength !== null) filters.push(c.minStrength(view.minStrength));
  return (
    <p className="map-caption" data-testid="map-caption" data-map-overlay="">
      <span className="map-caption-main">{parts.join(' · ')}</span>
      <span className="map-caption-filters">{filters.length ? filters.join(' · ') : c.noFilters}</span>
      {view.sizeBy && <span>{c.sizeBy(t.workbench.metrics[view.sizeBy].name)}</span>}
      {view.focus && (
        <span className="map-caption-focus">
          {c.focus(labelOf(view.focus))}{' '}
          <button type="button" className="secondary small" onClick={onClearFocus}>
            {c.clearFocus}
          </button>
        </span>
      )}
      {note}
    </p>
  );
}
