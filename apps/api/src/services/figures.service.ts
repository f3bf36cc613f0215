import {
  activeNetwork as active,
  changeOverTime,
  councilFigures,
  missingPartners,
} from '@regiekaart/analysis';
import { type ChangeQuery, dayBefore, type KeyFigures, yearBefore } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { buildNetwork } from './network.service.ts';
import { getTemplate } from './templates.service.ts';

const today = () => new Date().toISOString().slice(0, 10);

function domainLabels(db: Db): Record<string, string> {
  return Object.fromEntries(
    (db.prepare('SELECT code, label FROM domains').all() as { code: string; label: string }[]).map((d) => [
      d.code,
      d.label,
    ]),
  );
}

/**
 * Key figures in the council's terms: partners per domain, cross-domain ties, the share of required
 * partners present per opgave, and single points of failure resolved since a year before. Counts
 * and organisations only: no person appears.
 */
export function keyFigures(
  db: Db,
  query: { asOf?: string | undefined; compareWith?: string | undefined },
  hidden: ReadonlySet<string>,
): KeyFigures {
  const asOf = query.asOf ?? today();
  const compareWith = query.compareWith ?? yearBefore(asOf);
  const labels = domainLabels(db);
  const at = (date: string) =>
    councilFigures(buildNetwork(db, { level: 'organisation', hops: 0, asOf: date }, hidden), date, labels);
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
      return {
        id: o.id,
        name: o.name,
        level: o.level,
        requiredRoles: 0,
        presentRoles: 0,
        share: null,
        missingRoles: [],
      };
    const roles = getTemplate(db, o.template_id).roles;
    const network = buildNetwork(db, { level: 'person', hops: 0, asOf, opgaveId: o.id }, hidden);
    const coverage = missingPartners(network, roles);
    const present = coverage.roles.filter((r) => r.status !== 'missing').length;
    return {
      id: o.id,
      name: o.name,
      level: o.level,
      requiredRoles: roles.length,
      presentRoles: present,
      share: roles.length ? present / roles.length : null,
      missingRoles: coverage.roles.filter((r) => r.status === 'missing').map((r) => r.label),
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
export function networkChange(
  db: Db,
  query: ChangeQuery & { opgaveId?: string | undefined },
  hidden: ReadonlySet<string>,
) {
  const labels = domainLabels(db);
  const request = {
    level: query.level,
    hops: query.hops,
    view: query.view,
    minPeople: query.minPeople,
    opgaveId: query.opgaveId,
  };
  // "Since 1 October" counts what started on 1 October: compare with the network as it stood the day before.
  const before = active(buildNetwork(db, { ...request, asOf: dayBefore(query.from) }, hidden));
  const after = active(buildNetwork(db, { ...request, asOf: query.to }, hidden));
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
    figures: {
      before: councilFigures(before, query.from, labels),
      after: councilFigures(after, query.to, labels),
    },
  };
}
