import { describe, expect, it } from 'vitest';
import {
  analyse,
  betweenness,
  brokerage,
  buildGraph,
  closeness,
  communities,
  constraint,
  coreNumber,
  degreeCentrality,
  effectiveSize,
  efficiency,
  eigenvector,
  eiIndex,
  harmonic,
  hierarchy,
  modularity,
  type NodeRecord,
  pagerank,
  strength,
  tieMatrix,
} from '../src/index.ts';
import { FIXTURE_NAMES, type FixtureNode, loadFixture } from './fixtures.ts';

// networkx values iterated to convergence (make-fixtures.py), so every metric agrees to 1e-9.
const TOLERANCE = 1e-9;

function expectClose(actual: number | null | undefined, expected: number | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNull();
    return;
  }
  expect(typeof actual, label).toBe('number');
  expect(Math.abs((actual as number) - expected), `${label}: ${actual} vs ${expected}`).toBeLessThan(
    TOLERANCE,
  );
}

const NUMERIC_METRICS = [
  'degree',
  'degreeCentrality',
  'strength',
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'constraint',
  'effectiveSize',
  'efficiency',
  'hierarchy',
  'coreNumber',
] as const satisfies ReadonlyArray<keyof FixtureNode>;

const ROLES = ['coordinator', 'consultant', 'representative', 'gatekeeper', 'liaison', 'total'] as const;

for (const name of FIXTURE_NAMES) {
  const fixture = loadFixture(name);
  describe(`${name}: ${fixture.description}`, () => {
    for (const reference of fixture.cases) {
      describe(`${reference.name} ${JSON.stringify(reference.options)}`, () => {
        const options = { ...reference.options, groupBy: reference.groupBy };
        const result = analyse(fixture, options);

        it('matches networkx for every metric of every node', () => {
          expect(Object.keys(result.nodes)).toEqual(Object.keys(reference.nodes));
          for (const [id, expected] of Object.entries(reference.nodes)) {
            const actual = result.nodes[id]!;
            for (const metric of NUMERIC_METRICS) {
              expectClose(actual[metric], expected[metric], `${id}.${metric}`);
            }
            expect(actual.articulationPoint, `${id}.articulationPoint`).toBe(expected.articulationPoint);
          }
        });

        it('matches networkx for the whole graph', () => {
          const { density, transitivity, ...counts } = reference.graph;
          const { density: ourDensity, transitivity: ourTransitivity, ...ourCounts } = result.graph;
          expect(ourCounts).toEqual(counts);
          expectClose(ourDensity, density, 'density');
          expectClose(ourTransitivity, transitivity, 'transitivity');
          expect([...result.articulationPoints].sort()).toEqual(reference.articulationPoints);
          expect(result.bridges.map((pair) => [...pair].sort()).sort()).toEqual(reference.bridges);
        });

        it('finds communities as good as networkx louvain, deterministically', () => {
          const graph = buildGraph(fixture, { weight: reference.options.weight });
          const weighting = { weight: reference.options.weight };
          // Our modularity function reproduces networkx's on networkx's own partition ...
          expectClose(
            modularity(graph, reference.communities.partition, weighting),
            reference.communities.partitionModularity,
            'modularity of the networkx partition',
          );
          // ... and our Louvain partition is valid, numbered in node order, and about as good.
          const ours = Object.values(result.nodes).map((node) => node.community);
          const firstSeen: number[] = [];
          for (const c of ours) if (!firstSeen.includes(c)) firstSeen.push(c);
          expect(firstSeen).toEqual(firstSeen.map((_, i) => i));
          expect(result.communities.count).toBe(firstSeen.length);
          const partition = communities(graph, weighting);
          expect(Object.values(partition)).toEqual(ours);
          expect(result.communities.modularity).toBeCloseTo(modularity(graph, partition, weighting), 12);
          expect(result.communities.modularity).toBeGreaterThanOrEqual(
            reference.communities.louvainModularity.min - 0.02,
          );
          expect(analyse(fixture, options).nodes).toEqual(result.nodes);
        });

        if (reference.groupBy !== undefined) {
          const groupBy = reference.groupBy;
          it(`matches R sna brokerage roles by ${groupBy}`, () => {
            for (const [id, expected] of Object.entries(reference.nodes)) {
              for (const role of ROLES) {
                expectClose(result.nodes[id]!.brokerage?.[role], expected.brokerage![role], `${id}.${role}`);
              }
            }
          });

          it('matches the reference partial-credit brokerage (UCINET weighted)', () => {
            const partial = analyse(fixture, { ...options, brokerageCredit: 'partial' });
            for (const [id, expected] of Object.entries(reference.nodes)) {
              for (const role of ROLES) {
                expectClose(
                  partial.nodes[id]!.brokerage?.[role],
                  expected.brokeragePartial![role],
                  `${id}.${role}`,
                );
              }
            }
          });

          it('matches the reference tie matrix and E-I index', () => {
            const matrix = result.groups!.tieMatrix;
            const expected = reference.tieMatrix!;
            expect(matrix.groups).toEqual(expected.groups);
            expect(matrix.sizes).toEqual(expected.sizes);
            expect(matrix.ties).toBe(expected.ties);
            expect(matrix.observed).toEqual(expected.observed);
            matrix.expected.forEach((row, g) => {
              row.forEach((value, h) => {
                expectClose(value, expected.expected[g]![h]!, `expected[${g}][${h}]`);
              });
            });
            const ei = result.groups!.eiIndex;
            expectClose(ei.overall, reference.eiIndex!.overall, 'E-I overall');
            expect(ei.groups.map(({ group, internal, external }) => ({ group, internal, external }))).toEqual(
              reference.eiIndex!.groups.map(({ group, internal, external }) => ({
                group,
                internal,
                external,
              })),
            );
            ei.groups.forEach((group, g) => {
              expectClose(group.index, reference.eiIndex!.groups[g]!.index, `E-I ${group.group}`);
            });
          });
        }

        it('gives the same values through the single-metric functions', () => {
          const graph = buildGraph(fixture, { weight: reference.options.weight });
          const weight = reference.options.weight;
          const pathWeight = reference.options.pathWeight;
          const single: Record<string, NodeRecord<number | null>> = {
            degreeCentrality: degreeCentrality(graph),
            strength: strength(graph, { weight }),
            betweenness: betweenness(graph, { weight: pathWeight }),
            closeness: closeness(graph, { weight: pathWeight }),
            harmonic: harmonic(graph, { weight: pathWeight }),
            eigenvector: eigenvector(graph, { weight }),
            pagerank: pagerank(graph, { weight }),
            constraint: constraint(graph, { weight }),
            effectiveSize: effectiveSize(graph, { weight }),
            efficiency: efficiency(graph, { weight }),
            hierarchy: hierarchy(graph, { weight }),
            coreNumber: coreNumber(graph),
          };
          for (const [metric, values] of Object.entries(single)) {
            for (const [id, expected] of Object.entries(reference.nodes)) {
              expectClose(
                values[id],
                expected[metric as keyof FixtureNode] as number | null,
                `${id}.${metric}`,
              );
            }
          }
          if (reference.groupBy !== undefined) {
            const roles = brokerage(graph, { groupBy: reference.groupBy });
            for (const [id, expected] of Object.entries(reference.nodes)) {
              expect(roles[id]).toEqual(expected.brokerage);
            }
            expect(tieMatrix(graph, { groupBy: reference.groupBy })).toEqual(result.groups?.tieMatrix);
            expect(eiIndex(graph, { groupBy: reference.groupBy })).toEqual(result.groups?.eiIndex);
          }
        });
      });
    }
  });
}
