import type { SurveyRaadResults, Symmetrize } from '@regiekaart/model';
import { RESPONSE_RATE_THRESHOLD } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { type CSSProperties, useState } from 'react';
import { useDomainLabels } from '../../api/use-domain-labels.ts';
import { formatDate } from '../../i18n/catalogue.ts';
import { surveyStrings } from '../../i18n/nl-survey.ts';
import { surveyWorkbenchStrings } from '../../i18n/nl-survey-workbench.ts';
import { LoadState } from '../../ui/LoadState.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';
import { RaadFooter } from '../map/RaadFooter.tsx';
import { RateBar } from './RateBar.tsx';
import { SurveyFrame } from './SurveyFrame.tsx';
import { DomainRates, SymmetrizeChoice } from './SurveyParts.tsx';
import { surveyRaadResultsQuery, surveysQuery } from './survey-api.ts';

const s = surveyStrings.detail;
const w = surveyWorkbenchStrings;
const count = new Intl.NumberFormat('nl-NL');

type Props = { surveyId: string; onRaadChange: (raad: boolean) => void };

/**
 * The raadsversie of a survey's result: counts only, from `GET /api/surveys/:id/results?view=raad`.
 * Nothing here loads names: the title comes from the list of surveys, not the survey's detail
 * (which lists the respondents), and there is no map of who works with whom.
 */
export function SurveyRaad({ surveyId, onRaadChange }: Props) {
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`survey-raad-${surveyId}`);
  const [symmetrize, setSymmetrize] = useState<Symmetrize>('max');
  const survey = useQuery(surveysQuery()).data?.items.find((item) => item.id === surveyId);
  const results = useQuery(surveyRaadResultsQuery(surveyId, symmetrize));
  const title = survey?.name ?? surveyStrings.list.documentTitle;
  useDocumentTitle(`${title} · ${w.raad.heading}`);
  const meta = survey
    ? s.meta(formatDate(survey.date), surveyStrings.list.statuses[survey.status] ?? survey.status)
    : null;
  const data = results.data;

  return (
    <main id="main" tabIndex={-1} className="map-screen survey-screen survey-raad">
      <SurveyFrame
        title={title}
        meta={meta}
        headingRef={headingRef}
        raad
        onRaadChange={onRaadChange}
        status={
          data ? null : (
            <LoadState
              error={results.error}
              loading={w.raad.loading}
              onRetry={() => void results.refetch()}
            />
          )
        }
        main={
          <div className="pane survey-raad-main">
            {data && <DomainPairs data={data} />}
            {data && survey && <RaadFooter asOf={survey.date} purpose={null} />}
          </div>
        }
        side={data ? <RaadPanel data={data} symmetrize={symmetrize} onSymmetrize={setSymmetrize} /> : null}
      />
    </main>
  );
}

function RaadPanel({
  data,
  symmetrize,
  onSymmetrize,
}: {
  data: SurveyRaadResults;
  symmetrize: Symmetrize;
  onSymmetrize: (symmetrize: Symmetrize) => void;
}) {
  const domainLabel = useRaadDomainLabel();
  const invited = data.respondentCount + data.nonRespondentCount;
  return (
    <>
      <section className="survey-card" aria-labelledby="raad-response">
        <h2 id="raad-response">{s.responseHeading}</h2>
        <p data-testid="raad-response">
          {s.responseSummary(data.respondentCount, invited, data.responseRate)}
        </p>
        <RateBar rate={data.responseRate} />
        {data.responseRate < RESPONSE_RATE_THRESHOLD && (
          <p className="survey-warning" data-testid="low-response">
            {s.lowResponse(data.responseRate, RESPONSE_RATE_THRESHOLD)}
          </p>
        )}
        <dl className="survey-figures">
          <div>
            <dt>{w.raad.respondents}</dt>
            <dd data-figure="respondents">{count.format(data.respondentCount)}</dd>
          </div>
          <div>
            <dt>{w.raad.nonRespondents}</dt>
            <dd data-figure="nonRespondents">{count.format(data.nonRespondentCount)}</dd>
          </div>
        </dl>
        {data.perDomain.length > 0 && (
          <DomainRates
            rows={data.perDomain.map((d) => ({ ...d, rate: d.responseRate }))}
            caption={w.raad.perDomainCaption}
            testId="raad-per-domain"
            label={domainLabel}
          />
        )}
      </section>
      <section className="survey-card" aria-labelledby="raad-results">
        <h2 id="raad-results">{s.resultsHeading}</h2>
        <SymmetrizeChoice value={symmetrize} onChange={onSymmetrize} />
        <dl className="survey-figures" data-testid="survey-figures" aria-label={s.figures}>
          <div>
            <dt>{s.ties}</dt>
            <dd data-figure="ties">{count.format(data.ties.confirmed + data.ties.oneSided)}</dd>
          </div>
          <div>
            <dt>{s.confirmed}</dt>
            <dd data-figure="confirmed">{count.format(data.ties.confirmed)}</dd>
          </div>
          <div>
            <dt>{s.oneSided}</dt>
            <dd data-figure="oneSided">{count.format(data.ties.oneSided)}</dd>
          </div>
        </dl>
      </section>
    </>
  );
}

/** Ties per pair of domains as a table with bars: confirmed solid, one-sided hatched. */
function DomainPairs({ data }: { data: SurveyRaadResults }) {
  const domainLabel = useRaadDomainLabel();
  const pairs = [...data.ties.byDomainPair].sort(
    (a, b) => b.confirmed + b.oneSided - (a.confirmed + a.oneSided),
  );
  const max = Math.max(1, ...pairs.map((p) => p.confirmed + p.oneSided));
  const share = (n: number) => ({ '--share': `${(n / max) * 100}%` }) as CSSProperties;
  return (
    <section className="survey-raad-pairs" aria-labelledby="raad-pairs">
      <h2 id="raad-pairs">{w.raad.pairsCaption}</h2>
      <p className="hint">{w.raad.pairsIntro}</p>
      <p data-testid="raad-ties-total">{w.raad.tiesTotal(data.ties.confirmed, data.ties.oneSided)}</p>
      <p className="raad-pairs-key" aria-hidden="true">
        <span>
          <span className="pair-bar confirmed" style={share(max / 8)} />
          {w.raad.confirmed}
        </span>
        <span>
          <span className="pair-bar one-sided" style={share(max / 8)} />
          {w.raad.oneSided}
        </span>
      </p>
      {pairs.length === 0 ? (
        <p>{w.raad.noPairs}</p>
      ) : (
        <table data-testid="raad-pairs">
          <thead>
            <tr>
              <th scope="col">{w.raad.from}</th>
              <th scope="col">{w.raad.to}</th>
              <th scope="col" className="number">
                {w.raad.confirmed}
              </th>
              <th scope="col" className="number">
                {w.raad.oneSided}
              </th>
              <th scope="col" className="pair-bars-cell">
                <span className="visually-hidden">{w.raad.total}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p) => (
              <tr
                key={`${p.sourceDomain}|${p.targetDomain}`}
                data-pair={`${p.sourceDomain}|${p.targetDomain}`}
              >
                <th scope="row">{domainLabel(p.sourceDomain)}</th>
                <td>{domainLabel(p.targetDomain)}</td>
                <td className="number" data-count="confirmed">
                  {count.format(p.confirmed)}
                </td>
                <td className="number" data-count="oneSided">
                  {count.format(p.oneSided)}
                </td>
                <td className="pair-bars-cell" aria-hidden="true">
                  <span className="pair-bar confirmed" style={share(p.confirmed)} />
                  <span className="pair-bar one-sided" style={share(p.oneSided)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Domain codes as words; the server's "overig" gathers small domains. */
function useRaadDomainLabel() {
  const domainLabel = useDomainLabels();
  return (code: string) => (code === 'overig' ? w.raad.other : domainLabel(code));
}
