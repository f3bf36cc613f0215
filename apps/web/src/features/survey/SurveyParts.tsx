import { RESPONSE_RATE_THRESHOLD, SURVEY_SYMMETRIZE, type Symmetrize } from '@regiekaart/model';
import { surveyStrings } from '../../i18n/nl-survey.ts';
import { surveyWorkbenchStrings } from '../../i18n/nl-survey-workbench.ts';
import { RateBar } from './RateBar.tsx';

const s = surveyStrings.detail;
const w = surveyWorkbenchStrings;

export type DomainRate = { domain: string; answered: number; invited: number; rate: number };

/** Response per domain as a table with bars; the working screen and the raadsversie both show it. */
export function DomainRates({
  rows,
  caption,
  testId,
  label,
}: {
  rows: DomainRate[];
  caption: string;
  testId: string;
  label: (domain: string) => string;
}) {
  return (
    <table className="survey-rates" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.domain}</th>
          <th scope="col">{s.rate}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.domain} data-domain={d.domain}>
            <th scope="row">{label(d.domain)}</th>
            <td>
              {w.rateOf(d.answered, d.invited, d.rate)}
              {d.rate < RESPONSE_RATE_THRESHOLD && (
                <span className="visually-hidden">, {w.belowThreshold}</span>
              )}
              <RateBar rate={d.rate} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How one-sided ties count: max, min or none, as radio buttons. */
export function SymmetrizeChoice({
  value,
  onChange,
}: {
  value: Symmetrize;
  onChange: (value: Symmetrize) => void;
}) {
  return (
    <fieldset className="survey-choice">
      <legend>{s.symmetrize}</legend>
      {SURVEY_SYMMETRIZE.map((option) => (
        <label key={option} className="choice">
          <input
            type="radio"
            name="symmetrize"
            value={option}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span>{s.symmetrizeOptions[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}
