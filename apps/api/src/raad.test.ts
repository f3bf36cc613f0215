import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { personLeaks, sample } from '../test/sample.ts';

const opgaven = sample.opgaven as { id: string; kind: string }[];

let h: Harness;
beforeAll(async () => {
  h = await startHarness(sample);
});
afterAll(() => h.stop());

describe('the raadsversie (view=raad)', () => {
  it('folds small organisations into "overig" and shows only organisations', async () => {
    const { status, body } = await h.call('GET', '/api/network?view=raad&level=person&minPeople=5');
    expect(status).toBe(200);
    expect(body.meta).toMatchObject({ view: 'raad', level: 'organisation' });
    expect(body.meta.folded).toBeGreaterThan(0);
    expect(body.nodes.every((n: { kind: string }) => n.kind === 'organisation')).toBe(true);
    const small = body.nodes.filter(
      (n: { memberCount?: number; type?: string }) =>
        n.type !== 'overig' && (n.memberCount ?? 0) > 0 && (n.memberCount ?? 0) < 5,
    );
    expect(small).toEqual([]);
    expect(body.nodes.some((n: { id: string }) => n.id.startsWith('overig-'))).toBe(true);
    expect(body.edges.every((e: { linkIds?: unknown }) => e.linkIds === undefined)).toBe(true);
  });

  it('shows casussen only as counts: a casus network is not available', async () => {
    const casus = opgaven.find((o) => o.kind === 'casus')!;
    expect((await h.call('GET', `/api/opgaven/${casus.id}/network?view=raad`)).status).toBe(404);
    expect((await h.call('GET', `/api/opgaven/${casus.id}/export?format=csv&view=raad`)).status).toBe(404);
    const figures = await h.call('GET', '/api/key-figures');
    expect(figures.body.casussen.total).toBe(opgaven.filter((o) => o.kind === 'casus').length);
  });

  it('carries no person name or id in any response or export', async () => {
    const paths: string[] = [];
    for (const asOf of ['', '&asOf=2020-06-01', '&asOf=2023-06-01']) {
      paths.push(`/api/network?view=raad${asOf}`, `/api/analysis?view=raad${asOf}`);
      for (const format of ['csv', 'graphml', 'gexf', 'json'])
        paths.push(`/api/export?format=${format}&view=raad${asOf}`);
    }
    for (const o of opgaven.filter((x) => x.kind === 'opgave')) {
      for (const hops of [0, 1, 2]) {
        paths.push(`/api/opgaven/${o.id}/network?view=raad&hops=${hops}`);
        paths.push(`/api/opgaven/${o.id}/analysis?view=raad&hops=${hops}`);
      }
      for (const format of ['csv', 'graphml', 'gexf', 'json'])
        paths.push(`/api/opgaven/${o.id}/export?format=${format}&view=raad&hops=1`);
      paths.push(`/api/opgaven/${o.id}/change?from=2020-01-01&to=2024-01-01&view=raad`);
    }
    paths.push(
      '/api/key-figures',
      '/api/key-figures?format=csv',
      '/api/change?from=2021-01-01&to=2025-01-01&view=raad&level=person',
      '/api/presentations/prs-raad-2026/steps?view=raad',
      '/api/presentations/prs-raad-2026/steps?view=raad&minPeople=10',
    );
    for (const minPeople of [1, 5])
      paths.push(`/api/network/export?format=graphml&view=raad&minPeople=${minPeople}`);
    let checked = 0;
    for (const path of paths) {
      const reply = await h.call('GET', path);
      expect(reply.status, path).toBe(200);
      expect(personLeaks(reply.text), path).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  }, 120_000);

  it('does leak-check for real: the working view does name people', async () => {
    const reply = await h.call('GET', '/api/network');
    expect(personLeaks(reply.text).length).toBeGreaterThan(200);
  });
});

describe('key figures and change over time', () => {
  it('counts partners per domain, cross-domain ties and template coverage', async () => {
    const { status, body } = await h.call('GET', '/api/key-figures?asOf=2024-01-01');
    expect(status).toBe(200);
    expect(body.now.date).toBe('2024-01-01');
    expect(body.before.date).toBe('2023-01-01');
    const perDomain = body.now.partnersPerDomain.reduce(
      (sum: number, d: { partners: number }) => sum + d.partners,
      0,
    );
    expect(perDomain).toBe(body.now.partners);
    expect(body.now.crossDomainTies).toBeLessThanOrEqual(body.now.ties);
    const cases = JSON.parse(
      readFileSync(new URL('../../../data-samples/zuid-limburg.cases.json', import.meta.url), 'utf8'),
    );
    const missing = body.opgaven.find((o: { id: string }) => o.id === cases.missingPartnerOpgave.opgaveId);
    expect(missing.presentRoles).toBe(missing.requiredRoles - 1);
    expect(missing.share).toBeCloseTo((missing.requiredRoles - 1) / missing.requiredRoles, 12);
  });

  it('reports ties gained since the Zuid-Limburg cooperation began', async () => {
    const { body } = await h.call('GET', '/api/change?from=2021-09-30&to=2023-10-01');
    expect(body.summary.tiesAdded).toBeGreaterThan(body.summary.tiesRemoved);
    expect(body.ties.added.length).toBe(body.summary.tiesAdded);
    expect(body.figures.after.ties - body.figures.before.ties).toBe(
      body.summary.tiesAdded - body.summary.tiesRemoved,
    );
    expect(body.ties.added[0]).toMatchObject({
      sourceLabel: expect.any(String),
      targetLabel: expect.any(String),
    });
  });

  it('refuses dates in the wrong order with 400', async () => {
    const reply = await h.call('GET', '/api/change?from=2024-01-01&to=2020-01-01');
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe('to');
  });
});
