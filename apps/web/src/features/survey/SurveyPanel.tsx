import type { InvitationLink, SurveyDetail, SurveyResults, Symmetrize } from '@regiekaart/model';
import { dayAfter, RESPONSE_RATE_THRESHOLD } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useCanEdit } from '../../api/session.ts';
import { useDomainLabels } from '../../api/use-domain-labels.ts';
import { formatDate } from '../../i18n/catalogue.ts';
import { surveyStrings } from '../../i18n/nl-survey.ts';
import { surveyWorkbenchStrings } from '../../i18n/nl-survey-workbench.ts';
import { DEFAULT_CHANGE, formatRoute } from '../../routing/route.ts';
import { RateBar } from './RateBar.tsx';
import { DomainRates, SymmetrizeChoice } from './SurveyParts.tsx';
import type { ActionMessage } from './SurveyScreen.tsx';
import {
  applySurvey,
  downloadLinksCsv,
  makeLinks,
  remind,
  surveyCompareQuery,
  undoApplication,
} from './survey-api.ts';

const s = surveyStrings.detail;
const w = surveyWorkbenchStrings;
const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });

type Props = {
  survey: SurveyDetail;
  /** undefined while the first answer loads */
  results: SurveyResults | undefined;
  symmetrize: Symmetrize;
  onSymmetrize: (symmetrize: Symmetrize) => void;
  actors: { id: string; label: string }[];
  links: InvitationLink[];
  onLinks: (links: InvitationLink[]) => void;
  busy: boolean;
  run: (action: () => Promise<string>) => Promise<void>;
  message: ActionMessage | null;
  onClose: () => void;
};

/** The results workbench's side panel: response, the one-sided choice and its figures, actions. */
export function SurveyPanel({
  survey: data,
  results: r,
  symmetrize,
  onSymmetrize,
  actors,
  links,
  onLinks,
  busy,
  run,
  message,
  onClose,
}: Props) {
  const canEdit = useCanEdit();
  const domainLabel = useDomainLabels();
  const surveyId = data.id;
  const open = data.status === 'open';
  const compare = useQuery({
    ...surveyCompareQuery(surveyId, symmetrize),
    enabled: Boolean(data.previousSurveyId),
  });
  const names = useMemo(() => new Map(actors.map((a) => [a.id, a.label])), [actors]);
  const people = useMemo(() => new Map(data.invitations.map((i) => [i.respondentId, i.name])), [data]);
  const low = data.responseRate < RESPONSE_RATE_THRESHOLD;

  return (
    <>
      <div className="survey-status">
        <p className="live-status" role="status" aria-live="polite">
          {message && !message.error ? message.text : null}
        </p>
        {message?.error && (
          <p role="alert" className="survey-warning">
            {message.text}
          </p>
        )}
      </div>

      <section className="survey-card" aria-labelledby="survey-response">
        <h2 id="survey-response">{s.responseHeading}</h2>
        <p>{s.responseSummary(data.counts.answered, data.counts.respondents, data.responseRate)}</p>
        <RateBar rate={data.responseRate} />
        {low && (
          <p className="survey-warning" data-testid="low-response">
            {s.lowResponse(data.responseRate, RESPONSE_RATE_THRESHOLD)}
          </p>
        )}
        {r && r.perDomain.length > 0 && (
          <DomainRates
            rows={r.perDomain.map((d) => ({ ...d, invited: d.respondents }))}
            caption={s.perDomain}
            testId="survey-per-domain"
            label={domainLabel}
          />
        )}
      </section>

      <section className="survey-card" aria-labelledby="survey-results">
        <h2 id="survey-results">{s.resultsHeading}</h2>
        <SymmetrizeChoice value={symmetrize} onChange={onSymmetrize} />
        {r && (
          <dl className="survey-figures" data-testid="survey-figures" aria-label={s.figures}>
            <div>
              <dt>{s.ties}</dt>
              <dd data-figure="ties">{r.figures.ties}</dd>
            </div>
            <div>
              <dt>{s.confirmed}</dt>
              <dd data-figure="confirmed">{r.figures.confirmed}</dd>
            </div>
            <div>
              <dt>{s.oneSided}</dt>
              <dd data-figure="oneSided">{r.figures.oneSided}</dd>
            </div>
            <div>
              <dt>{s.density}</dt>
              <dd data-figure="density">{decimal.format(r.figures.density)}</dd>
            </div>
            <div>
              <dt>{s.actors}</dt>
              <dd data-figure="actors">{r.figures.actors}</dd>
            </div>
          </dl>
        )}
        {r && (
          <details className="survey-ties">
            <summary>{s.tiesTable}</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">{s.from}</th>
                  <th scope="col">{s.to}</th>
                  <th scope="col">{s.frequency}</th>
                </tr>
              </thead>
              <tbody>
                {r.ties.map((tie) => (
                  <tr key={`${tie.sourceId}-${tie.targetId}`}>
                    <td>{names.get(tie.sourceId) ?? tie.sourceId}</td>
                    <td>
                      {names.get(tie.targetId) ?? tie.targetId}
                      <span className="hint">
                        {tie.confirmed ? s.legendConfirmed : s.legendOneSided}
                        {' · '}
                        {s.reportedBy}: {tie.reportedBy.map((p) => people.get(p) ?? p).join(', ')}
                      </span>
                    </td>
                    <td>{surveyStrings.respondent.frequencies[tie.frequency]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        )}
      </section>

      <section className="survey-card" aria-labelledby="survey-non-respondents">
        <h2 id="survey-non-respondents">
          {s.nonRespondents}
          {r ? ` (${r.nonRespondents.length})` : ''}
        </h2>
        {r && (
          <p data-testid="non-respondents">
            {r.nonRespondents.length ? r.nonRespondents.map((p) => p.name).join(', ') : w.remindNone}
          </p>
        )}
        {canEdit && open && r && r.nonRespondents.length > 0 && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() =>
              run(async () => {
                const sent = await remind(surveyId);
                return s.emailed(sent.filter((l) => l.emailed).length);
              })
            }
          >
            {s.remind}
          </button>
        )}
      </section>

      {canEdit && (
        <section className="survey-card" aria-labelledby="survey-actions">
          <h2 id="survey-actions">{w.actionsHeading}</h2>
          {open && (
            <>
              <p className="hint">{s.openFirst}</p>
              <button type="button" className="danger" disabled={busy} onClick={onClose}>
                {s.close}
              </button>
            </>
          )}
          {!open && !data.application && (
            <>
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    const applied = await applySurvey(surveyId, symmetrize);
                    return s.applied(applied.linkIds.length, formatDate(data.date));
                  })
                }
              >
                {s.apply}
              </button>
              <p className="hint">{s.applyHint}</p>
            </>
          )}
          {data.application && (
            <>
              <p>{s.applied(data.application.linkIds.length, formatDate(data.date))}</p>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    const undone = await undoApplication(surveyId);
                    return s.undone(undone.removed);
                  })
                }
              >
                {s.undo}
              </button>
            </>
          )}
        </section>
      )}

      <details className="survey-card survey-invitations-card" open={open}>
        <summary>
          <h2>{s.invitationsHeading}</h2>
        </summary>
        {canEdit && open && (
          <>
            <div className="survey-actions">
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    const made = await makeLinks(surveyId, false);
                    onLinks(made);
                    return s.linksMade(made.length);
                  })
                }
              >
                {s.makeLinks}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    await downloadLinksCsv(surveyId);
                    onLinks([]);
                    return s.linksMade(data.counts.respondents);
                  })
                }
              >
                {s.downloadCsv}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    const made = await makeLinks(surveyId, true);
                    return s.emailed(made.filter((l) => l.emailed).length);
                  })
                }
              >
                {s.sendEmail}
              </button>
            </div>
            <p className="hint">{s.linksHint}</p>
          </>
        )}
        <table className="survey-invitations" data-testid="survey-invitations">
          <thead>
            <tr>
              <th scope="col">{s.person}</th>
              <th scope="col">{s.status}</th>
            </tr>
          </thead>
          <tbody>
            {data.invitations.map((i) => {
              const link = links.find((l) => l.respondentId === i.respondentId)?.link;
              return (
                <tr key={i.respondentId}>
                  <td>
                    {i.name}
                    {(i.organisation || i.email) && (
                      <span className="hint">{[i.organisation, i.email].filter(Boolean).join(' · ')}</span>
                    )}
                    {link && (
                      <span className="survey-link" data-respondent={i.respondentId}>
                        {link}
                      </span>
                    )}
                  </td>
                  <td>{s.statuses[i.status]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>

      {compare.data && (
        <section className="survey-card" aria-labelledby="survey-compare">
          <h2 id="survey-compare">{s.compareHeading}</h2>
          <p>{s.compareIntro(formatDate(compare.data.before.date), formatDate(compare.data.after.date))}</p>
          <table data-testid="survey-compare">
            <thead>
              <tr>
                <th scope="col">{s.figure}</th>
                <th scope="col">{formatDate(compare.data.before.date)}</th>
                <th scope="col">{formatDate(compare.data.after.date)}</th>
              </tr>
            </thead>
            <tbody>
              {(
                [
                  [
                    s.responseRate,
                    percent(compare.data.before.responseRate),
                    percent(compare.data.after.responseRate),
                  ],
                  [s.ties, compare.data.before.figures.ties, compare.data.after.figures.ties],
                  [s.confirmed, compare.data.before.figures.confirmed, compare.data.after.figures.confirmed],
                ] as const
              ).map(([label, before, after]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{before}</td>
                  <td>{after}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {s.tiesAdded(compare.data.tiesAdded.length)}, {s.tiesRemoved(compare.data.tiesRemoved.length)},{' '}
            {s.tiesKept(compare.data.tiesKept)}.
          </p>
          <a
            href={formatRoute({
              screen: 'change',
              change: {
                ...DEFAULT_CHANGE,
                round: compare.data.after.surveyId,
                from: dayAfter(compare.data.before.date),
                to: compare.data.after.date,
              },
            })}
          >
            {w.roundsLink}
          </a>
        </section>
      )}
    </>
  );
}
