import type { OpgaveKind } from '@regiekaart/model';
import { formatDate } from '../../i18n/catalogue.ts';
import { emptyMapStrings as s } from '../../i18n/nl-mapui.ts';

export type MapPeriod = { kind: OpgaveKind; since: string | null; until: string | null };

type Props = {
  /** the day the map shows, `YYYY-MM-DD` */
  day: string;
  /** the opgave or casus of the map, with its period; null: the whole network */
  period: MapPeriod | null;
  filtered: boolean;
  /** may add participants */
  canEdit: boolean;
  onDay: (day: string) => void;
  onClearFilters: () => void;
};

/**
 * Said over a map with nobody on it, instead of a blank canvas: a casus that has ended or an opgave
 * that has not yet begun on the day shown (with the day that shows it), or filters that leave no one.
 */
export function EmptyMap({ day, period, filtered, canEdit, onDay, onClearFilters }: Props) {
  const what = period ? s.what[period.kind] : null;
  const shownDay = formatDate(day);
  let text: string;
  let action: { label: string; run: () => void } | null = null;
  if (period && what && period.until && period.until < day) {
    const until = period.until;
    text = s.ended(what, formatDate(until), shownDay);
    action = { label: s.showOn(formatDate(until)), run: () => onDay(until) };
  } else if (period && what && period.since && day < period.since) {
    const since = period.since;
    text = s.notStarted(what, formatDate(since), shownDay);
    action = { label: s.showOn(formatDate(since)), run: () => onDay(since) };
  } else if (filtered) {
    text = s.filtered;
    action = { label: s.clearFilters, run: onClearFilters };
  } else {
    text = `${s.nobody(shownDay)} ${period && canEdit ? s.addParticipants : s.otherDay}`;
  }
  return (
    <div className="map-empty" data-testid="map-empty" data-map-overlay="">
      <p>{text}</p>
      {action && (
        <button type="button" onClick={action.run}>
          {action.label}
        </button>
      )}
    </div>
  );
}
