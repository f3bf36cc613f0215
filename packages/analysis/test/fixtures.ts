import { readFileSync } from 'node:fs';
import type { AnalyseOptions, BrokerageRoles, GroupValue, NetworkInput } from '../src/index.ts';

/** The shape written by `fixtures/make-fixtures.py`. */
export interface FixtureNode {
  degree: number;
  degreeCentrality: number;
  strength: number;
  betweenness: number;
  closeness: number;
  harmonic: number;
  eigenvector: number | null;
  pagerank: number;
  constraint: number | null;
  effectiveSize: number | null;
  efficiency: number | null;
  hierarchy: number | null;
  coreNumber: number;
  articulationPoint: boolean;
  brokerage?: BrokerageRoles;
  brokeragePartial?: BrokerageRoles;
}

export interface FixtureCase {
  name: string;
  options: Pick<AnalyseOptions, 'weight' | 'pathWeight'>;
  graph: {
    nodes: number;
    edges: number;
    directed: boolean;
    density: number;
    components: number;
    transitivity: number;
  };
  nodes: Record<string, FixtureNode>;
  articulationPoints: string[];
  bridges: Array<[string, string]>;
  communities: {
    louvainModularity: { min: number; max: number };
    partition: Record<string, number>;
    partitionModularity: number;
  };
  /** Node attribute of the brokerage, tie-matrix and E-I references. */
  groupBy?: string;
  brokerageSource?: string;
  tieMatrix?: {
    groups: GroupValue[];
    sizes: number[];
    ties: number;
    observed: number[][];
    expected: number[][];
  };
  eiIndex?: {
    overall: number | null;
    groups: Array<{ group: GroupValue; internal: number; external: number; index: number | null }>;
  };
}

export interface Fixture extends NetworkInput {
  name: string;
  description: string;
  directed: boolean;
  cases: FixtureCase[];
}

export const FIXTURE_NAMES = [
  'florentine',
  'karate',
  'directed',
  'brokerage-directed',
  'brokerage-undirected',
  'nulls',
] as const;

export function loadFixture(name: (typeof FIXTURE_NAMES)[number]): Fixture {
  const text = readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8');
  return JSON.parse(text) as Fixture;
}
