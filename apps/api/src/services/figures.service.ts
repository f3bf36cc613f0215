import { analyse, buildGraph, changeOverTime, missingPartners } from '@regiekaart/analysis';
import type { ChangeQuery, Figures, KeyFigures, Network } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { buildNetwork } from './network.service.ts';
import { getTemplate } from './templates.service.ts';

const today = () => new Date().toISOString().slice(0, 10);

function yearBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
}

function domainLabels(db: Db): Record<string, string> {
  return Object.fromEntries(
    (db.prepare('SELECT code, label FROM domains').all() as { code: string; label: string }[]).map((d) => [
      d.code,
      d.label,
    ]),
  );
}

/** Only the actors that take part on the day: with a tie, or a participant of the opgave. */
function active(network: Network): Network {
  const tied = new Set(network.edges.flatMap((e) => [e.source, e.target]));
  const nodes = network.nodes.filter((n) => tied.has(n.id) || n.participant === true);
  return { ...network, nodes };
}

/** The council's figures for one network on one day. */
export function figuresOf(network: Network, date: string, labels: Record<string, string>): Figures {
  const net = active(network);
  const domainOf = new Map(net.nodes.map((n) => [n.id, n.domain ?? 'onbekend']));
  const perDomain = new Map<string, number>();
  for (const n of net.nodes)
    perDomain.set(n.domain ?? 'onbekend', (perDomain.get(n.domain ?? 'onbekend') ?? 0) + 1);
  const graph = buildGraph(net, { directed: false });
  const otherDomains = new Map<string, Set<string>>();
  let crossDomainTies = 0;
  graph.forEachEdge((_e, _a, source, target) => {
    const a = domainOf.get(source);
    const b = domainOf.get(target);
    if (a === b) return;
    crossDomainTies++;
    (otherDomains.get(source) ?? otherDomains.set(source, new Set()).get(source)!).add(b ?? 'onbekend');
    (otherDomains.get(target) ?? otherDomains.set(target, new Set()).get(target)!).add(a ?? 'onbekend');
  });
  const result = graph.order > 0 ? analyse(graph) : undefined;
  return {
    date,
    partners: net.nodes.filter((n) => n.kind === 'organisation').length,
    partnersPerDomain: [...perDomain.entries()]
      .map(([domain, partners]) => ({ domain, label: labels[domain] ?? domain, partners }))
      .sort((x, y) => y.partners - x.partners || x.domain.localeCompare(y.domain)),
    ties: graph.size,
    crossDomainTies,
    brokers: [...otherDomains.values()].filter((set) => set.size >= 2).length,
    density: result?.graph.density ?? 0,
    components: result?.graph.components ?? 0,
    singlePointsOfFailure: [...(result?.articulationPoints ?? [])].sort(),
  };
}

/**
 * Key figures in the council's terms: partners per domain, cross-domain ties, the share of required
 * partners present per opgave, and single points of failure resolved since a year before. Counts
 * and organisations only: no person appears.
 */
export function keyFigures(
  db: Db,
  query: { asOf?: string | undefined; compareWith?: string | undefined },
): KeyFigures {
  const asOf = query.asOf ?? today();
  const compareWith = query.compareWith ?? yearBefore(asOf);
  const labels = domainLabels(db);
  const at = (date: string) =>
    figuresOf(buildNetwork(db, { level: 'organisation', hops: 0, asOf: date }), date, labels);
  const now = at(asOf);
  const before = at(compareWith);
  const opgaven = (
    db
      .prepare("SELECT id, name, level, template_id FROM opgaven WHERE kind = 'opgave' ORDER BY name")
      .all() as {
      id: string;
      name: string;
      level: string;
      template_id: string | null;
    }[]
  ).map((o) => {
    if (!o.template_id)
      return { id: o.id, name: o.name, level: o.level, requiredRoles: 0, presentRoles: 0, share: null };
    const roles = getTemplate(db, o.template_id).roles;
    const network = buildNetwork(db, { level: 'person', hops: 0, asOf, opgaveId: o.id });
    const coverage = missingPartners(network, roles);
    const present = coverage.roles.filter((r) => r.status !== 'missing').length;
    return {
      id: o.id,
      name: o.name,
      level: o.level,
      requiredRoles: roles.length,
      presentRoles: present,
      share: roles.length ? present / roles.length : null,
    };
  });
  const casussen = db
    .prepare(
      "SELECT count(*) AS total, count(*) FILTER (WHERE status = 'actief') AS active FROM opgaven WHERE kind = 'casus'",
    )
    .get() as { total: number; active: number };
  const nowSet = new Set(now.singlePointsOfFailure);
  const beforeSet = new Set(before.singlePointsOfFailure);
  return {
    now,
    before,
    singlePointsOfFailureResolved: before.singlePointsOfFailure.filter((id) => !nowSet.has(id)).length,
    singlePointsOfFailureNew: now.singlePointsOfFailure.filter((id) => !beforeSet.has(id)).length,
    opgaven,
    casussen,
  };
}

/** Who joined and left, which ties came and went, and the figures side by side, between two dates. */
export function networkChange(db: Db, query: ChangeQuery & { opgaveId?: string | undefined }) {
  const labels = domainLabels(db);
  const request = {
    level: query.level,
    hops: query.hops,
    view: query.view,
    minPeople: query.minPeople,
    opgaveId: query.opgaveId,
  };
  const before = active(buildNetwork(db, { ...request, asOf: query.from }));
  const after = active(buildNetwork(db, { ...request, asOf: query.to }));
  const change = changeOverTime(before, after, { groupBy: 'domain', directed: false });
  const label = new Map([...before.nodes, ...after.nodes].map((n) => [n.id, n.label]));
  const ref = (id: string) => ({ id, label: label.get(id) ?? id });
  const tie = (t: { source: string; target: string; before: number; after: number }) => ({
    ...t,
    sourceLabel: label.get(t.source) ?? t.source,
    targetLabel: label.get(t.target) ?? t.target,
  });
  return {
    from: query.from,
    to: query.to,
    level: before.meta?.level ?? query.level,
    view: query.view,
    opgaveId: query.opgaveId ?? null,
    summary: change.summary,
    actors: { joined: change.actors.joined.map(ref), left: change.actors.left.map(ref) },
    ties: {
      added: change.ties.added.map(tie),
      removed: change.ties.removed.map(tie),
      strengthened: change.ties.strengthened.map(tie),
      weakened: change.ties.weakened.map(tie),
    },
    figures: { before: figuresOf(before, query.from, labels), after: figuresOf(after, query.to, labels) },
  };
}
