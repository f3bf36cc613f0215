import type { Analysis, Network, Organisation } from '@regiekaart/model';
import { type ReactNode, useState } from 'react';
import { t } from '../../i18n/catalogue.ts';
import { MeetingAction, RoleCandidates } from './InsightActions.tsx';
import { type ActorMetrics, formatMetric } from './metric-values.ts';
import { cutOffBy } from './what-if.ts';

/** An insight picked out on the map. */
export type Insight = {
  key: string;
  /** what the map shows, in words */
  label: string;
  nodes: string[];
  edges?: string[];
  /** an actor to select as well */
  select?: string;
};

type Props = {
  network: Network;
  analysis: Analysis | undefined;
  isOpgave: boolean;
  /** the opgave of the map; null: the whole network */
  opgaveId?: string | null;
  /** the organisations in the store, for candidates to fill a missing role */
  organisations?: readonly Organisation[] | undefined;
  /** the same numbers the selection panel and the table show */
  metrics?: ReadonlyMap<string, ActorMetrics> | undefined;
  /** offer actions that change the data (not in the raadsversie, not for a lezer) */
  canAct?: boolean;
  /** label of any actor or organisation id */
  labelOf: (id: string) => string;
  domainLabel: (code: string | null) => string;
  active: Insight | null;
  onShow: (insight: Insight | null) => void;
};

const LIST_LIMIT = 5;

/** Brokers, single points of failure, overload, missing partners, silent co-participants, suggestions. */
export function InsightsPanel({
  network,
  analysis,
  isOpgave,
  opgaveId = null,
  organisations,
  metrics,
  canAct = false,
  labelOf,
  domainLabel,
  active,
  onShow,
}: Props) {
  const w = t.workbench.insights;
  if (!analysis) return <p className="hint">{w.loading}</p>;
  const { insights } = analysis;
  const present = new Set(network.nodes.map((n) => n.id));
  const withContacts = (id: string) => {
    const nodes = new Set([id]);
    for (const e of network.edges) {
      if (e.source === id) nodes.add(e.target);
      if (e.target === id) nodes.add(e.source);
    }
    return [...nodes];
  };
  const ofOrganisations = (organisations: readonly string[]) =>
    network.nodes
      .filter(
        (n) =>
          organisations.includes(n.id) ||
          (n.organisationIds ?? (n.organisationId ? [n.organisationId] : [])).some((o) =>
            organisations.includes(o),
          ),
      )
      .map((n) => n.id);
  const edgeBetween = (a: string, b: string) =>
    network.edges
      .filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))
      .map((e) => e.id);

  const brokers = insights.brokers.filter((b) => b.crossGroup > 0 && present.has(b.id));
  const spof = insights.singlePointsOfFailure;
  const overloaded = insights.overloaded.filter((o) => present.has(o.id));
  const shown = overloaded.filter((o) => o.flagged);
  const overloadList = shown.length > 0 ? shown : overloaded.slice(0, 3);

  const participating = new Set(network.nodes.filter((n) => n.participant === true).map((n) => n.id));
  const item = (insight: Insight, content: ReactNode, detail?: ReactNode, actions?: ReactNode) => (
    <li key={insight.key}>
      <button
        type="button"
        className="insight"
        aria-pressed={active?.key === insight.key}
        data-insight={insight.key}
        disabled={insight.nodes.length === 0}
        onClick={() => onShow(active?.key === insight.key ? null : insight)}
      >
        <span className="insight-title">{content}</span>
        {detail && <span className="insight-detail">{detail}</span>}
      </button>
      {actions}
    </li>
  );

  // in an opgave a missing partner is what to act on first: it leads the list
  const missingSection = (
    <Section
      id="missing"
      heading={w.missing.heading}
      explain={
        insights.missingPartners
          ? w.missing.explain(`${Math.round(insights.missingPartners.coverage * 100)}%`)
          : undefined
      }
    >
      {!isOpgave ? (
        <p className="hint">{w.missing.wholeNetwork}</p>
      ) : !insights.missingPartners ? (
        <p className="hint">{w.missing.noTemplate}</p>
      ) : (
        <ul className="insight-list">
          {insights.missingPartners.roles.map((role) => {
            const isolated = role.isolated.map(labelOf).join(', ');
            return item(
              {
                key: `role:${role.roleId ?? role.label}`,
                label: role.label,
                nodes: [...role.participants, ...ofOrganisations(role.organisations)].filter((id) =>
                  present.has(id),
                ),
              },
              <>
                {role.label}:{' '}
                <span className={`role-status role-${role.status}`}>
                  {w.missing.status[role.status] ?? role.status}
                </span>
              </>,
              isolated ? w.missing.isolated(isolated) : role.participants.map(labelOf).join(', '),
              canAct && opgaveId && role.status === 'missing' ? (
                <RoleCandidates
                  opgaveId={opgaveId}
                  role={role}
                  organisations={organisations}
                  participating={participating}
                  network={network}
                />
              ) : undefined,
            );
          })}
        </ul>
      )}
    </Section>
  );

  return (
    <div className="insights" data-testid="insights-panel">
      <p className="hint">{w.intro}</p>
      {active && (
        <p className="insight-active" role="status">
          {w.showing(active.label)}{' '}
          <button type="button" className="secondary small" onClick={() => onShow(null)}>
            {w.clear}
          </button>
        </p>
      )}

      {isOpgave && missingSection}

      <Section id="brokers" heading={w.brokers.heading} explain={w.brokers.explain}>
        {brokers.length === 0 ? (
          <p className="hint">{w.brokers.none}</p>
        ) : (
          <LimitedList>
            {brokers.map((b) => {
              const domains = b.bridgesGroups.map((g) => domainLabel(g).toLowerCase()).join(', ');
              const label = w.brokers.item(b.label, `${domainLabel(b.group).toLowerCase()} met ${domains}`);
              return item(
                { key: `broker:${b.id}`, label: b.label, nodes: withContacts(b.id), select: b.id },
                label,
                `${w.brokers.detail(b.crossGroup)}${b.articulationPoint ? ` ${w.brokers.cut}` : ''}`,
              );
            })}
          </LimitedList>
        )}
      </Section>

      <Section id="spof" heading={w.spof.heading} explain={w.spof.explain}>
        {spof.articulationPoints.length + spof.bridges.length + spof.singlePersonTies.length === 0 ? (
          <p className="hint">{w.spof.none}</p>
        ) : (
          <LimitedList>
            {[
              ...spof.articulationPoints
                .filter((a) => present.has(a.id))
                .map((a) =>
                  item(
                    {
                      key: `cut:${a.id}`,
                      label: a.label,
                      nodes: [a.id, ...cutOffBy(network, [a.id])],
                      select: a.id,
                    },
                    w.spof.articulation(a.label, a.cutOff),
                  ),
                ),
              ...spof.bridges
                .filter(([a, b]) => present.has(a) && present.has(b))
                .map(([a, b]) =>
                  item(
                    {
                      key: `bridge:${a}:${b}`,
                      label: `${labelOf(a)} – ${labelOf(b)}`,
                      nodes: [a, b],
                      edges: edgeBetween(a, b),
                    },
                    w.spof.bridge(labelOf(a), labelOf(b)),
                  ),
                ),
              ...spof.singlePersonTies.map((s) =>
                item(
                  {
                    key: `single:${s.person}:${s.organisations.join(':')}`,
                    label: labelOf(s.person),
                    nodes: [s.person, ...ofOrganisations(s.organisations)].filter((id) => present.has(id)),
                    select: s.person,
                  },
                  w.spof.singlePerson(
                    labelOf(s.organisations[0]),
                    labelOf(s.organisations[1]),
                    labelOf(s.person),
                  ),
                ),
              ),
            ]}
          </LimitedList>
        )}
      </Section>

      <Section id="overloaded" heading={w.overloaded.heading} explain={w.overloaded.explain}>
        {overloadList.length === 0 ? (
          <p className="hint">{w.overloaded.none}</p>
        ) : (
          <LimitedList>
            {overloadList.map((o) =>
              item(
                { key: `overload:${o.id}`, label: o.label, nodes: withContacts(o.id), select: o.id },
                w.overloaded.item(o.label, formatMetric(metrics?.get(o.id)?.overload ?? o.index)),
                `${w.overloaded.driver[o.driver] ?? ''}${o.flagged ? ` · ${w.overloaded.flagged}` : ''}`,
              ),
            )}
          </LimitedList>
        )}
      </Section>

      {!isOpgave && missingSection}

      {isOpgave && (
        <Section id="unlinked" heading={w.unlinked.heading} explain={w.unlinked.explain}>
          {insights.unlinkedCoParticipants.length === 0 ? (
            <p className="hint">{w.unlinked.none}</p>
          ) : (
            <LimitedList>
              {insights.unlinkedCoParticipants.map((u) =>
                item(
                  {
                    key: `unlinked:${u.organisations.join(':')}`,
                    label: w.unlinked.item(u.labels[0], u.labels[1]),
                    nodes: ofOrganisations(u.organisations),
                  },
                  w.unlinked.item(u.labels[0], u.labels[1]),
                  undefined,
                  canAct && opgaveId ? (
                    <MeetingAction opgaveId={opgaveId} labels={[u.labels[0], u.labels[1]]} />
                  ) : undefined,
                ),
              )}
            </LimitedList>
          )}
        </Section>
      )}

      <Section id="suggested" heading={w.suggested.heading} explain={w.suggested.explain}>
        {insights.suggestedTies.length === 0 ? (
          <p className="hint">{w.suggested.none}</p>
        ) : (
          <LimitedList>
            {insights.suggestedTies
              .filter((s) => present.has(s.source) && present.has(s.target))
              .map((s) =>
                item(
                  {
                    key: `suggested:${s.source}:${s.target}`,
                    label: w.suggested.item(labelOf(s.source), labelOf(s.target)),
                    nodes: [s.source, s.target, ...s.shared.map((c) => c.id)].filter((id) => present.has(id)),
                  },
                  w.suggested.item(labelOf(s.source), labelOf(s.target)),
                  s.explanation,
                ),
              )}
          </LimitedList>
        )}
      </Section>
    </div>
  );
}

function Section({
  id,
  heading,
  explain,
  children,
}: {
  id: string;
  heading: string;
  explain?: string | undefined;
  children: ReactNode;
}) {
  return (
    <section className="panel-section" aria-labelledby={`insights-${id}`} data-section={id}>
      <h3 id={`insights-${id}`}>{heading}</h3>
      {explain && <p className="hint">{explain}</p>}
      {children}
    </section>
  );
}

/** The first few items, with a button for the rest. */
function LimitedList({ children }: { children: ReactNode[] }) {
  const [all, setAll] = useState(false);
  const items = all ? children : children.slice(0, LIST_LIMIT);
  return (
    <>
      <ul className="insight-list">{items}</ul>
      {children.length > LIST_LIMIT && (
        <button type="button" className="secondary small" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? t.workbench.insights.fewer : t.workbench.insights.more(children.length - LIST_LIMIT)}
        </button>
      )}
    </>
  );
}
