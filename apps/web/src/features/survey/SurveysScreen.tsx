import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { peopleQuery } from '../../api/entities.ts';
import { opgavenQuery, opgaveParticipantsQuery } from '../../api/opgaven.ts';
import { useCanEdit } from '../../api/session.ts';
import { formatDate } from '../../i18n/catalogue.ts';
import { surveyStrings } from '../../i18n/nl-survey.ts';
import { formatRoute } from '../../routing/route.ts';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';
import { createSurvey, surveysQuery } from './survey-api.ts';
import './survey.css';

const s = surveyStrings.list;
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** `#/uitvragen`: the surveys, and a new one made from an opgave's partners. */
export function SurveysScreen() {
  useDocumentTitle(s.documentTitle);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('surveys');
  const list = useQuery(surveysQuery());
  const canEdit = useCanEdit();
  return (
    <main id="main" tabIndex={-1} className="surveys">
      <h1 ref={headingRef} tabIndex={-1}>
        {s.title}
      </h1>
      <p className="intro">{s.intro}</p>
      <LiveStatus message={list.isLoading ? s.loading : null} />
      {list.data && list.data.items.length === 0 && <p>{s.empty}</p>}
      {list.data && list.data.items.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{s.name}</th>
                <th scope="col">{s.date}</th>
                <th scope="col">{s.status}</th>
                <th scope="col">{s.response}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((survey) => (
                <tr key={survey.id}>
                  <td>
                    <a href={formatRoute({ screen: 'survey', surveyId: survey.id })}>{survey.name}</a>
                  </td>
                  <td>{formatDate(survey.date)}</td>
                  <td>{s.statuses[survey.status]}</td>
                  <td>
                    {survey.counts.answered}/{survey.counts.respondents} ({percent(survey.responseRate)})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && <CreateSurvey previous={list.data?.items ?? []} />}
    </main>
  );
}

function CreateSurvey({ previous }: { previous: { id: string; name: string }[] }) {
  const queryClient = useQueryClient();
  const opgaven = useQuery(opgavenQuery({ kind: 'opgave', limit: 200 }));
  const people = useQuery(peopleQuery({ limit: 1000 }));
  const [opgaveId, setOpgaveId] = useState('');
  const [name, setName] = useState('');
  const [closesOn, setClosesOn] = useState('');
  const [previousId, setPreviousId] = useState('');
  const participants = useQuery({ ...opgaveParticipantsQuery(opgaveId), enabled: opgaveId !== '' });
  const roster = useMemo(() => {
    const seen = new Set<string>();
    return (participants.data?.items ?? []).filter((p) => !seen.has(p.actorId) && seen.add(p.actorId));
  }, [participants.data]);
  // contact persons: people on the roster, and people of the organisations on it
  const candidates = useMemo(() => {
    const ids = new Set(roster.map((r) => r.actorId));
    return (people.data?.items ?? []).filter(
      (p) => ids.has(p.id) || p.memberships.some((m) => ids.has(m.organisationId) && !m.until),
    );
  }, [roster, people.data]);
  const [rosterIds, setRosterIds] = useState<Set<string>>(new Set());
  const [respondentIds, setRespondentIds] = useState<Set<string>>(new Set());
  useEffect(() => setRosterIds(new Set(roster.map((r) => r.actorId))), [roster]);
  useEffect(() => setRespondentIds(new Set(candidates.map((p) => p.id))), [candidates]);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const copy = new Set(set);
    if (on) copy.add(id);
    else copy.delete(id);
    return copy;
  };

  return (
    <section className="survey-section" aria-labelledby="survey-create-heading">
      <h2 id="survey-create-heading">{s.create}</h2>
      <p>{s.createIntro}</p>
      <form
        className="survey-create"
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          try {
            const made = await createSurvey({
              name,
              ...(opgaveId ? { opgaveId } : {}),
              ...(previousId ? { previousSurveyId: previousId } : {}),
              // a new round without a choice here carries the previous round's roster and respondents
              ...(rosterIds.size ? { rosterIds: [...rosterIds] } : {}),
              ...(respondentIds.size ? { respondentIds: [...respondentIds] } : {}),
              closesOn: closesOn || null,
            });
            await queryClient.invalidateQueries({ queryKey: ['surveys'] });
            window.location.hash = formatRoute({ screen: 'survey', surveyId: made.id });
          } catch (error) {
            setMessage(
              error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : String(error),
            );
          } finally {
            setBusy(false);
          }
        }}
      >
        <div className="field">
          <label htmlFor="survey-opgave">{s.opgave}</label>
          <select
            id="survey-opgave"
            value={opgaveId}
            onChange={(e) => {
              setOpgaveId(e.target.value);
              const chosen = opgaven.data?.items.find((o) => o.id === e.target.value);
              if (chosen && !name) setName(`Netwerkuitvraag ${chosen.name} ${new Date().getFullYear()}`);
            }}
          >
            <option value="">{s.chooseOpgave}</option>
            {opgaven.data?.items.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="survey-name">{s.surveyName}</label>
          <input id="survey-name" required value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="survey-closes">{s.closesOn}</label>
          <input
            id="survey-closes"
            type="date"
            value={closesOn}
            onChange={(e) => setClosesOn(e.target.value)}
          />
        </div>
        {previous.length > 0 && (
          <div className="field">
            <label htmlFor="survey-previous">{s.previous}</label>
            <select id="survey-previous" value={previousId} onChange={(e) => setPreviousId(e.target.value)}>
              <option value="">{s.noPrevious}</option>
              {previous.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {roster.length > 0 && (
          <fieldset>
            <legend>{s.roster}</legend>
            {roster.map((r) => (
              <label key={r.actorId} className="check">
                <input
                  type="checkbox"
                  checked={rosterIds.has(r.actorId)}
                  onChange={(e) => setRosterIds(toggle(rosterIds, r.actorId, e.target.checked))}
                />{' '}
                {r.actorLabel}
              </label>
            ))}
          </fieldset>
        )}
        {candidates.length > 0 && (
          <fieldset>
            <legend>{s.respondents}</legend>
            {candidates.map((p) => (
              <label key={p.id} className="check">
                <input
                  type="checkbox"
                  checked={respondentIds.has(p.id)}
                  onChange={(e) => setRespondentIds(toggle(respondentIds, p.id, e.target.checked))}
                />{' '}
                {p.name}
                {p.memberships[0]?.organisationName ? `, ${p.memberships[0].organisationName}` : ''}
                {p.email ? '' : ` (${s.noEmail})`}
              </label>
            ))}
          </fieldset>
        )}
        <div>
          <button
            type="submit"
            disabled={busy || (!previousId && (rosterIds.size === 0 || respondentIds.size === 0))}
          >
            {s.submit}
          </button>
        </div>
        {message && (
          <p role="alert" className="error">
            {message}
          </p>
        )}
      </form>
    </section>
  );
}
