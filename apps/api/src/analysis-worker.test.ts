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
    // The server runs in this process: if the analysis ran on its thread, this interval would
    // stall for the whole analysis. Measure the longest gap relative to the analysis' duration.
    let last = performance.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 10);
    const started = performance.now();
    const [reply, health] = await Promise.all([
      h.call('GET', '/api/analysis?suggestions=0'),
      new Promise((wait) => setTimeout(wait, 50)).then(() => h.call('GET', '/api/health')),
    ]);
    const duration = performance.now() - started;
    clearInterval(ticker);
    expect(reply.status).toBe(200);
    expect(reply.body.graph.nodes).toBe(4000);
    expect(health.status).toBe(200);
    expect(duration).toBeGreaterThan(500);
    expect(longestGap).toBeLessThan(duration / 2);
  }, 120_000);
});
