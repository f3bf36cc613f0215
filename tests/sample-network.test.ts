import { readFileSync } from 'node:fs';
import {
  CasusCodeSchema,
  type Dataset,
  DatasetSchema,
  DEFAULT_DOMAINS,
  DEFAULT_LINK_KINDS,
  validOn,
} from '@regiekaart/model';
import { describe, expect, it } from 'vitest';
import { generate, type SampleCases, toJson } from '../data-samples/generate-zuid-limburg.ts';

const datasetText = readFileSync(new URL('../data-samples/zuid-limburg.json', import.meta.url), 'utf8');
const casesText = readFileSync(new URL('../data-samples/zuid-limburg.cases.json', import.meta.url), 'utf8');
const parsed = DatasetSchema.safeParse(JSON.parse(datasetText));
if (!parsed.success) throw new Error(`zuid-limburg.json does not validate: ${parsed.error.message}`);
const dataset: Dataset = parsed.data;
const cases: SampleCases = JSON.parse(casesText);

type Template = Dataset['templates'][number];
type TemplateRole = Template['roles'][number];
type Organisation = Dataset['organisations'][number];

const organisationsById = new Map(dataset.organisations.map((o) => [o.id, o]));
const peopleById = new Map(dataset.people.map((p) => [p.id, p]));
const opgaven = dataset.opgaven.filter((o) => o.kind === 'opgave');
const casussen = dataset.opgaven.filter((o) => o.kind === 'casus');

/** Undirected adjacency over every actor that has a link, ignoring dates. */
function adjacency(without?: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const link of dataset.links) {
    if (link.sourceId === without || link.targetId === without) continue;
    for (const [a, b] of [
      [link.sourceId, link.targetId],
      [link.targetId, link.sourceId],
    ] as const) {
      const neighbours = graph.get(a) ?? new Set<string>();
      neighbours.add(b);
      graph.set(a, neighbours);
    }
  }
  return graph;
}

function reachableFrom(start: string, graph: Map<string, Set<string>>): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let node = queue.shift(); node !== undefined; node = queue.shift()) {
    for (const next of graph.get(node) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

function componentCount(graph: Map<string, Set<string>>): number {
  const seen = new Set<string>();
  let count = 0;
  for (const node of graph.keys()) {
    if (seen.has(node)) continue;
    count++;
    for (const member of reachableFrom(node, graph)) seen.add(member);
  }
  return count;
}

/** Everyone who belongs or belonged to the organisation. */
function membersOf(organisationId: string): Set<string> {
  return new Set(
    dataset.people
      .filter((p) => p.memberships.some((m) => m.organisationId === organisationId))
      .map((p) => p.id ?? ''),
  );
}

/** The organisations an actor stands for: itself, or every organisation of a person's memberships. */
function organisationsOf(actorId: string): Organisation[] {
  const organisation = organisationsById.get(actorId);
  if (organisation) return [organisation];
  return (peopleById.get(actorId)?.memberships ?? []).flatMap((m) => {
    const o = organisationsById.get(m.organisationId);
    return o ? [o] : [];
  });
}

function fills(role: TemplateRole, organisation: Organisation): boolean {
  return (
    (!role.orgType || role.orgType.toLowerCase() === organisation.type.toLowerCase()) &&
    (!role.domain || role.domain === organisation.domain)
  );
}

function linksBetween(left: Set<string>, right: Set<string>) {
  return dataset.links.filter(
    (l) => (left.has(l.sourceId) && right.has(l.targetId)) || (right.has(l.sourceId) && left.has(l.targetId)),
  );
}

describe('the Zuid-Limburg sample network', () => {
  it('is a regiekaart dataset, version 1, valid against DatasetSchema', () => {
    expect(parsed.success).toBe(true);
    expect(dataset.format).toBe('regiekaart');
    expect(dataset.version).toBe(1);
  });

  it('has the promised size', () => {
    expect(dataset.organisations.length).toBeGreaterThanOrEqual(40);
    expect(dataset.people.length).toBeGreaterThanOrEqual(240);
    expect(dataset.links.length).toBeGreaterThanOrEqual(1000);
    expect(opgaven.length).toBeGreaterThanOrEqual(8);
    expect(casussen.length).toBeGreaterThanOrEqual(20);
    expect(dataset.templates.length).toBeGreaterThanOrEqual(4);
  });

  it('uses every default domain for its organisations and every default link kind', () => {
    expect(new Set(dataset.organisations.map((o) => o.domain))).toEqual(
      new Set(DEFAULT_DOMAINS.map((d) => d.code)),
    );
    expect(new Set(dataset.links.map((l) => l.kind))).toEqual(new Set(DEFAULT_LINK_KINDS.map((k) => k.code)));
    expect(dataset.domains.map((d) => d.code)).toEqual(DEFAULT_DOMAINS.map((d) => d.code));
  });

  it('has opgaven on all three levels and only pseudonymous casussen', () => {
    expect(new Set(opgaven.map((o) => o.level))).toEqual(new Set(['regionaal', 'lokaal', 'individueel']));
    for (const casus of casussen) {
      expect(CasusCodeSchema.safeParse(casus.code).success).toBe(true);
      expect(casus.code).toMatch(/^(WM|PS|MH)-20\d\d-\d{3}$/);
      expect(casus.name).toBe(`Casus ${casus.code}`);
      expect(casus.level).toBe('individueel');
    }
    expect(new Set(casussen.map((c) => c.code)).size).toBe(casussen.length);
  });

  it('gives every actor and every record a unique id', () => {
    const actorIds = [...dataset.organisations.map((o) => o.id), ...dataset.people.map((p) => p.id)];
    expect(actorIds.every((id) => typeof id === 'string')).toBe(true);
    expect(new Set(actorIds).size).toBe(actorIds.length);
    for (const records of [
      dataset.links,
      dataset.templates,
      dataset.opgaven,
      dataset.annotations,
      dataset.views,
    ]) {
      const ids = records.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('refers only to organisations, actors and templates that exist', () => {
    const actors = new Set([...organisationsById.keys(), ...peopleById.keys()]);
    const templates = new Set(dataset.templates.map((t) => t.id));
    const opgaveIds = new Set(dataset.opgaven.map((o) => o.id));
    for (const o of dataset.organisations)
      if (o.parentId) expect(organisationsById.has(o.parentId)).toBe(true);
    for (const p of dataset.people) {
      expect(p.memberships.length).toBeGreaterThan(0);
      for (const m of p.memberships) expect(organisationsById.has(m.organisationId)).toBe(true);
    }
    for (const l of dataset.links) {
      expect(actors.has(l.sourceId), l.id).toBe(true);
      expect(actors.has(l.targetId), l.id).toBe(true);
    }
    for (const o of dataset.opgaven) {
      if (o.templateId) expect(templates.has(o.templateId)).toBe(true);
      for (const p of o.participants) expect(actors.has(p.actorId), `${o.id} ${p.actorId}`).toBe(true);
    }
    for (const a of dataset.annotations) if (a.opgaveId) expect(opgaveIds.has(a.opgaveId)).toBe(true);
    for (const v of dataset.views) if (v.opgaveId) expect(opgaveIds.has(v.opgaveId)).toBe(true);
  });

  it('changes over time: people move, ties start and end', () => {
    const movers = dataset.people.filter(
      (p) => p.memberships.some((m) => m.until) && p.memberships.length > 1,
    );
    expect(movers.length).toBeGreaterThanOrEqual(10);
    expect(dataset.links.filter((l) => l.until).length).toBeGreaterThanOrEqual(50);
    const years = new Set(dataset.links.map((l) => l.since?.slice(0, 4)));
    for (const year of ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026'])
      expect(years).toContain(year);
  });

  it('is reproduced byte for byte by its generator', () => {
    const generated = generate();
    expect(toJson(generated.dataset)).toBe(datasetText);
    expect(toJson(generated.cases)).toBe(casesText);
  });
});

describe('the built-in cases of the sample network', () => {
  it('has a broker whose departure cuts the FACT-team off from the veiligheid side', () => {
    const cluster = new Set(cases.brokerCluster);
    expect(cluster.size).toBeGreaterThanOrEqual(10);
    expect(cluster.size).toBeLessThanOrEqual(15);
    expect(organisationsById.get(cases.brokerClusterOrganisation)?.domain).toBe('zorg');
    expect(organisationsOf(cases.broker).map((o) => o.domain)).toEqual(['veiligheid']);
    for (const id of cluster) {
      const memberships = peopleById.get(id)?.memberships ?? [];
      expect(memberships.map((m) => m.organisationId)).toEqual([cases.brokerClusterOrganisation]);
    }
    expect(
      dataset.links.some(
        (l) =>
          l.sourceId === cases.brokerClusterOrganisation || l.targetId === cases.brokerClusterOrganisation,
      ),
    ).toBe(false);

    const police = dataset.people.find((p) => organisationsOf(p.id ?? '').some((o) => o.type === 'politie'));
    const policeId = police?.id ?? '';
    const whole = adjacency();
    expect(cases.brokerCluster.every((id) => reachableFrom(policeId, whole).has(id))).toBe(true);

    const cut = adjacency(cases.broker);
    const fromPolice = reachableFrom(policeId, cut);
    expect(cases.brokerCluster.some((id) => fromPolice.has(id))).toBe(false);
    const firstMember = cases.brokerCluster[0] ?? '';
    expect(reachableFrom(firstMember, cut)).toEqual(cluster);
    expect(componentCount(cut)).toBeGreaterThan(componentCount(whole));
  });

  it('has one overloaded hub: most opgaven and casussen, highest degree', () => {
    const load = new Map<string, number>();
    for (const o of dataset.opgaven) {
      for (const actorId of new Set(o.participants.map((p) => p.actorId))) {
        load.set(actorId, (load.get(actorId) ?? 0) + 1);
      }
    }
    const hubLoad = load.get(cases.overloadedHub) ?? 0;
    expect(hubLoad).toBeGreaterThanOrEqual(15);
    const otherLoads = [...load].filter(([id]) => id !== cases.overloadedHub).map(([, n]) => n);
    expect(Math.max(...otherLoads)).toBeLessThan(hubLoad / 2);

    const degree = new Map<string, number>();
    for (const l of dataset.links) {
      degree.set(l.sourceId, (degree.get(l.sourceId) ?? 0) + 1);
      degree.set(l.targetId, (degree.get(l.targetId) ?? 0) + 1);
    }
    const hubDegree = degree.get(cases.overloadedHub) ?? 0;
    const otherDegrees = [...degree].filter(([id]) => id !== cases.overloadedHub).map(([, n]) => n);
    expect(Math.max(...otherDegrees)).toBeLessThan(hubDegree);
  });

  it('has an opgave that misses the Raad voor de Kinderbescherming and rests on one officier', () => {
    const { opgaveId, templateId, missingRole, missingOrgType, singlePersonRole, singlePerson } =
      cases.missingPartnerOpgave;
    const opgave = dataset.opgaven.find((o) => o.id === opgaveId);
    const template = dataset.templates.find((t) => t.id === templateId);
    expect(opgave?.templateId).toBe(templateId);
    const roles = template?.roles ?? [];
    expect(roles.map((r) => r.label)).toEqual(expect.arrayContaining([missingRole, singlePersonRole]));

    const filledBy = (role: TemplateRole): string[] =>
      (opgave?.participants ?? [])
        .filter((p) => organisationsOf(p.actorId).some((o) => fills(role, o)))
        .map((p) => p.actorId);
    for (const role of roles) {
      const actors = new Set(filledBy(role));
      if (role.label === missingRole) {
        expect(role.orgType).toBe(missingOrgType);
        expect(actors.size, role.label).toBe(0);
      } else if (role.label === singlePersonRole) {
        expect([...actors]).toEqual([singlePerson]);
      } else {
        expect(actors.size, role.label).toBeGreaterThanOrEqual(2);
      }
    }
    const participantOrganisations = (opgave?.participants ?? []).flatMap((p) => organisationsOf(p.actorId));
    expect(participantOrganisations.some((o) => o.type === missingOrgType)).toBe(false);
  });

  it('has two partners in one opgave whose people never talk', () => {
    const { opgaveId, organisations } = cases.unlinkedPair;
    const [left, right] = organisations;
    const leftPeople = membersOf(left);
    const rightPeople = membersOf(right);
    const participants = (dataset.opgaven.find((o) => o.id === opgaveId)?.participants ?? []).map(
      (p) => p.actorId,
    );
    expect(participants.some((id) => leftPeople.has(id))).toBe(true);
    expect(participants.some((id) => rightPeople.has(id))).toBe(true);
    expect(linksBetween(leftPeople, rightPeople)).toEqual([]);
    expect(linksBetween(new Set([left]), new Set([right]))).toEqual([]);
  });

  it('has an organisation pair whose whole tie rests on one person', () => {
    const { organisations, personId, linkIds } = cases.singlePersonTie;
    const [left, right] = organisations;
    const between = linksBetween(membersOf(left), membersOf(right));
    expect(between.length).toBeGreaterThanOrEqual(2);
    expect(between.every((l) => l.sourceId === personId || l.targetId === personId)).toBe(true);
    expect(between.map((l) => l.id).sort()).toEqual([...linkIds].sort());
    expect(peopleById.get(personId)?.memberships.map((m) => m.organisationId)).toEqual([left]);
    expect(linksBetween(new Set([left]), new Set([right]))).toEqual([]);
  });

  it('shows clearly more ties between the three ZVH regions after the cooperation started', () => {
    const regions = new Set(cases.regions);
    const regionsOf = (actorId: string): Set<string> =>
      new Set(
        organisationsOf(actorId)
          .map((o) => o.region ?? '')
          .filter((r) => regions.has(r)),
      );
    const crossing = dataset.links.filter((l) => {
      const a = regionsOf(l.sourceId);
      const b = regionsOf(l.targetId);
      return a.size > 0 && b.size > 0 && ![...a].some((r) => b.has(r));
    });
    const before = crossing.filter((l) => (l.since ?? '') < cases.cooperationStart).length;
    const after = crossing.length - before;
    expect({ before, after }).toEqual(cases.crossZvhTies);
    expect(after).toBeGreaterThanOrEqual(3 * before);

    const activeOn = (day: string) => crossing.filter((l) => validOn(l, day)).length;
    expect(activeOn('2026-10-01')).toBeGreaterThanOrEqual(3 * activeOn('2021-09-30'));
  });
});
