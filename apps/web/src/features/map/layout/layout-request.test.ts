import type { Network } from '@regiekaart/model';
import { describe, expect, it } from 'vitest';
import { firstLayoutRequest } from './layout-request.ts';
import { sameRequest } from './spare-worker.ts';

describe('firstLayoutRequest', () => {
  it("is the map's request for a first open: sizes, organisations as clusters, ties between actors on the map", () => {
    const network = {
      nodes: [
        { id: 'p1', label: 'Anna', kind: 'person', domain: 'zorg', organisationId: 'o1' },
        { id: 'p2', label: 'Bert', kind: 'person', domain: 'zorg', organisationId: null },
        { id: 'o1', label: 'Zorg BV', kind: 'organisation', domain: 'zorg' },
      ],
      edges: [
        { id: 'e1', source: 'p1', target: 'p2', kind: 'overleg', strength: 3, directed: false },
        { id: 'e2', source: 'p1', target: 'elders', kind: 'overleg', strength: 3, directed: false },
      ],
    } as unknown as Network;
    const request = firstLayoutRequest(network);
    expect(request.seed).toBe(1);
    expect(request.grouped).toBe(false);
    expect(request.edges).toEqual([{ id: 'e1', source: 'p1', target: 'p2' }]);
    expect(request.nodes.map((n) => [n.id, n.cluster])).toEqual([
      ['p1', 'o1'],
      ['p2', undefined],
      ['o1', undefined],
    ]);
    // a small map makes room for each label
    expect(request.nodes[0]!.width).toBeGreaterThan(18);
    expect(JSON.stringify(firstLayoutRequest(network))).toBe(JSON.stringify(request));
    // the layout computed ahead is taken only for the very same request
    expect(sameRequest(firstLayoutRequest(network), request)).toBe(true);
    const other = firstLayoutRequest(network);
    other.edges[0] = { id: 'e1', source: 'p2', target: 'p1' };
    expect(sameRequest(other, request)).toBe(false);
    expect(sameRequest({ ...request, seed: 2 }, request)).toBe(false);
    expect(sameRequest({ ...request, nodes: request.nodes.slice(1) }, request)).toBe(false);
    expect(
      sameRequest(
        { ...request, nodes: request.nodes.map((n, i) => (i ? n : { ...n, cluster: 'o2' })) },
        request,
      ),
    ).toBe(false);
    expect(sameRequest({ ...request, fixed: { p1: { x: 0, y: 0 } } }, request)).toBe(false);
  });
});
