import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';

/** A seeded preferential-attachment network of people in one organisation: big enough to take a while. */
function largeNetwork(n: number, m: number) {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const people = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Persoon ${i}`,
    memberships: [{ organisationId: 'org' }],
  }));
  const links: { id: string; sourceId: string; targetId: string; kind: string }[] = [];
  const ends: number[] = [];
  for (let i = m; i < n; i++) {
    const chosen = new Set<number>();
    while (chosen.size < m)
      chosen.add(
        ends.length && random() < 0.9 ? ends[Math.floor(random() * ends.length)]! : Math.floor(random() * i),
      );
    for (const j of chosen) {
      links.push({ id: `l${links.length}`, sourceId: `p${i}`, targetId: `p${j}`, kind: 'overleg' });
      ends.push(i, j);
    }
  }
  return { organisations: [{ id: 'org', name: 'Organisatie', domain: 'zorg', type: 'ggz' }], people, links };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness(largeNetwork(4000, 3));
}, 120_000);
afterAll(() => h.stop());

describe('the analysis worker', () => {
  it('keeps the server answering while a large network is analysed', async () => {
    const order: string[] = [];
    const analysis = h.call('GET', '/api/analysis?suggestions=0').then((reply) => {
      order.push('analysis');
      return reply;
    });
    // Give the request time to reach the worker, then ask something small.
    await new Promise((wait) => setTimeout(wait, 100));
    const health = await h.call('GET', '/api/health');
    order.push('health');
    expect(health.status).toBe(200);
    const reply = await analysis;
    expect(reply.status).toBe(200);
    expect(reply.body.graph.nodes).toBe(4000);
    expect(order).toEqual(['health', 'analysis']);
  }, 120_000);
});
