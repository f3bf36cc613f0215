import { dayAfter, RESPONSE_RATE_THRESHOLD, type SurveyComparison } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { formatDate } from '../../i18n/catalogue.ts';
import { surveyWorkbenchStrings } from '../../i18n/nl-survey-workbench.ts';
import type { ChangeView } from '../../routing/route.ts';
import { Field } from '../../ui/Field.tsx';
import { LoadState } from '../../ui/LoadState.tsx';
import {
  surveyCompareQuery,
  surveyQuery,
  surveyRaadCompareQuery,
  surveysQuery,
} from '../survey/survey-api.ts';
import { formatDifference, formatNumber } from './format.ts';
import './round-compare.css';

const r = surveyWorkbenchStrings.rounds;
const percent = (rate: number) => `${Math.round(rate * 100)}%`;
/** Lists of pairs show this many before "en nog N". */
const SHOWN_PAIRS = 12;

type Props = { change: ChangeView; onChange: (change: ChangeView) => void };

/**
 * On the change-over-time screen: pick a survey with a previous round; the period becomes the two
 * rounds' dates and the rounds' answers are set side by side (`GET /api/surveys/:id/compare`). In
 * the raadsversie only the figures and counts show, never which partners.
 */
export function RoundCompare({ change, onChange }: Props) {
  // a round made elsewhere (another tab, a colleague) must be in the choice when this screen opens
  const surveys = useQuery({ ...surveysQuery(), refetchOnMount: 'always' });
  const items = surveys.data?.items ?? [];
  const withRounds = items.filter((s) => s.previousSurveyId);
  const dateOf = (id: string | null) => items.find((s) => s.id === id)?.date ?? null;

  const choose = (id: string) => {
    const chosen = items.find((s) => s.id === id);
    if (!chosen) {
      const { round: _dropped, ...rest } = change;
      onChange(rest);
      return;
    }
    // what changed after the first round up to and including the second: the ties the second
    // round ended, began or continued (as the API writes rounds into the network)
    const previous = dateOf(chosen.previousSurveyId);
    onChange({
      ...change,
      round: chosen.id,
      from: previous ? dayAfter(previous) : change.from,
      to: chosen.date,
    });
  };

  return (
    <div className="round-compare" data-testid="round-compare">
      <Field label={r.choose} hint={withRounds.length ? r.chooseHint : r.noRounds}>
        {({ id, hintId }) => (
          <select
            id={id}
            aria-describedby={hintId}
            value={change.round ?? ''}
            onChange={(e) => choose(e.target.value)}
            disabled={!withRounds.length && !change.round}
          >
            <option value="">{r.none}</option>
            {withRounds.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({formatDate(dateOf(s.previousSurveyId) ?? s.date)} – {formatDate(s.date)})
              </option>
            ))}
            {change.round && !withRounds.some((s) => s.id === change.round) && (
              <option value={change.round}>{change.round}</option>
            )}
          </select>
        )}
      </Field>
      {change.round && <RoundResult surveyId={change.round} raad={change.raad} />}
    </div>
  );
}

function RoundResult({ surveyId, raad }: { surveyId: string; raad: boolean }) {
  // the raadsversie asks the server for counts only, so no partner's name reaches the browser
  const full = useQuery({ ...surveyCompareQuery(surveyId, 'max'), enabled: !raad });
  const counts = useQuery({ ...surveyRaadCompareQuery(surveyId, 'max'), enabled: raad });
  const compare = raad ? counts : full;
  const data = raad
    ? counts.data
    : full.data && {
        ...full.data,
        tiesAdded: full.data.tiesAdded.length,
        tiesRemoved: full.data.tiesRemoved.length,
      };
  if (!data) {
    return <LoadState error={compare.error} loading={r.loading} onRetry={() => void compare.refetch()} />;
  }
  const { before, after } = data;
  const rows = [
    ['responseRate', r.responseRate, before.responseRate, after.responseRate],
    ['ties', r.ties, before.figures.ties, after.figures.ties],
    ['confirmed', r.confirmed, before.figures.confirmed, after.figures.confirmed],
    ['oneSided', r.oneSided, before.figures.oneSided, after.figures.oneSided],
    ['actors', r.actors, before.figures.actors, after.figures.actors],
  ] as const;
  const low = Math.min(before.responseRate, after.responseRate) < RESPONSE_RATE_THRESHOLD;
  return (
    <div className="round-result" data-testid="round-result">
      <h3>{r.heading(formatDate(before.date), formatDate(after.date))}</h3>
      <p className="hint">{r.intro}</p>
      <ul className="round-counts">
        <li data-count="added">{r.addedCount(data.tiesAdded)}</li>
        <li data-count="removed">{r.removedCount(data.tiesRemoved)}</li>
        <li data-count="kept">{r.keptCount(data.tiesKept)}</li>
      </ul>
      <div className="table-wrap">
        <table className="figures-table round-table" data-testid="round-figures">
          <caption className="visually-hidden">
            {r.heading(formatDate(before.date), formatDate(after.date))}
          </caption>
          <thead>
            <tr>
              <th scope="col">{r.figure}</th>
              <th scope="col">{formatDate(before.date)}</th>
              <th scope="col">{formatDate(after.date)}</th>
              <th scope="col">{r.changedFigures}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([key, label, was, is]) => (
              <tr key={key} data-figure={key}>
                <th scope="row">{label}</th>
                <td>{key === 'responseRate' ? percent(was) : formatNumber(was)}</td>
                <td>{key === 'responseRate' ? percent(is) : formatNumber(is)}</td>
                <td>
                  {key === 'responseRate'
                    ? r.points(formatDifference(Math.round(is * 100) - Math.round(was * 100)))
                    : formatDifference(is - was)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {low && <p className="round-warning">{r.lowResponse(RESPONSE_RATE_THRESHOLD)}</p>}
      {!raad && full.data && <RoundPairs comparison={full.data} />}
    </div>
  );
}

/** Which ties came and went, by name: both rounds' rosters and respondents name the partners. */
function RoundPairs({ comparison }: { comparison: SurveyComparison }) {
  const after = useQuery(surveyQuery(comparison.after.surveyId));
  const before = useQuery(surveyQuery(comparison.before.surveyId));
  const names = useMemo(() => {
    const map = new Map<string, string>();
    for (const survey of [before.data, after.data]) {
      for (const entry of survey?.roster ?? []) map.set(entry.actorId, entry.name);
      for (const i of survey?.invitations ?? []) if (!map.has(i.speaksFor)) map.set(i.speaksFor, i.name);
    }
    return map;
  }, [before.data, after.data]);
  const name = (id: string) => names.get(id) ?? id;
  const lists = [
    ['added', r.addedCount(comparison.tiesAdded.length), comparison.tiesAdded],
    ['removed', r.removedCount(comparison.tiesRemoved.length), comparison.tiesRemoved],
  ] as const;
  return (
    <div className="round-pairs">
      {lists.map(([key, heading, pairs]) =>
        pairs.length ? (
          <div key={key} data-pairs={key}>
            <h4>{heading}</h4>
            <ul>
              {pairs.slice(0, SHOWN_PAIRS).map((p) => (
                <li key={`${p.sourceId}-${p.targetId}`}>
                  {name(p.sourceId)} – {name(p.targetId)}
                </li>
              ))}
              {pairs.length > SHOWN_PAIRS && <li>{r.more(pairs.length - SHOWN_PAIRS)}</li>}
            </ul>
          </div>
        ) : null,
      )}
    </div>
  );
}
