import type { Figures } from '@regiekaart/model';
import { formatDate, t } from '../../i18n/catalogue.ts';
import { compareDomains, domainAppearance } from '../map/domain-appearance.ts';
import { formatDifference, formatNumber } from './format.ts';

type Row = { domain: string; label: string; before: number; now: number };

/** Partners per domain on both dates, known domains first. */
export function domainRows(before: Figures, now: Figures): Row[] {
  const rows = new Map<string, Row>();
  for (const d of now.partnersPerDomain)
    rows.set(d.domain, { domain: d.domain, label: d.label, before: 0, now: d.partners });
  for (const d of before.partnersPerDomain) {
    const row = rows.get(d.domain) ?? { domain: d.domain, label: d.label, before: 0, now: 0 };
    row.before = d.partners;
    rows.set(d.domain, row);
  }
  return [...rows.values()].sort((a, b) => compareDomains(a.domain, b.domain));
}

/**
 * A small bar chart of partners per domain (hatched grey: before, domain colour: now), with the same
 * numbers in a table beside it for screen readers and for reading exact values.
 */
export function DomainBars({
  before,
  now,
  compact = false,
}: {
  before: Figures;
  now: Figures;
  /** on a slide: the table is for screen readers only */
  compact?: boolean;
}) {
  const rows = domainRows(before, now);
  const max = Math.max(1, ...rows.flatMap((r) => [r.before, r.now]));
  const beforeDate = formatDate(before.date);
  const nowDate = formatDate(now.date);
  const width = (value: number) => `${(value / max) * 80}%`;
  return (
    <>
      <figure className="domain-bars" aria-hidden="true">
        <div className="domain-bars-key">
          <span className="key-before">{beforeDate}</span>
          <span className="key-now">{nowDate}</span>
        </div>
        {rows.map((row) => (
          <div className="bar-row" key={row.domain}>
            <span>{row.label}</span>
            <div className="bars">
              <div className="bar-line">
                <div className="bar before" style={{ width: width(row.before) }} />
                <span className="bar-value">{formatNumber(row.before)}</span>
              </div>
              <div className="bar-line">
                <div
                  className="bar now"
                  style={{ width: width(row.now), background: domainAppearance(row.domain).colour }}
                />
                <span className="bar-value">{formatNumber(row.now)}</span>
              </div>
            </div>
          </div>
        ))}
      </figure>
      <div className={compact ? 'visually-hidden' : 'table-wrap'}>
        <table data-testid="domain-table">
          <caption>{t.keyFigures.perDomainCaption(beforeDate, nowDate)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.keyFigures.domain}</th>
              <th scope="col">{beforeDate}</th>
              <th scope="col">{nowDate}</th>
              <th scope="col">{t.keyFigures.difference}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.domain} data-domain={row.domain}>
                <th scope="row">{row.label}</th>
                <td className="number">{formatNumber(row.before)}</td>
                <td className="number" data-value={row.now}>
                  {formatNumber(row.now)}
                </td>
                <td className="number">{formatDifference(row.now - row.before)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
