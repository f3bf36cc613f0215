import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/index.ts';
import { FIXTURE_NAMES, loadFixture } from './fixtures.ts';

// igraph's exact eigenvector (ARPACK) and PageRank (PRPACK) on the fixture graphs, written by
// fixtures/make-igraph-reference.py with Debian's python3-igraph: a third reference beside networkx
// and graphology-metrics.
type Reference = { eigenvector?: Record<string, number>; pagerank: Record<string, number> };
const IGRAPH = JSON.parse(readFileSync(new URL('./fixtures/igraph.json', import.meta.url), 'utf8')) as Record<
  string,
  Record<string, Reference>
>;
const TOLERANCE = 1e-9;

/** igraph scales the eigenvector to a maximum of 1; networkx and we to unit length. */
function unitLength(values: Record<string, number>): Record<string, number> {
  const norm = Math.hypot(...Object.values(values));
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, value / norm]));
}

for (const name of FIXTURE_NAMES) {
  const fixture = loadFixture(name);
  describe(`${name}: equals igraph`, () => {
    for (const reference of fixture.cases) {
      const expected = IGRAPH[name]?.[reference.name];
      it(`${reference.name}: PageRank${expected?.eigenvector ? ' and eigenvector centrality' : ''}`, () => {
        expect(expected).toBeDefined();
        const result = analyse(fixture, reference.options);
        for (const [id, value] of Object.entries(expected!.pagerank)) {
          expect(Math.abs((result.nodes[id]?.pagerank ?? Number.NaN) - value), `pagerank ${id}`).toBeLessThan(
            TOLERANCE,
          );
        }
        if (expected!.eigenvector) {
          for (const [id, value] of Object.entries(unitLength(expected!.eigenvector))) {
            expect(
              Math.abs((result.nodes[id]?.eigenvector ?? Number.NaN) - value),
              `eigenvector ${id}`,
            ).toBeLessThan(TOLERANCE);
          }
        }
      });
    }
  });
}
