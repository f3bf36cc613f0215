import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';

let source: Harness;
beforeAll(async () => {
  source = await startHarness(smallNetwork);
});
afterAll(() => source.stop());

type Node = Record<string, unknown> & { id: string };
type Edge = Record<string, unknown> & { id: string };

/** The network as the map sees it, without the opgave-dependent counts. */
async function networkOf(h: Harness) {
  const levels: Record<string, { nodes: Node[]; edges: Edge[] }> = {};
  for (const level of ['person', 'organisation']) {
    const { body } = await h.call('GET', `/api/network?level=${level}`);
    const nodes = (body.nodes as Node[])
      .map(({ opgaveCount: _o, ...n }) => n)
      .sort((a, b) => a.id.localeCompare(b.id));
    const edges = (body.edges as Edge[]).sort((a, b) => a.id.localeCompare(b.id));
    levels[level] = { nodes, edges };
  }
  return levels;
}

const MEDIA = {
  csv: 'text/csv',
  graphml: 'application/xml',
  gexf: 'application/xml',
  json: 'application/json',
} as const;

describe.each(['csv', 'graphml', 'gexf', 'json'] as const)('export -> import round trip (%s)', (format) => {
  it('gives the same network in an empty store', async () => {
    const exported = await source.call('GET', `/api/export?format=${format}`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toMatch(
      new RegExp(`attachment; filename="regiekaart-.*\\.${format}"`),
    );

    const target = await startHarness();
    try {
      const dry = await target.call('POST', `/api/import?format=${format}&dryRun=true`, exported.text, {
        'content-type': MEDIA[format],
      });
      expect(dry.status).toBe(200);
      expect(dry.body).toMatchObject({ dryRun: true, applied: false });
      expect(dry.body.summary.organisations).toMatchObject({ create: 6, reject: 0 });
      expect(target.db.prepare('SELECT count(*) FROM actors').pluck().get()).toBe(0);

      const real = await target.call('POST', `/api/import?format=${format}`, exported.text, {
        'content-type': MEDIA[format],
      });
      expect(real.status).toBe(200);
      expect(real.body.applied).toBe(true);
      expect(await networkOf(target)).toEqual(await networkOf(source));
      if (format === 'json') {
        const opgaven = await target.call('GET', '/api/opgaven');
        expect(opgaven.body.items.map((o: { id: string }) => o.id).sort()).toEqual(['c1', 'op1']);
        expect((await target.call('GET', '/api/opgaven/op1/participants')).body.items).toHaveLength(3);
      }

      // Importing the same file again matches every record: nothing new, nothing changed.
      const again = await target.call('POST', `/api/import?format=${format}`, exported.text, {
        'content-type': MEDIA[format],
      });
      expect(again.body.summary.organisations).toMatchObject({ create: 0, update: 0, unchanged: 6 });
      for (const tally of Object.values(again.body.summary) as { create: number; reject: number }[])
        expect(tally).toMatchObject({ create: 0, reject: 0 });
      expect(await networkOf(target)).toEqual(await networkOf(source));
    } finally {
      await target.stop();
    }
  });
});

describe('POST /api/import', () => {
  it('leaves the store unchanged when an import fails halfway, and names the rejected rows', async () => {
    const before = await networkOf(source);
    const csv = [
      'id;naam;domein;soort',
      'org-nieuw-1;Buurtzorg Sittard;zorg;thuiszorg',
      'org-nieuw-2;Stichting Onbekend Domein;ruimtelijke ordening;welzijn',
      'org-nieuw-3;Wonen Limburg;wonen;woningcorporatie',
    ].join('\r\n');
    const reply = await source.call('POST', '/api/import?format=csv', csv, { 'content-type': 'text/csv' });
    expect(reply.status).toBe(422);
    expect(reply.type).toContain('application/problem+json');
    const rejected = reply.body.report.rows.filter((r: { action: string }) => r.action === 'reject');
    expect(rejected).toEqual([expect.objectContaining({ entity: 'organisations', row: 3 })]);
    expect(rejected[0].errors[0].field).toBe('domein');
    expect(await networkOf(source)).toEqual(before);
  });

  it('rolls back rows already written when a later row fails on a reference', async () => {
    const before = source.db.prepare('SELECT count(*) FROM links').pluck().get();
    const csv = 'bron,doel,soort,sterkte\np1,p5,overleg,3\np1,p4,geen_soort,3\n';
    const reply = await source.call('POST', '/api/import?format=csv', csv, { 'content-type': 'text/csv' });
    expect(reply.status).toBe(422);
    expect(reply.body.report.rows.map((r: { action: string }) => r.action)).toEqual(['create', 'reject']);
    expect(source.db.prepare('SELECT count(*) FROM links').pluck().get()).toBe(before);
  });

  it('reads a Dutch Excel CSV (semicolons, BOM) and resolves organisations by name', async () => {
    const csv = '\uFEFFnaam;functie;organisatie\r\nHenk Janssen;wijkagent;Politie Limburg\r\n';
    const dry = await source.call('POST', '/api/import?format=csv&dryRun=true', csv, {
      'content-type': 'text/csv',
    });
    expect(dry.status).toBe(200);
    expect(dry.body.rows).toEqual([
      expect.objectContaining({ entity: 'people', row: 2, action: 'create', label: 'Henk Janssen' }),
    ]);
  });

  it('answers 400 naming the element for an unreadable file, and 415 for a form post', async () => {
    const bad = await source.call(
      'POST',
      '/api/import?format=graphml',
      '<graphml><graph><node id="a"></graph>',
      {
        'content-type': 'application/xml',
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('application/problem+json');
    const form = await source.call('POST', '/api/import?format=csv', 'a=b', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(
      (await source.call('POST', '/api/import?format=xls', 'x', { 'content-type': 'text/csv' })).status,
    ).toBe(400);
  });
});

describe('GET /api/opgaven/:id/export', () => {
  it('exports one opgave network, and escapes CSV cells against formula injection', async () => {
    await source.call('PATCH', '/api/people/p1', { function: '=HYPERLINK("http://x")' });
    const csv = await source.call('GET', '/api/opgaven/op1/export?format=csv&hops=1');
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(`'=HYPERLINK`);
    expect(csv.text).not.toMatch(/[;,]=HYPERLINK/);
    const graphml = await source.call('GET', '/api/opgaven/op1/export?format=graphml');
    expect(graphml.text).toContain('<graphml');
    expect(graphml.text).toContain('Anna Bakker');
    expect(graphml.text).not.toContain('Fenna Gulpen');
  });
});
