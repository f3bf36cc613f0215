import {
  type Network,
  type NetworkEdge,
  type NetworkNode,
  type NetworkQuery,
  type ParticipantRole,
  validOn,
} from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { ApiError } from '../http/problem.ts';
import { personRedactor } from './deck.service.ts';
import { getOpgave } from './opgaven.service.ts';
import { toRaadsversie } from './raad.service.ts';

type OrgRow = {
  id: string;
  name: string;
  short_name: string | null;
  domain: string;
  type: string;
  parent_id: string | null;
  region: string | null;
};
type PersonRow = { id: string; name: string; function: string | null };
type MembershipRow = {
  person_id: string;
  organisation_id: string;
  since: string | null;
  until: string | null;
};
type LinkRow = {
  id: string;
  source_id: string;
  target_id: string;
  kind: string;
  strength: number;
  directed: number;
  since: string | null;
  until: string | null;
};
type ParticipantRow = {
  opgave_id: string;
  actor_id: string;
  role: ParticipantRole;
  since: string | null;
  until: string | null;
};

/** Everything the network is made of, read once per request. */
type Snapshot = {
  organisations: Map<string, OrgRow>;
  people: Map<string, PersonRow>;
  /** person id -> organisation ids valid on the day, primary first */
  memberOf: Map<string, string[]>;
  /**
   * people with memberships none of which is valid on the day and no tie valid on it (of any kind):
   * they have left the network, or not yet joined it. Someone never given a membership is not here.
   */
  absent: Set<string>;
  links: LinkRow[];
  participants: ParticipantRow[];
};

function readSnapshot(
  db: Db,
  query: Pick<NetworkQuery, 'asOf' | 'kind' | 'minStrength'>,
  hidden: ReadonlySet<string>,
): Snapshot {
  const { asOf } = query;
  const valid = <T extends { since: string | null; until: string | null }>(rows: T[]) =>
    asOf ? rows.filter((r) => validOn(r, asOf)) : rows;
  const organisations = new Map(
    (db.prepare('SELECT * FROM organisations ORDER BY name, id').all() as OrgRow[]).map((o) => [o.id, o]),
  );
  const people = new Map(
    (db.prepare('SELECT id, name, function FROM people ORDER BY name, id').all() as PersonRow[]).map((p) => [
      p.id,
      p,
    ]),
  );
  // only the columns the map uses: better-sqlite3 builds an object per row, with a field per column
  const allMemberships = db
    .prepare('SELECT person_id, organisation_id, since, until FROM memberships')
    .all() as MembershipRow[];
  const memberships = valid(allMemberships);
  // Primary organisation: an open-ended membership before an ended one, then the most recent start.
  memberships.sort(
    (a, b) =>
      Number(a.until !== null) - Number(b.until !== null) ||
      (b.since ?? '').localeCompare(a.since ?? '') ||
      a.organisation_id.localeCompare(b.organisation_id),
  );
  const memberOf = new Map<string, string[]>();
  for (const m of memberships) {
    const list = memberOf.get(m.person_id) ?? [];
    if (!list.includes(m.organisation_id)) list.push(m.organisation_id);
    memberOf.set(m.person_id, list);
  }
  const kinds = query.kind?.length ? new Set(query.kind) : undefined;
  const datedLinks = valid(
    db
      .prepare(
        'SELECT id, source_id, target_id, kind, strength, directed, since, until FROM links ORDER BY id',
      )
      .all() as LinkRow[],
  );
  const tied = new Set(datedLinks.flatMap((l) => [l.source_id, l.target_id]));
  const absent = new Set(
    allMemberships.map((m) => m.person_id).filter((id) => !memberOf.has(id) && !tied.has(id)),
  );
  const links = datedLinks.filter(
    (l) => (!kinds || kinds.has(l.kind)) && (!query.minStrength || l.strength >= query.minStrength),
  );
  const participants = valid(
    db.prepare('SELECT * FROM participants ORDER BY id').all() as ParticipantRow[],
  ).filter((p) => !hidden.has(p.opgave_id));
  return { organisations, people, memberOf, absent, links, participants };
}

/** Breadth-first from the seeds over undirected adjacency: node -> steps from the nearest seed. */
function reach(
  seeds: Iterable<string>,
  edges: { source: string; target: string }[],
  hops: number,
): Map<string, number> {
  const adjacency = new Map<string, string[]>();
  for (const e of edges) {
    (adjacency.get(e.source) ?? adjacency.set(e.source, []).get(e.source)!).push(e.target);
    (adjacency.get(e.target) ?? adjacency.set(e.target, []).get(e.target)!).push(e.source);
  }
  const distance = new Map<string, number>();
  let frontier: string[] = [];
  for (const s of seeds) {
    if (!distance.has(s)) {
      distance.set(s, 0);
      frontier.push(s);
    }
  }
  for (let step = 1; step <= hops && frontier.length; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of adjacency.get(node) ?? []) {
        if (!distance.has(neighbour)) {
          distance.set(neighbour, step);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return distance;
}

function opgaveCounts(participants: ParticipantRow[], toNode: (actorId: string) => string | undefined) {
  const sets = new Map<string, Set<string>>();
  for (const p of participants) {
    const node = toNode(p.actor_id);
    if (!node) continue;
    (sets.get(node) ?? sets.set(node, new Set()).get(node)!).add(p.opgave_id);
  }
  return (node: string) => sets.get(node)?.size ?? 0;
}

function orgNode(o: OrgRow): NetworkNode {
  return {
    id: o.id,
    label: o.short_name ?? o.name,
    kind: 'organisation',
    domain: o.domain,
    type: o.type,
    parentId: o.parent_id,
    region: o.region,
  };
}

type Level = {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  toNode: (id: string) => string | undefined;
  unassigned?: number;
};

function personLevel(s: Snapshot, participantActors: Set<string>): Level {
  const nodes: NetworkNode[] = [];
  for (const p of s.people.values()) {
    // gone from the network on the day (or not yet in it), unless taking part in the opgave shown
    if (s.absent.has(p.id) && !participantActors.has(p.id)) continue;
    const orgIds = s.memberOf.get(p.id) ?? [];
    const primary = orgIds[0] ? s.organisations.get(orgIds[0]) : undefined;
    nodes.push({
      id: p.id,
      label: p.name,
      kind: 'person',
      domain: primary?.domain ?? null,
      type: primary?.type ?? null,
      function: p.function,
      organisationId: primary?.id ?? null,
      organisationIds: orgIds,
      region: primary?.region ?? null,
    });
  }
  // Ties between two organisations belong to the organisation level; at person level an
  // organisation appears only where a person is tied to it (or, around an opgave, takes part).
  const personal = s.links.filter((l) => s.people.has(l.source_id) || s.people.has(l.target_id));
  const tiedOrganisations = new Set<string>();
  for (const l of personal) {
    for (const end of [l.source_id, l.target_id]) if (s.organisations.has(end)) tiedOrganisations.add(end);
  }
  for (const id of participantActors) if (s.organisations.has(id)) tiedOrganisations.add(id);
  for (const o of s.organisations.values()) if (tiedOrganisations.has(o.id)) nodes.push(orgNode(o));
  const edges: NetworkEdge[] = personal.map((l) => ({
    id: l.id,
    source: l.source_id,
    target: l.target_id,
    kind: l.kind,
    strength: l.strength,
    directed: l.directed === 1,
    since: l.since,
    until: l.until,
  }));
  return { nodes, edges, toNode: (id) => id };
}

function organisationLevel(s: Snapshot): Level {
  const toNode = (id: string) => (s.organisations.has(id) ? id : s.memberOf.get(id)?.[0]);
  const members = new Map<string, number>();
  let unassigned = 0;
  for (const p of s.people.values()) {
    const org = toNode(p.id);
    if (org) members.set(org, (members.get(org) ?? 0) + 1);
    else unassigned++;
  }
  type Fold = {
    source: string;
    target: string;
    kinds: Map<string, number>;
    pairs: Set<string>;
    strength: number;
    strengthSum: number;
    directions: Set<string>;
    anyUndirected: boolean;
    since: string | null;
    until: string | null;
    linkIds: string[];
  };
  const folds = new Map<string, Fold>();
  for (const l of s.links) {
    const a = toNode(l.source_id);
    const b = toNode(l.target_id);
    if (!a || !b || a === b) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = `${lo}--${hi}`;
    const fold: Fold = folds.get(key) ?? {
      source: lo,
      target: hi,
      kinds: new Map(),
      pairs: new Set(),
      strength: 0,
      strengthSum: 0,
      directions: new Set(),
      anyUndirected: false,
      since: l.since,
      until: l.until,
      linkIds: [],
    };
    folds.set(key, fold);
    fold.kinds.set(l.kind, (fold.kinds.get(l.kind) ?? 0) + 1);
    const [p, q] = l.source_id < l.target_id ? [l.source_id, l.target_id] : [l.target_id, l.source_id];
    fold.pairs.add(`${p}\u0000${q}`);
    fold.strength = Math.max(fold.strength, l.strength);
    fold.strengthSum += l.strength;
    if (l.directed === 1) fold.directions.add(`${a}>${b}`);
    else fold.anyUndirected = true;
    if (fold.since !== null && (l.since === null || l.since < fold.since)) fold.since = l.since;
    if (fold.until !== null && (l.until === null || l.until > fold.until)) fold.until = l.until;
    fold.linkIds.push(l.id);
  }
  const edges: NetworkEdge[] = [];
  for (const [key, f] of folds) {
    const kinds = [...f.kinds.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    const oneWay = !f.anyUndirected && f.directions.size === 1 ? [...f.directions][0]!.split('>') : undefined;
    edges.push({
      id: key,
      source: oneWay?.[0] ?? f.source,
      target: oneWay?.[1] ?? f.target,
      kind: kinds[0]![0],
      kinds: kinds.map(([k]) => k),
      strength: f.strength,
      strengthSum: f.strengthSum,
      count: f.pairs.size,
      directed: oneWay !== undefined,
      since: f.since,
      until: f.until,
      linkIds: f.linkIds,
    });
  }
  const nodes = [...s.organisations.values()].map((o) => ({
    ...orgNode(o),
    memberCount: members.get(o.id) ?? 0,
  }));
  return { nodes, edges, toNode, unassigned };
}

/**
 * The network as `{nodes, edges}`: for the whole store, or around one opgave (its participants on
 * the day plus `hops` steps of their wider network). Organisation level folds people into their
 * organisation on the day and counts, per folded tie, the person-pairs that carry it.
 */
export type NetworkRequest = Omit<NetworkQuery, 'view' | 'minPeople'> &
  Partial<Pick<NetworkQuery, 'view' | 'minPeople'>> & { opgaveId?: string | undefined };

export function buildNetwork(
  db: Db,
  request: NetworkRequest,
  /**
   * casussen the caller may not see (`Access.hiddenCasusIds()`): their participation is not counted
   * (`opgaveCount`). Required, so no caller forgets it.
   */
  hidden: ReadonlySet<string>,
): Network {
  const raad = request.view === 'raad';
  // The council version is always at organisation level.
  const query = raad ? { ...request, level: 'organisation' as const } : request;
  if (query.opgaveId) {
    const opgave = getOpgave(db, query.opgaveId);
    if (raad && opgave.kind === 'casus') {
      throw new ApiError(
        404,
        'Niet gevonden',
        'In de raadsversie zijn casussen alleen als aantallen zichtbaar.',
      );
    }
  }
  const s = readSnapshot(db, query, hidden);
  const participantActors = new Set(
    s.participants.filter((p) => p.opgave_id === query.opgaveId).map((p) => p.actor_id),
  );
  const level: Level =
    query.level === 'organisation' ? organisationLevel(s) : personLevel(s, participantActors);
  const count = opgaveCounts(s.participants, level.toNode);
  let nodes = level.nodes.map((n) => ({ ...n, opgaveCount: count(n.id) }));
  let edges = level.edges;
  if (query.opgaveId) {
    const roles = new Map<string, Set<ParticipantRole>>();
    for (const p of s.participants) {
      if (p.opgave_id !== query.opgaveId) continue;
      const node = level.toNode(p.actor_id);
      if (node) (roles.get(node) ?? roles.set(node, new Set()).get(node)!).add(p.role);
    }
    const hop = reach(roles.keys(), edges, query.hops);
    nodes = nodes
      .filter((n) => hop.has(n.id))
      .map((n) => ({
        ...n,
        hop: hop.get(n.id)!,
        participant: roles.has(n.id),
        roles: [...(roles.get(n.id) ?? [])].sort(),
      }));
    edges = edges.filter((e) => hop.has(e.source) && hop.has(e.target));
  }
  if (query.domain?.length) {
    const domains = new Set(query.domain);
    nodes = nodes.filter((n) => n.domain !== null && domains.has(n.domain));
    const kept = new Set(nodes.map((n) => n.id));
    edges = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  }
  if (query.organisation?.length) {
    const chosen = new Set(query.organisation);
    const inChosen = (id: string | null | undefined) =>
      Boolean(id && (chosen.has(id) || chosen.has(s.organisations.get(id)?.parent_id ?? '')));
    nodes = nodes.filter((n) =>
      n.kind === 'organisation' ? inChosen(n.id) : (n.organisationIds ?? []).some(inChosen),
    );
    const kept = new Set(nodes.map((n) => n.id));
    edges = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  }
  const network: Network = {
    nodes,
    edges,
    meta: {
      level: query.level,
      asOf: query.asOf ?? null,
      hops: query.opgaveId ? query.hops : null,
      opgaveId: query.opgaveId ?? null,
      ...(level.unassigned !== undefined ? { unassignedPeople: level.unassigned } : {}),
    },
  };
  if (!raad) return network;
  const labels = Object.fromEntries(
    (db.prepare('SELECT code, label FROM domains').all() as { code: string; label: string }[]).map((d) => [
      d.code,
      d.label,
    ]),
  );
  const council = toRaadsversie(network, query.minPeople ?? 3, labels);
  // an organisation named after a person (a practice, a one-person firm) loses that name too
  const redact = personRedactor(db);
  return { ...council, nodes: council.nodes.map((n) => ({ ...n, label: redact(n.label).text })) };
}
