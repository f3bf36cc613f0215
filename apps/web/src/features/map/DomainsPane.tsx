import type { Analysis } from '@regiekaart/model';
import { useCallback } from 'react';
import { t } from '../../i18n/catalogue.ts';
import { DomainHeatmap, ratioColour } from './DomainHeatmap.tsx';
import { formatMetric } from './metric-values.ts';

type Props = {
  analysis: Analysis | undefined;
  domainLabel: (code: string | null) => string;
};

/** The domain-by-domain tie matrix as a heatmap and as a table, and the E-I index per domain. */
export function DomainsPane({ analysis, domainLabel }: Props) {
  const w = t.workbench.heatmap;
  const groupLabel = useCallback((group: string | null) => domainLabel(group), [domainLabel]);
  if (!analysis) return <p className="hint">{w.loading}</p>;
  const groups = analysis.groups;
  if (!groups || groups.tieMatrix.ties === 0) return <p className="hint">{w.empty}</p>;
  const { tieMatrix, eiIndex } = groups;
  const labels = tieMatrix.groups.map((g) => domainLabel(g === null ? null : String(g)));
  const pairs = tieMatrix.observed.flatMap((row, i) =>
    row
      .map((observed, j) => ({
        i,
        j,
        observed,
        expected: tieMatrix.expected[i]?.[j] ?? 0,
        ratio: tieMatrix.ratio[i]?.[j] ?? null,
      }))
      .filter((cell) => tieMatrix.directed || cell.j >= cell.i),
  );

  return (
    <div className="domains-pane">
      <h2>{w.heading}</h2>
      <p className="intro">{w.intro}</p>
      <div className="domains-layout">
        <figure className="heatmap-figure">
          <DomainHeatmap matrix={tieMatrix} groupLabel={groupLabel} />
          <figcaption className="heatmap-legend">
            <span className="legend-swatch" style={{ background: ratioColour(0.25) }} aria-hidden="true" />
            {w.legendLow}
            <span className="legend-swatch" style={{ background: ratioColour(1) }} aria-hidden="true" />
            1×
            <span className="legend-swatch" style={{ background: ratioColour(4) }} aria-hidden="true" />
            {w.legendHigh}
          </figcaption>
        </figure>
        <div className="table-scroll">
          <table className="data-table" data-testid="domain-table">
            <caption>{w.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{w.from}</th>
                <th scope="col">{w.to}</th>
                <th scope="col" className="num">
                  {w.observed}
                </th>
                <th scope="col" className="num">
                  {w.expected}
                </th>
                <th scope="col" className="num">
                  {w.ratio}
                </th>
              </tr>
            </thead>
            <tbody>
              {pairs.map((cell) => (
                <tr key={`${cell.i}-${cell.j}`}>
                  <th scope="row">{labels[cell.i]}</th>
                  <td>{labels[cell.j]}</td>
                  <td className="num">{cell.observed}</td>
                  <td className="num">{formatMetric(cell.expected)}</td>
                  <td className="num">
                    {cell.ratio === null ? w.ratioNone : `${formatMetric(cell.ratio)}×`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <h3>{w.eiHeading}</h3>
      <p className="hint">{w.eiIntro}</p>
      <div className="table-scroll">
        <table className="data-table" data-testid="ei-table">
          <caption className="visually-hidden">{w.eiCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{w.domain}</th>
              <th scope="col" className="num">
                {w.size}
              </th>
              <th scope="col" className="num">
                {w.internal}
              </th>
              <th scope="col" className="num">
                {w.external}
              </th>
              <th scope="col" className="num">
                {w.index}
              </th>
            </tr>
          </thead>
          <tbody>
            {eiIndex.groups.map((g) => (
              <tr key={String(g.group)}>
                <th scope="row">{domainLabel(g.group === null ? null : String(g.group))}</th>
                <td className="num">{g.size}</td>
                <td className="num">{g.internal}</td>
                <td className="num">{g.external}</td>
                <td className="num">{formatMetric(g.index)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{w.overall}</th>
              <td className="num">{tieMatrix.sizes.reduce((a, b) => a + b, 0)}</td>
              <td className="num">{eiIndex.internal}</td>
              <td className="num">{eiIndex.external}</td>
              <td className="num">{formatMetric(eiIndex.overall)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
