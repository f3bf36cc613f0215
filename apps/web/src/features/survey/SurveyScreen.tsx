import type { InvitationLink, Symmetrize } from '@regiekaart/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { formatDate } from '../../i18n/catalogue.ts';
import { surveyStrings } from '../../i18n/nl-survey.ts';
import { surveyWorkbenchStrings } from '../../i18n/nl-survey-workbench.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { LoadState } from '../../ui/LoadState.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';
import { SurveyFrame } from './SurveyFrame.tsx';
import { SurveyMap } from './SurveyMap.tsx';
import { SurveyPanel } from './SurveyPanel.tsx';
import { SurveyRaad } from './SurveyRaad.tsx';
import { closeSurvey, surveyQuery, surveyResultsQuery } from './survey-api.ts';

const s = surveyStrings.detail;
const w = surveyWorkbenchStrings;

export const errorText = (error: unknown) =>
  error instanceof ApiError ? (error.problem.detail ?? error.problem.title) : String(error);

/** What an action says when done, or its error. */
export type ActionMessage = { text: string; error?: boolean };

/**
 * `#/uitvragen/<id>`: the survey's result as a workbench. The map (one-sided ties dashed) fills the
 * screen; the side panel holds the response, the max/min/none choice with its key figures, the
 * non-respondents and reminder, the invitations, and closing, applying and undoing.
 */
export function SurveyScreen({
  surveyId,
  raad = false,
  onRaadChange,
}: {
  surveyId: string;
  /** `raad=1`: aggregates only */
  raad?: boolean;
  onRaadChange: (raad: boolean) => void;
}) {
  return raad ? (
    <SurveyRaad surveyId={surveyId} onRaadChange={onRaadChange} />
  ) : (
    <SurveyWork surveyId={surveyId} onRaadChange={onRaadChange} />
  );
}

function SurveyWork({ surveyId, onRaadChange }: { surveyId: string; onRaadChange: (raad: boolean) => void }) {
  const queryClient = useQueryClient();
  const survey = useQuery(surveyQuery(surveyId));
  const [symmetrize, setSymmetrize] = useState<Symmetrize>('max');
  const results = useQuery(surveyResultsQuery(surveyId, symmetrize));
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`survey-${surveyId}`);
  useDocumentTitle(survey.data?.name ?? surveyStrings.list.documentTitle);
  const [message, setMessage] = useState<ActionMessage | null>(null);
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

  const title = data?.name ?? surveyStrings.list.documentTitle;
  const meta = data
    ? `${s.meta(formatDate(data.date), surveyStrings.list.statuses[data.status] ?? data.status)}${
        data.closesOn && data.status === 'open' ? ` · ${s.closesOn(formatDate(data.closesOn))}` : ''
      }`
    : null;
  const r = results.data;

  return (
    <main id="main" tabIndex={-1} className="map-screen survey-screen">
      <SurveyFrame
        title={title}
        meta={meta}
        headingRef={headingRef}
        raad={false}
        onRaadChange={onRaadChange}
        status={
          !data || !r ? (
            <LoadState
              error={survey.error ?? results.error}
              loading={s.loading}
              onRetry={() => void (survey.error ? survey.refetch() : results.refetch())}
            />
          ) : null
        }
        main={
          <>
            <p className="map-caption survey-legend">
              <span className="visually-hidden">{w.mapCaption}: </span>
              <span>
                <span className="line" aria-hidden="true" />
                {s.legendConfirmed}
              </span>
              <span>
                <span className="line dashed" aria-hidden="true" />
                {s.legendOneSided}
              </span>
              <span>
                <span className="dot hollow" aria-hidden="true" />
                {w.legendNotAnswered}
              </span>
            </p>
            <div className="pane">
              <SurveyMap actors={actors} ties={r?.ties ?? []} label={s.mapLabel} />
            </div>
          </>
        }
        side={
          data ? (
            <SurveyPanel
              survey={data}
              results={r}
              symmetrize={symmetrize}
              onSymmetrize={setSymmetrize}
              actors={actors}
              links={links}
              onLinks={setLinks}
              busy={busy}
              run={run}
              message={message}
              onClose={() => setConfirmClose(true)}
            />
          ) : null
        }
      />
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
