import type { Analysis, AnnotationTarget, Network, NetworkEdge, NetworkNode } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import {
  actorOpgavenQuery,
  annotationsQuery,
  linkQuery,
  organisationQuery,
  personQuery,
} from '../../api/actors.ts';
import { formatDate, t } from '../../i18n/catalogue.ts';
import { DEFAULT_VIEW, formatRoute, type SizeMetric } from '../../routing/route.ts';
import { OpgaveBadges } from '../../ui/OpgaveBadges.tsx';
import { type ActorMetrics, formatMetric } from './metric-values.ts';
import { NodeDetails } from './NodeDetails.tsx';
import { nodesById } from './node-index.ts';

type Props = {
  network: Network;
  selected: { type: 'node' | 'edge'; id: string } | null;
  analysis: Analysis | undefined;
  metrics: ReadonlyMap<string, ActorMetrics> | undefined;
  domainLabel: (code: string | null) => string;
  kindLabel: (code: string) => string;
  focus: string | null;
  onFocus: (id: string | null) => void;
  onClear: () => void;
};

const SHOWN_METRICS: readonly SizeMetric[] = [
  'degree',
  'strength',
  'betweenness',
  'overload',
  'closeness',
  'eigenvector',
  'constraint',
  'effectiveSize',
  'coreNumber',
  'opgaven',
];

const ROLES = ['coordinator', 'consultant', 'representative', 'gatekeeper', 'liaison', 'total'] as const;

/** Everything known about the selected actor or tie: attributes, memberships, opgaven, metrics, notes. */
export function SelectionPanel(props: Props) {
  const { network, selected } = props;
  const node = selected?.type === 'node' ? nodesById(network).get(selected.id) : undefined;
  const edge = selected?.type === 'edge' ? network.edges.find((e) => e.id === selected.id) : undefined;
  if (edge) return <TieDetails {...props} edge={edge} />;
  return (
    <div className="selection" data-testid="selection-panel">
      <NodeDetails
        network={network}
        selectedId={node?.id ?? null}
        domainLabel={props.domainLabel}
        onClear={props.onClear}
      />
      {node && <ActorExtras {...props} node={node} />}
    </div>
  );
}

function ActorExtras({ node, analysis, metrics, focus, onFocus }: Props & { node: NetworkNode }) {
  const m = metrics?.get(node.id);
  const brokerage = analysis?.nodes[node.id]?.brokerage;
  const w = t.workbench;
  return (
    <>
      <div className="selection-actions">
        {focus === node.id ? (
          <button type="button" className="secondary" onClick={() => onFocus(null)}>
            {w.selection.unfocus}
          </button>
        ) : (
          <button type="button" className="secondary" onClick={() => onFocus(node.id)}>
            {w.selection.focus}
          </button>
        )}
      </div>

      {node.kind === 'person' ? <Memberships id={node.id} /> : <OrganisationFacts id={node.id} />}

      <section aria-labelledby="metrics-heading" className="panel-section">
        <h3 id="metrics-heading">{w.selection.metrics}</h3>
        {!analysis ? (
          <p className="hint">{w.selection.metricsLoading}</p>
        ) : !m ? (
          <p className="hint">{w.selection.metricsMissing}</p>
        ) : (
          <dl className="metric-list" data-testid="metric-list">
            {SHOWN_METRICS.map((metric) => (
              <div key={metric} data-metric={metric}>
                <dt>{w.metrics[metric].name}</dt>
                <dd>
                  <span className="metric-value">{formatMetric(m[metric])}</span>
                  <span className="metric-explain">{w.metrics[metric].explain}</span>
                </dd>
              </div>
            ))}
            <div data-metric="articulationPoint">
              <dt>{w.metrics.articulationPoint.name}</dt>
              <dd>
                <span className="metric-value">{m.articulationPoint ? w.metrics.yes : w.metrics.no}</span>
                <span className="metric-explain">{w.metrics.articulationPoint.explain}</span>
              </dd>
            </div>
          </dl>
        )}
        {brokerage && (
          <>
            <h4>{w.selection.brokerage}</h4>
            <p className="metric-explain">{w.metrics.brokerage.explain}</p>
            <dl className="metric-list" data-testid="brokerage-list">
              {ROLES.map((role) => (
                <div key={role} data-role={role}>
                  <dt>{w.metrics.roles[role].name}</dt>
                  <dd>
                    <span className="metric-value">{formatMetric(brokerage[role])}</span>
                    <span className="metric-explain">{w.metrics.roles[role].explain}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </>
        )}
      </section>

      <ActorOpgaven id={node.id} />
      <Annotations targetType={node.kind} targetId={node.id} />
    </>
  );
}

function Memberships({ id }: { id: string }) {
  const person = useQuery(personQuery(id));
  const w = t.workbench.selection;
  return (
    <section aria-labelledby="memberships-heading" className="panel-section">
      <h3 id="memberships-heading">{w.memberships}</h3>
      {person.data ? (
        person.data.memberships.length === 0 ? (
          <p className="hint">{w.noMemberships}</p>
        ) : (
          <ul className="plain-list">
            {person.data.memberships.map((m) => (
              <li key={m.id}>
                <strong>{m.organisationName ?? m.organisationId}</strong>
                {m.role && `, ${m.role}`}
                <span className="hint">
                  {' '}
                  ({w.membershipPeriod(m.since && formatDate(m.since), m.until && formatDate(m.until))})
                </span>
              </li>
            ))}
          </ul>
        )
      ) : (
        <p className="hint">{w.loading}</p>
      )}
    </section>
  );
}

function OrganisationFacts({ id }: { id: string }) {
  const organisation = useQuery(organisationQuery(id));
  const parent = useQuery({
    ...organisationQuery(organisation.data?.parentId ?? ''),
    enabled: Boolean(organisation.data?.parentId),
  });
  const w = t.workbench.selection;
  const o = organisation.data;
  if (!o) return null;
  const rows: [string, string][] = [];
  if (o.name) rows.push([w.organisation, o.name]);
  if (o.region) rows.push([w.region, o.region]);
  if (parent.data) rows.push([w.parent, parent.data.name]);
  if (o.note) rows.push([w.note, o.note]);
  return (
    <section aria-labelledby="organisation-heading" className="panel-section">
      <h3 id="organisation-heading">{w.attributes}</h3>
      <dl className="facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ActorOpgaven({ id }: { id: string }) {
  const opgaven = useQuery(actorOpgavenQuery(id));
  const w = t.workbench.selection;
  return (
    <section aria-labelledby="actor-opgaven-heading" className="panel-section">
      <h3 id="actor-opgaven-heading">{w.opgaven}</h3>
      {!opgaven.data ? (
        <p className="hint">{w.loading}</p>
      ) : opgaven.data.items.length === 0 ? (
        <p className="hint">{w.noOpgaven}</p>
      ) : (
        <ul className="plain-list">
          {opgaven.data.items.map((opgave) => (
            <li key={opgave.id}>
              <a href={formatRoute({ screen: 'opgave', opgaveId: opgave.id, view: DEFAULT_VIEW })}>
                {opgave.kind === 'casus' && opgave.code ? opgave.code : opgave.name}
              </a>{' '}
              <OpgaveBadges opgave={opgave} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Annotations({ targetType, targetId }: { targetType: AnnotationTarget; targetId: string }) {
  const annotations = useQuery(annotationsQuery(targetType, targetId));
  const w = t.workbench.selection;
  return (
    <section aria-labelledby="annotations-heading" className="panel-section">
      <h3 id="annotations-heading">{w.annotations}</h3>
      {!annotations.data ? (
        <p className="hint">{w.loading}</p>
      ) : annotations.data.items.length === 0 ? (
        <p className="hint">{w.noAnnotations}</p>
      ) : (
        <ul className="annotation-list" data-testid="annotation-list">
          {annotations.data.items.map((a) => (
            <li key={a.id} className={a.isAction ? 'is-action' : undefined}>
              {a.isAction && (
                <span className="badge badge-status">
                  {w.action(w.actionStatus[a.actionStatus ?? 'open'] ?? '')}
                </span>
              )}
              <p>{a.text}</p>
              <p className="hint">
                {[
                  a.author,
                  a.owner && w.owner(a.owner),
                  a.due && w.due(formatDate(a.due)),
                  a.tags.length > 0 && a.tags.map((tag) => `#${tag}`).join(' '),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TieDetails({ network, edge, kindLabel, onClear }: Props & { edge: NetworkEdge }) {
  const w = t.workbench.selection;
  const label = (id: string) => nodesById(network).get(id)?.label ?? id;
  const folded = edge.count !== undefined;
  const link = useQuery({ ...linkQuery(edge.id), enabled: !folded });
  const rows: [string, string][] = [
    [w.between, `${label(edge.source)} – ${label(edge.target)}`],
    folded
      ? [w.kinds, (edge.kinds ?? [edge.kind]).map(kindLabel).join(', ')]
      : [w.kind, kindLabel(edge.kind)],
    [w.strength, w.strengthValue(edge.strength)],
  ];
  if (folded) rows.push([w.pairs, formatMetric(edge.count)]);
  rows.push([
    w.directed,
    edge.directed ? w.directedValue(label(edge.source), label(edge.target)) : w.undirected,
  ]);
  rows.push([
    w.period,
    w.membershipPeriod(
      edge.since ? formatDate(edge.since) : null,
      edge.until ? formatDate(edge.until) : null,
    ),
  ]);
  const l = link.data;
  if (l?.source) rows.push([w.source, w.linkSource[l.source] ?? l.source]);
  if (l?.recordedBy) rows.push([w.recordedBy, l.recordedBy]);
  if (l?.confidence) rows.push([w.confidence, l.confidence]);
  if (l?.note) rows.push([w.note, l.note]);
  return (
    <div className="selection" data-testid="selection-panel">
      <section className="details" aria-labelledby="tie-heading">
        <h2 id="tie-heading">{w.tie}</h2>
        <p className="details-name">{`${label(edge.source)} – ${label(edge.target)}`}</p>
        <dl>
          {rows.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <button type="button" onClick={onClear}>
          {w.clear}
        </button>
      </section>
      {!folded && <Annotations targetType="link" targetId={edge.id} />}
    </div>
  );
}
