import { readFileSync } from 'node:fs';
import { AnalysisSchema, NodeMetricsSchema } from '@regiekaart/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';

const sample = JSON.parse(
  readFileSync(new URL('../../../data-samples/zuid-limburg.json', import.meta.url), 'utf8'),
);
const cases = JSON.parse(
  readFileSync(new URL('../../../data-samples/zuid-limburg.cases.json', import.meta.url), 'utf8'),
);

let h: Harness;
beforeAll(async () => {
  h = await startHarness(sample);
});
afterAll(() => h.stop());

const METRIC_KEYS = Object.keys(NodeMetricsSchema.shape).filter((k) => k !== 'brokerage');

describe('GET /api/analysis on the sample network', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the reply is checked against AnalysisSchema first
  let body: Record<string, any>;
  beforeAll(async () => {
    const reply = await h.call('GET', '/api/analysis');
    expect(reply.status).toBe(200);
    body = reply.body;
  });

  it('answers in the documented shape, every metric for every node', () => {
    expect(AnalysisSchema.safeParse(body).success).toBe(true);
    const nodes = Object.values(body.nodes) as Record<string, unknown>[];
    expect(nodes.length).toBe(body.graph.nodes);
    for (const node of nodes) {
      for (const key of METRIC_KEYS) expect(node).toHaveProperty(key);
      expect(node.brokerage).toMatchObject({ total: expect.any(Number), liaison: expect.any(Number) });
    }
  });

  it('finds the broker whose departure cuts a zorg cluster off from the rest', () => {
    const point = body.insights.singlePointsOfFailure.articulationPoints.find(
      (p: { id: string }) => p.id === cases.broker,
    );
    expect(point?.cutOff).toBe(cases.brokerCluster.length);
    const broker = body.insights.brokers.find((b: { id: string }) => b.id === cases.broker);
    expect(broker).toMatchObject({ articulationPoint: true });
    expect(broker.bridgesGroups).toContain('zorg');
  });

  it('flags the overloaded hub first', () => {
    expect(body.insights.overloaded[0]).toMatchObject({ id: cases.overloadedHub, flagged: true });
  });

  it('finds the organisation pair whose whole tie rests on one person', () => {
    expect(body.insights.singlePointsOfFailure.singlePersonTies).toContainEqual(
      expect.objectContaining({
        organisations: [...cases.singlePersonTie.organisations].sort(),
        person: cases.singlePersonTie.personId,
      }),
    );
  });

  it('serves a repeated request from the cache until the data changes', async () => {
    const again = await h.call('GET', '/api/analysis');
    expect(again.body.meta.cached).toBe(true);
    const created = await h.call('POST', '/api/links', {
      sourceId: cases.brokerCluster[0],
      targetId: cases.overloadedHub,
      kind: 'informeel',
    });
    expect(created.status).toBe(201);
    const after = await h.call('GET', '/api/analysis');
    expect(after.body.meta.cached).toBe(false);
    expect(after.body.graph.edges).toBe(body.graph.edges + 1);
    await h.call('DELETE', `/api/links/${created.body.id}`);
  });
});

describe('GET /api/opgaven/:id/analysis on the sample network', () => {
  it('names the missing template partner and the role resting on one person', async () => {
    const { status, body } = await h.call(
      'GET',
      `/api/opgaven/${cases.missingPartnerOpgave.opgaveId}/analysis`,
    );
    expect(status).toBe(200);
    expect(body.insights.missingPartners.templateId).toBe(cases.missingPartnerOpgave.templateId);
    expect(body.insights.missingPartners.missing).toEqual([cases.missingPartnerOpgave.missingRole]);
    expect(body.insights.missingPartners.singlePerson).toContain(cases.missingPartnerOpgave.singlePersonRole);
    const role = body.insights.missingPartners.roles.find(
      (r: { label: string }) => r.label === cases.missingPartnerOpgave.singlePersonRole,
    );
    expect(role.participants).toEqual([cases.missingPartnerOpgave.singlePerson]);
  });

  it('names the two partners in the opgave who never talk', async () => {
    const { body } = await h.call('GET', `/api/opgaven/${cases.unlinkedPair.opgaveId}/analysis?hops=1`);
    const pairs = body.insights.unlinkedCoParticipants.map((p: { organisations: string[] }) =>
      p.organisations.join('|'),
    );
    expect(pairs).toContain([...cases.unlinkedPair.organisations].sort().join('|'));
    expect(body.meta).toMatchObject({ opgaveId: cases.unlinkedPair.opgaveId, hops: 1, cached: false });
  });

  it('suggests ties among participants with an explanation in Dutch', async () => {
    const { body } = await h.call(
      'GET',
      `/api/opgaven/${cases.unlinkedPair.opgaveId}/analysis?hops=1&suggestions=5`,
    );
    expect(body.insights.suggestedTies.length).toBeGreaterThan(0);
    expect(body.insights.suggestedTies.length).toBeLessThanOrEqual(5);
    expect(body.insights.suggestedTies[0].explanation).toMatch(/^Werken allebei samen met /);
  });

  it('answers 404 for an unknown opgave and 400 for an unknown groupBy', async () => {
    expect((await h.call('GET', '/api/opgaven/nope/analysis')).status).toBe(404);
    const bad = await h.call('GET', '/api/analysis?groupBy=kleur');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('groupBy');
  });
});

describe('GET /api/what-if on the sample network', () => {
  it('shows the broker’s cluster cut off and the domain pairs losing their connection', async () => {
    const { status, body } = await h.call('GET', `/api/what-if?remove=${cases.broker}&k=2`);
    expect(status).toBe(200);
    expect(body.cutOff.map((a: { id: string }) => a.id).sort()).toEqual([...cases.brokerCluster].sort());
    expect(body.after.components).toBe(body.before.components + 1);
    expect(body.increase.fragmentation).toBeGreaterThan(0);
    expect(body.removed).toEqual([{ id: cases.broker, label: expect.any(String) }]);
    expect(body.mostDamaging.actors).toHaveLength(2);
  });

  it('answers 422 naming the field for an actor not on the map', async () => {
    const reply = await h.call('GET', '/api/what-if?remove=per-999');
    expect(reply.status).toBe(422);
    expect(reply.body.errors[0].field).toBe('remove');
  });
});
