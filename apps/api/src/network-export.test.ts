import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(smallNetwork);
});
afterAll(() => h.stop());

/** Edge ids in a GraphML document. */
const graphmlEdges = (xml: string) => [...xml.matchAll(/<edge [^>]*id="([^"]+)"/g)].map((m) => m[1]).sort();

describe('GET /api/network/export', () => {
  it('writes the whole network as the map shows it, as a GraphML download', async () => {
    const reply = await h.call('GET', '/api/network/export?format=graphml&level=person&asOf=2024-01-01');
    expect(reply.status).toBe(200);
    expect(reply.type).toContain('application/graphml+xml');
    expect(reply.headers.get('content-disposition')).toMatch(/attachment; filename="netwerk-.*\.graphml"/);
    const network = await h.call('GET', '/api/network?level=person&asOf=2024-01-01');
    const expected = (network.body.edges as { id: string }[]).map((e) => e.id).sort();
    expect(graphmlEdges(reply.text)).toEqual(expected);
  });

  it('follows the date: a tie that ended is not in a later export', async () => {
    const before = await h.call('GET', '/api/network/export?format=graphml&asOf=2022-01-01');
    const after = await h.call('GET', '/api/network/export?format=graphml&asOf=2024-01-01');
    expect(graphmlEdges(before.text)).toContain('l3');
    expect(graphmlEdges(after.text)).not.toContain('l3');
  });

  it('folds people into organisations at organisation level, in CSV', async () => {
    const reply = await h.call('GET', '/api/network/export?format=csv&level=organisation&asOf=2024-01-01');
    expect(reply.status).toBe(200);
    expect(reply.type).toContain('text/csv');
    expect(reply.text).toContain('Politie Limburg');
    expect(reply.text).not.toContain('Bram Claessens');
  });

  it('refuses an unknown level with 400 naming the field', async () => {
    const reply = await h.call('GET', '/api/network/export?format=csv&level=team');
    expect(reply.status).toBe(400);
    expect(reply.type).toContain('application/problem+json');
    expect(reply.body.errors[0].field).toBe('level');
  });
});
