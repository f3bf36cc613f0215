import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    ...smallNetwork,
    people: [
      ...(smallNetwork.people ?? []),
      // left Mondriaan in 2022; her one tie ended with it
      {
        id: 'p7',
        name: 'Gwen Hermans',
        function: 'verpleegkundige',
        memberships: [{ organisationId: 'ggz', since: '2020-01-01', until: '2022-06-30' }],
      },
      // joins the police in 2030
      {
        id: 'p8',
        name: 'Hans Ides',
        function: 'wijkagent',
        memberships: [{ organisationId: 'pol', since: '2030-01-01' }],
      },
      // left the police, but still works with Anna (a tie of her own, valid today)
      {
        id: 'p9',
        name: 'Ilse Jacobs',
        function: 'adviseur',
        memberships: [{ organisationId: 'pol', until: '2021-12-31' }],
      },
      // never given an organisation: newly added, and shown
      { id: 'p10', name: 'Jan Kessels', function: 'coach' },
    ],
    links: [
      ...(smallNetwork.links ?? []),
      { id: 'l20', sourceId: 'p7', targetId: 'p5', kind: 'overleg', strength: 2, until: '2022-06-30' },
      { id: 'l21', sourceId: 'p9', targetId: 'p1', kind: 'informeel', strength: 2 },
    ],
    opgaven: [
      ...(smallNetwork.opgaven ?? []).map((o) =>
        o.id === 'op1'
          ? { ...o, participants: [...(o.participants ?? []), { actorId: 'p8', role: 'partner' as const }] }
          : o,
      ),
    ],
  });
});
afterAll(() => h.stop());

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('people who are not in the network on the day', () => {
  it('leaves out at person level whoever has left (or not yet joined) and has no tie on the day', async () => {
    const today = await h.call('GET', '/api/network?asOf=2026-12-05');
    expect(today.status).toBe(200);
    const shown = ids(today.body.nodes);
    expect(shown).not.toContain('p7');
    expect(shown).not.toContain('p8');
    // still tied to someone on the day, or never given an organisation: shown
    expect(shown).toContain('p9');
    expect(shown).toContain('p10');

    const then = await h.call('GET', '/api/network?asOf=2021-06-01');
    expect(ids(then.body.nodes)).toContain('p7');
    const later = await h.call('GET', '/api/network?asOf=2030-06-01');
    expect(ids(later.body.nodes)).toContain('p8');
  });

  it('leaves them out of the analysis of the day too', async () => {
    const today = await h.call('GET', '/api/analysis?asOf=2026-12-05');
    expect(today.status).toBe(200);
    const nodes = JSON.stringify(today.body);
    expect(nodes).not.toContain('"p7"');
    const then = await h.call('GET', '/api/analysis?asOf=2021-06-01');
    expect(JSON.stringify(then.body)).toContain('"p7"');
  });

  it('keeps a participant of the opgave shown, whatever their memberships say', async () => {
    const opgave = await h.call('GET', '/api/opgaven/op1/network?asOf=2026-12-05&hops=0');
    expect(opgave.status).toBe(200);
    expect(ids(opgave.body.nodes)).toContain('p8');
  });

  it('keeps someone tied on the day when a kind filter hides that tie', async () => {
    const filtered = await h.call('GET', '/api/network?asOf=2026-12-05&kind=casusoverleg');
    expect(ids(filtered.body.nodes)).toContain('p9');
  });
});
