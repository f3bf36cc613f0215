import type { Change } from '@regiekaart/model';
import { t } from '../../i18n/catalogue.ts';
import { formatNumber } from './format.ts';

const MAX_ITEMS = 40;

function List({ title, items, testId }: { title: string; items: string[]; testId: string }) {
  const shown = items.slice(0, MAX_ITEMS);
  return (
    <section className="change-list" data-testid={testId}>
      <h3>
        {title} <span className="count">({formatNumber(items.length)})</span>
      </h3>
      {items.length === 0 ? (
        <p className="hint">{t.change.none}</p>
      ) : (
        <ul>
          {shown.map((item) => (
            <li key={item}>{item}</li>
          ))}
          {items.length > shown.length && (
            <li className="hint">{t.change.more(items.length - shown.length)}</li>
          )}
        </ul>
      )}
    </section>
  );
}

const byName = (a: string, b: string) => a.localeCompare(b, 'nl');

/** "Partners erbij / eraf", "Verbindingen erbij / eraf": the change in words. */
export function ChangeLists({ change }: { change: Change }) {
  const tie = (x: { sourceLabel: string; targetLabel: string }) => t.change.tie(x.sourceLabel, x.targetLabel);
  return (
    <div className="change-lists">
      <List
        testId="joined"
        title={t.change.joined}
        items={change.actors.joined.map((a) => a.label).sort(byName)}
      />
      <List testId="left" title={t.change.left} items={change.actors.left.map((a) => a.label).sort(byName)} />
      <List testId="ties-added" title={t.change.tiesAdded} items={change.ties.added.map(tie).sort(byName)} />
      <List
        testId="ties-removed"
        title={t.change.tiesRemoved}
        items={change.ties.removed.map(tie).sort(byName)}
      />
    </div>
  );
}
