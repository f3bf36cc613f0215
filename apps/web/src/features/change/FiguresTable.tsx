import type { Figures } from '@regiekaart/model';
import { formatDate, t } from '../../i18n/catalogue.ts';
import { formatDifference, formatNumber } from './format.ts';

type Props = { before: Figures; after: Figures };

const ROWS = ['partners', 'ties', 'crossDomainTies', 'brokers', 'density', 'components'] as const;

/** The council's figures on both dates side by side, with the difference. */
export function FiguresTable({ before, after }: Props) {
  const from = formatDate(before.date);
  const to = formatDate(after.date);
  return (
    <div className="table-wrap">
      <table className="figures-table" data-testid="change-figures">
        <caption>{t.change.figuresCaption(from, to)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.change.figure}</th>
            <th scope="col">{from}</th>
            <th scope="col">{to}</th>
            <th scope="col">{t.change.difference}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => {
            const decimals = row === 'density';
            return (
              <tr key={row} data-figure={row}>
                <th scope="row">{t.change.rows[row]}</th>
                <td data-value={before[row]}>{formatNumber(before[row], decimals)}</td>
                <td data-value={after[row]}>{formatNumber(after[row], decimals)}</td>
                <td>{formatDifference(after[row] - before[row], decimals)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
