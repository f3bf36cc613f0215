import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import { degreeCentrality } from 'graphology-metrics/centrality/degree';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerankCentrality from 'graphology-metrics/centrality/pagerank';
import { density } from 'graphology-metrics/graph/density';
import { describe, expect, it } from 'vitest';
import { analyse, buildGraph, eigenvector, pagerank } from '../src/index.ts';
import { FIXTURE_NAMES, loadFixture } from './fixtures.ts';

// graphology-metrics is a second, independent reference: the typed-array kernels of `analyse` must
// equal it on every fixture. Its power iterations get the same convergence as ours (networkx's
// defaults, 100 steps and n x 1e-6, would leave errors near 1e-7).
const CONVERGED = { maxIterations: 100_000, tolerance: 1e-15 };
const TOLERANCE = 1e-9;

function expectAllClose(
  actual: Record<string, number | null | undefined>,
  expected: Record<string, number>,
  label: string,
) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected)) {
    const ours = actual[id];
    expect(typeof ours, `${label} ${id}`).toBe('number');
    expect(Math.abs((ours as number) - value), `${label} ${id}: ${ours} vs ${value}`).toBeLessThan(TOLERANCE);
  }
}

const pick = <T>(nodes: Record<string, object>, metric: string) =>
  Object.fromEntries(
    Object.entries(nodes).map(([id, node]) => [id, (node as Record<string, unknown>)[metric] as T]),
  );

for (const name of FIXTURE_NAMES) {
  const fixture = loadFixture(name);
  describe(`${name}: the kernels equal graphology-metrics`, () => {
    for (const reference of fixture.cases) {
      const weight = reference.options.weight;
      describe(`${reference.name} ${JSON.stringify(reference.options)}`, () => {
        const graph = buildGraph(fixture, { weight });
        const result = analyse(fixture, reference.options);
        const getEdgeWeight = weight ?? null;

        it('eigenvector centrality', () => {
          const ours = pick<number | null>(result.nodes, 'eigenvector');
          if (Object.values(ours).every((value) => value === null)) {
            // Ours found no eigenvector (no convergence); graphology-metrics does not converge either.
            expect(() =>
              eigenvectorCentrality(graph, { getEdgeWeight, ...CONVERGED, maxIterations: 10_000 }),
            ).toThrow();
            return;
          }
          expectAllClose(ours, eigenvectorCentrality(graph, { getEdgeWeight, ...CONVERGED }), 'eigenvector');
          expectAllClose(
            eigenvector(graph, { weight }),
            eigenvectorCentrality(graph, { getEdgeWeight, ...CONVERGED }),
            'eigenvector()',
          );
        });

        it('PageRank', () => {
          const expected = pagerankCentrality(graph, { getEdgeWeight, ...CONVERGED });
          expectAllClose(pick(result.nodes, 'pagerank'), expected, 'pagerank');
          expectAllClose(pagerank(graph, { weight }), expected, 'pagerank()');
        });

        it('degree centrality and density', () => {
          expectAllClose(pick(result.nodes, 'degreeCentrality'), degreeCentrality(graph), 'degreeCentrality');
          expect(Math.abs(result.graph.density - density(graph))).toBeLessThan(TOLERANCE);
        });

        if (reference.options.pathWeight === undefined) {
          it('betweenness and closeness (shortest paths by hops)', () => {
            expectAllClose(
              pick(result.nodes, 'betweenness'),
              betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }),
              'betweenness',
            );
            expectAllClose(
              pick(result.nodes, 'closeness'),
              closenessCentrality(graph, { wassermanFaust: true }),
              'closeness',
            );
          });
        }
      });
    }
  });
}
