import type { RespondentView, SurveyAnswer, SurveyFrequency } from '@regiekaart/model';
import { SURVEY_FREQUENCIES } from '@regiekaart/model';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { formatDate } from '../../i18n/catalogue.ts';
import { surveyStrings } from '../../i18n/nl-survey.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { loadRespondent, saveRespondent } from './survey-api.ts';
import './survey.css';

const s = surveyStrings.respondent;

/** A ticked partner; `frequency` is chosen after ticking, so it may still be missing. */
type Draft = Omit<SurveyAnswer, 'frequency'> & { frequency: SurveyFrequency | null };

const complete = (d: Draft): d is SurveyAnswer => d.frequency !== null;

/**
 * The respondent's page at `#/uitvraag/<token>`: no account, no cookie. Mobile first: one column of
 * partners, a tick opens the questions for that partner. Every change is saved shortly after.
 */
export function RespondentPage({ token }: { token: string }) {
  useDocumentTitle(s.documentTitle);
  const [view, setView] = useState<RespondentView | null>(null);
  const [failure, setFailure] = useState<{ title: string; detail: string } | null>(null);
  const [drafts, setDrafts] = useState<Map<string, Draft>>(new Map());
  const [filter, setFilter] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const dirty = useRef(false);
  const saving = useRef<Promise<void> | null>(null);

  useEffect(() => {
    let live = true;
    loadRespondent(token).then(
      (v) => {
        if (!live) return;
        setView(v);
        setDrafts(new Map(v.answers.map((a) => [a.actorId, { ...a }])));
      },
      (error: unknown) => {
        if (!live) return;
        const problem = error instanceof ApiError ? error.problem : null;
        setFailure({
          title: problem?.status === 410 ? s.gone : s.unknown,
          detail: problem?.detail ?? String(error),
        });
      },
    );
    return () => {
      live = false;
    };
  }, [token]);

  const save = async () => {
    dirty.current = false;
    const answers = [...drafts.values()].filter(complete);
    setStatus(s.saving);
    try {
      await saveRespondent(token, answers);
      setStatus(s.saved(new Date().toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' })));
    } catch (error) {
      setStatus(
        s.saveFailed(
          error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : String(error),
        ),
      );
      throw error;
    }
  };

  // saves as you go: shortly after the last change
  useEffect(() => {
    if (!dirty.current) return;
    const timer = setTimeout(() => {
      saving.current = save().catch(() => undefined);
    }, 500);
    return () => clearTimeout(timer);
  });

  const change = (actorId: string, next: Draft | null) => {
    dirty.current = true;
    setDone(false);
    setDrafts((current) => {
      const copy = new Map(current);
      if (next) copy.set(actorId, next);
      else copy.delete(actorId);
      return copy;
    });
  };

  const roster = useMemo(() => {
    if (!view) return [];
    const q = filter.trim().toLocaleLowerCase('nl');
    if (!q) return view.roster;
    return view.roster.filter((r) => `${r.name} ${r.organisation ?? ''}`.toLocaleLowerCase('nl').includes(q));
  }, [view, filter]);

  if (failure) {
    return (
      <main id="main" tabIndex={-1} className="respondent">
        <h1>{failure.title}</h1>
        <p>{failure.detail}</p>
      </main>
    );
  }
  if (!view) {
    return (
      <main id="main" tabIndex={-1} className="respondent">
        <p role="status">{s.loading}</p>
      </main>
    );
  }
  const { questions } = view;
  const ticked = drafts.size;

  return (
    <main id="main" tabIndex={-1} className="respondent">
      <header className="respondent-header">
        <p className="respondent-kicker">{s.heading}</p>
        <h1>{view.survey.name}</h1>
        {view.survey.opgave && <p>{s.forOpgave(view.survey.opgave)}</p>}
        <p>{s.speaksFor(view.respondent.name, view.respondent.speaksFor)}</p>
        <p>{s.intro(questions.period)}</p>
        {view.survey.closesOn && <p>{s.closesOn(formatDate(view.survey.closesOn))}</p>}
        <p className="hint">{s.privacy}</p>
      </header>

      <div className="respondent-search field">
        <label htmlFor="respondent-search">{s.search}</label>
        <input
          id="respondent-search"
          type="search"
          value={filter}
          aria-describedby="respondent-search-hint"
          onChange={(e) => setFilter(e.target.value)}
        />
        <span className="hint" id="respondent-search-hint">
          {s.searchHint}
        </span>
      </div>

      <h2 className="respondent-count">
        {s.partners} <span className="hint">({s.countTicked(ticked)})</span>
      </h2>
      {roster.length === 0 && <p>{s.noPartners}</p>}
      <ul className="respondent-list">
        {roster.map((entry) => {
          const draft = drafts.get(entry.actorId);
          const id = `p-${entry.actorId}`;
          return (
            <li key={entry.actorId} className={draft ? 'respondent-item ticked' : 'respondent-item'}>
              <div className="respondent-tick">
                <input
                  id={id}
                  type="checkbox"
                  checked={Boolean(draft)}
                  onChange={(e) =>
                    change(
                      entry.actorId,
                      e.target.checked ? { actorId: entry.actorId, frequency: null } : null,
                    )
                  }
                />
                <label htmlFor={id}>
                  <span className="respondent-name">{entry.name}</span>
                  {entry.organisation && <span className="respondent-org">{entry.organisation}</span>}
                </label>
              </div>
              {draft && (
                <div className="respondent-questions">
                  <fieldset className="choice-row">
                    <legend>
                      {s.frequency} <span className="visually-hidden">{entry.name}</span>
                    </legend>
                    {SURVEY_FREQUENCIES.map((f) => (
                      <label key={f} className="choice">
                        <input
                          type="radio"
                          name={`${id}-frequency`}
                          value={f}
                          checked={draft.frequency === f}
                          onChange={() => change(entry.actorId, { ...draft, frequency: f })}
                        />
                        <span>{s.frequencies[f]}</span>
                      </label>
                    ))}
                  </fieldset>
                  {draft.frequency === null && <p className="hint respondent-todo">{s.chooseFrequency}</p>}
                  {questions.kinds.length > 0 && (
                    <fieldset className="choice-row">
                      <legend>{s.kinds}</legend>
                      {questions.kinds.map((k) => (
                        <label key={k.code} className="choice">
                          <input
                            type="checkbox"
                            checked={draft.kinds?.includes(k.code) ?? false}
                            onChange={(e) => {
                              const kinds = new Set(draft.kinds ?? []);
                              if (e.target.checked) kinds.add(k.code);
                              else kinds.delete(k.code);
                              change(entry.actorId, { ...draft, kinds: [...kinds] });
                            }}
                          />
                          <span>{k.label}</span>
                        </label>
                      ))}
                    </fieldset>
                  )}
                  {questions.scores.map((q) => (
                    <fieldset key={q.id} className="choice-row">
                      <legend>{s.score(q.label)}</legend>
                      {[1, 2, 3, 4, 5].map((n) => (
                        <label key={n} className="choice score">
                          <input
                            type="radio"
                            name={`${id}-${q.id}`}
                            value={n}
                            checked={draft.quality?.[q.id] === n}
                            onChange={() =>
                              change(entry.actorId, {
                                ...draft,
                                quality: { ...(draft.quality ?? {}), [q.id]: n },
                              })
                            }
                          />
                          <span>{s.scoreValue(n)}</span>
                        </label>
                      ))}
                    </fieldset>
                  ))}
                  {questions.freeText && (
                    <div className="field">
                      <label htmlFor={`${id}-note`}>{questions.freeText}</label>
                      <textarea
                        id={`${id}-note`}
                        rows={2}
                        maxLength={1000}
                        value={draft.note ?? ''}
                        onChange={(e) => change(entry.actorId, { ...draft, note: e.target.value || null })}
                      />
                    </div>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <div className="respondent-footer">
        <p className="live-status" role="status" aria-live="polite">
          {status}
        </p>
        <button
          type="button"
          onClick={async () => {
            await saving.current;
            await save().then(
              () => setDone(true),
              () => undefined,
            );
          }}
        >
          {s.done}
        </button>
        {done && <p className="respondent-thanks">{s.thanks}</p>}
      </div>
    </main>
  );
}
