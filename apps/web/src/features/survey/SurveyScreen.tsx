import type { InvitationLink, Symmetrize } from '@regiekaart/model';
import { RESPONSE_RATE_THRESHOLD, SURVEY_SYMMETRIZE } from '@regiekaart/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { useCanEdit } from '../../api/session.ts';
import { useDomainLabels } from '../../api/use-domain-labels.ts';
import { formatDate } from '../../i18n/catalogue.ts';
import { surveyStrings } from '../../i18n/nl-survey.ts';
import { formatRoute } from '../../routing/route.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';
import { SurveyMap } from './SurveyMap.tsx';
import {
  applySurvey,
  closeSurvey,
  downloadLinksCsv,
  makeLinks,
  remind,
  surveyCompareQuery,
  surveyQuery,
  surveyResultsQuery,
  undoApplication,
} from './survey-api.ts';
import './survey.css';

const s = surveyStrings.detail;
const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 3 });
const errorText = (error: unknown) =>
  error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : String(error);

/** `#/uitvragen/<id>`: response, invitations, closing, the result under max/min/none, applying and undoing. */
export function SurveyScreen({ surveyId }: { surveyId: string }) {
  const queryClient = useQueryClient();
  const survey = useQuery(surveyQuery(surveyId));
  const [symmetrize, setSymmetrize] = useState<Symmetrize>('max');
  const results = useQuery(surveyResultsQuery(surveyId, symmetrize));
  const compare = useQuery({
    ...surveyCompareQuery(surveyId, symmetrize),
    enabled: Boolean(survey.data?.previousSurveyId),
  });
  const canEdit = useCanEdit();
  const domainLabel = useDomainLabels();
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`survey-${surveyId}`);
  useDocumentTitle(survey.data?.name ?? surveyStrings.list.documentTitle);
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [links, setLinks] = useState<InvitationLink[]>([]);
  const [confirmClose, setConfirmClose] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ text: await action() });
      await queryClient.invalidateQueries({ queryKey: ['surveys'] });
      await queryClient.invalidateQueries({ queryKey: ['network'] });
    } catch (error) {
      setMessage({ text: errorText(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const data = survey.data;
  const actors = useMemo(() => {
    if (!data) return [];
    const answered = new Set(data.invitations.filter((i) => i.status === 'answered').map((i) => i.speaksFor));
    const all = new Map(data.roster.map((r) => [r.actorId, r.name]));
    for (const i of data.invitations) if (!all.has(i.speaksFor)) all.set(i.speaksFor, i.name);
    return [...all].map(([id, label]) => ({ id, label, responded: answered.has(id) }));
  }, [data]);
  const names = useMemo(() => new Map(actors.map((a) => [a.id, a.label])), [actors]);
  const people = useMemo(() => new Map(data?.invitations.map((i) => [i.respondentId, i.name]) ?? []), [data]);

  if (survey.error) {
    return (
      <main id="main" tabIndex={-1} className="surveys">
        <p role="alert">{errorText(survey.error)}</p>
      </main>
    );
  }
  if (!data) {
    return (
      <main id="main" tabIndex={-1} className="surveys">
        <LiveStatus message={s.loading} />
      </main>
    );
  }
  const open = data.status === 'open';
  const r = results.data;

  return (
    <main id="main" tabIndex={-1} className="surveys">
      <p>
        <a href={formatRoute({ screen: 'surveys' })}>{s.back}</a>
      </p>
      <h1 ref={headingRef} tabIndex={-1}>
        {data.name}
      </h1>
      <p>
        {s.meta(formatDate(data.date), surveyStrings.list.statuses[data.status] ?? data.status)}
        {data.closesOn && open ? ` ${s.closesOn(formatDate(data.closesOn))}` : ''}
      </p>
      <p className="live-status" role="status" aria-live="polite">
        {message && !message.error ? message.text : null}
      </p>
      {message?.error && (
        <p role="alert" className="survey-warning">
          {message.text}
        </p>
      )}

      <section className="survey-section" aria-labelledby="survey-response">
        <h2 id="survey-response">{s.responseHeading}</h2>
        <p>{s.responseSummary(data.counts.answered, data.counts.respondents, data.responseRate)}</p>
        {data.responseRate < RESPONSE_RATE_THRESHOLD && (
          <p className="survey-warning" data-testid="low-response">
            {s.lowResponse(data.responseRate, RESPONSE_RATE_THRESHOLD)}
          </p>
        )}
        {r && r.perDomain.length > 0 && (
          <div className="table-scroll">
            <table>
              <caption className="visually-hidden">{s.perDomain}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.domain}</th>
                  <th scope="col">{s.rate}</th>
                </tr>
              </thead>
              <tbody>
                {r.perDomain.map((d) => (
                  <tr key={d.domain}>
                    <td>{domainLabel(d.domain)}</td>
                    <td>
                      {d.answered}/{d.respondents} ({percent(d.rate)})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="survey-section" aria-labelledby="survey-invitations">
        <h2 id="survey-invitations">{s.invitationsHeading}</h2>
        {canEdit && open && (
          <>
            <div className="survey-actions">
              <button
                type="button"
                disabled={busy}
                onClick={() =>
                  run(async () => {
                    const made = await makeLinks(surveyId, false);
                    setLinks(made);
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
                    setLinks([]);
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
            </div>
            <p className="hint">{s.linksHint}</p>
          </>
        )}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways on a phone must be reachable by keyboard */}
        <section className="table-scroll" tabIndex={0} aria-label={s.invitationsHeading}>
          <table>
            <thead>
              <tr>
                <th scope="col">{s.person}</th>
                <th scope="col">{s.organisation}</th>
                <th scope="col">{s.email}</th>
                <th scope="col">{s.status}</th>
                {links.length > 0 && <th scope="col">{s.link}</th>}
              </tr>
            </thead>
            <tbody>
              {data.invitations.map((i) => (
                <tr key={i.respondentId}>
                  <td>{i.name}</td>
                  <td>{i.organisation ?? ''}</td>
                  <td>{i.email ?? ''}</td>
                  <td>{s.statuses[i.status]}</td>
                  {links.length > 0 && (
                    <td className="survey-links" data-respondent={i.respondentId}>
                      {links.find((l) => l.respondentId === i.respondentId)?.link ?? ''}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {canEdit && open && (
          <div className="survey-actions">
            <button type="button" className="danger" disabled={busy} onClick={() => setConfirmClose(true)}>
              {s.close}
            </button>
          </div>
        )}
      </section>

      <section className="survey-section" aria-labelledby="survey-results">
        <h2 id="survey-results">{s.resultsHeading}</h2>
        <fieldset className="choice-row">
          <legend>{s.symmetrize}</legend>
          {SURVEY_SYMMETRIZE.map((option) => (
            <label key={option} className="choice">
              <input
                type="radio"
                name="symmetrize"
                value={option}
                checked={symmetrize === option}
                onChange={() => setSymmetrize(option)}
              />
              <span>{s.symmetrizeOptions[option]}</span>
            </label>
          ))}
        </fieldset>
        {r && (
          <>
            <h3>{s.figures}</h3>
            <dl className="survey-figures" data-testid="survey-figures">
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
            <p className="survey-legend" aria-hidden="true">
              <span>
                <span className="line" />
                {s.legendConfirmed}
              </span>
              <span>
                <span className="line dashed" />
                {s.legendOneSided}
              </span>
            </p>
            <SurveyMap actors={actors} ties={r.ties} label={s.mapLabel} />
            <details>
              <summary>{s.tiesTable}</summary>
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways on a phone must be reachable by keyboard */}
              <section className="table-scroll" tabIndex={0} aria-label={s.tiesTable}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{s.from}</th>
                      <th scope="col">{s.to}</th>
                      <th scope="col">{s.confirmed}</th>
                      <th scope="col">{s.frequency}</th>
                      <th scope="col">{s.reportedBy}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.ties.map((tie) => (
                      <tr key={`${tie.sourceId}-${tie.targetId}`}>
                        <td>{names.get(tie.sourceId) ?? tie.sourceId}</td>
                        <td>{names.get(tie.targetId) ?? tie.targetId}</td>
                        <td>{tie.confirmed ? s.yes : s.no}</td>
                        <td>{surveyStrings.respondent.frequencies[tie.frequency]}</td>
                        <td>{tie.reportedBy.map((p) => people.get(p) ?? p).join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </section>
            </details>
            <h3>{s.nonRespondents}</h3>
            <p>{r.nonRespondents.length ? r.nonRespondents.map((p) => p.name).join(', ') : s.none}</p>
          </>
        )}
        {canEdit && (
          <div className="survey-actions">
            {open && <p className="hint">{s.openFirst}</p>}
            {!data.application && (
              <button
                type="button"
                disabled={busy || open}
                onClick={() =>
                  run(async () => {
                    const applied = await applySurvey(surveyId, symmetrize);
                    return s.applied(applied.linkIds.length, formatDate(data.date));
                  })
                }
              >
                {s.apply}
              </button>
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
          </div>
        )}
        {canEdit && !data.application && <p className="hint">{s.applyHint}</p>}
      </section>
      {compare.data && (
        <section className="survey-section" aria-labelledby="survey-compare">
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
                  [
                    s.density,
                    decimal.format(compare.data.before.figures.density),
                    decimal.format(compare.data.after.figures.density),
                  ],
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
          <ul>
            {compare.data.tiesAdded.map((p) => (
              <li key={`+${p.sourceId}-${p.targetId}`}>
                + {names.get(p.sourceId) ?? p.sourceId} – {names.get(p.targetId) ?? p.targetId}
              </li>
            ))}
            {compare.data.tiesRemoved.map((p) => (
              <li key={`-${p.sourceId}-${p.targetId}`}>
                − {names.get(p.sourceId) ?? p.sourceId} – {names.get(p.targetId) ?? p.targetId}
              </li>
            ))}
          </ul>
        </section>
      )}
      {confirmClose && (
        <ConfirmDialog
          message={s.closeConfirm}
          confirmLabel={s.close}
          busy={busy}
          onCancel={() => setConfirmClose(false)}
          onConfirm={() => {
            setConfirmClose(false);
            void run(async () => {
              await closeSurvey(surveyId);
              setLinks([]);
              return s.closed;
            });
          }}
        />
      )}
    </main>
  );
}
