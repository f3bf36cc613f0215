import { useQuery } from '@tanstack/react-query';
import { analysisQuery } from '../../api/analysis.ts';
import { annotationsQuery } from '../../api/entities.ts';
import { keyFiguresQuery } from '../../api/key-figures.ts';
import { today } from '../../api/use-map-network.ts';
import { formatDate, t } from '../../i18n/catalogue.ts';
import { DEFAULT_VIEW, formatRoute } from '../../routing/route.ts';
import { MoreList } from '../../ui/MoreList.tsx';

/**
 * "Aandacht nodig": opgaven that miss a required partner, people who may be overloaded, and open
 * actions past their date. Short lists (five, then "meer"), each leading to where it can be acted on.
 */
export function AttentionSummary() {
  const day = today();
  const figures = useQuery(keyFiguresQuery({ asOf: day }));
  const analysis = useQuery(analysisQuery(null, { level: 'person', asOf: day }));
  const actions = useQuery(annotationsQuery({ isAction: true, actionStatus: 'open', limit: 200 }));

  const missing = (figures.data?.opgaven ?? []).filter((o) => (o.missingRoles?.length ?? 0) > 0);
  const overloaded = (analysis.data?.insights.overloaded ?? []).filter((o) => o.flagged);
  // `YYYY-MM-DD` compares as a calendar day: no Date, no time zone
  const overdue = (actions.data?.items ?? [])
    .filter((a) => a.due !== null && a.due < day)
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''));
  const loading = figures.isPending || analysis.isPending || actions.isPending;
  const nothing = !loading && missing.length + overloaded.length + overdue.length === 0;

  return (
    <section className="attention" aria-labelledby="attention-heading" data-testid="attention">
      <h2 id="attention-heading">{t.attention.heading}</h2>
      <p className="hint">{t.attention.intro}</p>
      {loading && <p className="hint">{t.attention.loading}</p>}
      {nothing && <p>{t.attention.none}</p>}
      <div className="attention-groups">
        {missing.length > 0 && (
          <div className="attention-group" data-attention="missing">
            <h3>{t.attention.missingPartners(missing.length)}</h3>
            <MoreList
              items={missing}
              keyOf={(o) => o.id}
              render={(o) => (
                <>
                  <a
                    href={formatRoute({
                      screen: 'opgave',
                      opgaveId: o.id,
                      view: { ...DEFAULT_VIEW, side: 'inzichten' },
                    })}
                  >
                    {o.name}
                  </a>
                  <span className="hint-inline">{t.attention.missingRoles(o.missingRoles ?? [])}</span>
                </>
              )}
            />
          </div>
        )}
        {overloaded.length > 0 && (
          <div className="attention-group" data-attention="overloaded">
            <h3>{t.attention.overloaded(overloaded.length)}</h3>
            <p className="hint">{t.attention.overloadedExplain}</p>
            <MoreList
              items={overloaded}
              keyOf={(o) => o.id}
              render={(o) => (
                <a
                  href={formatRoute({
                    screen: 'network',
                    view: { ...DEFAULT_VIEW, focus: o.id, actor: o.id },
                  })}
                >
                  {o.label}
                </a>
              )}
            />
          </div>
        )}
        {overdue.length > 0 && (
          <div className="attention-group" data-attention="overdue">
            <h3>{t.attention.overdue(overdue.length)}</h3>
            <MoreList
              items={overdue}
              keyOf={(a) => a.id}
              render={(a) => (
                <>
                  {a.opgaveId ? (
                    <a href={formatRoute({ screen: 'opgave', opgaveId: a.opgaveId, view: DEFAULT_VIEW })}>
                      {a.text}
                    </a>
                  ) : (
                    <span>{a.text}</span>
                  )}
                  <span className="hint-inline"> · {t.attention.due(formatDate(a.due ?? ''))}</span>
                </>
              )}
            />
          </div>
        )}
      </div>
    </section>
  );
}
