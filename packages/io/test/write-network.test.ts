import type { Network } from '@regiekaart/model';
import { describe, expect, it } from 'vitest';
import { readGraph, readImport, writeNetwork } from '../src/index.ts';

const NETWORK: Network = {
  nodes: [
    {
      id: 'o1',
      label: 'Gemeente & Co',
      kind: 'organisation',
      domain: 'bestuur',
      type: 'gemeente',
      roles: ['regisseur', 'kernpartner'],
      participant: true,
      hop: 0,
    },
    {
      id: 'p1',
      label: '=Anna',
      kind: 'person',
      domain: null,
      function: 'wijkagent',
      organisationIds: ['o1', 'o2'],
      hop: 1,
    },
  ],
  edges: [
    {
      id: 'e1',
      source: 'p1',
      target: 'o1',
      kind: 'casusoverleg',
      strength: 3,
      directed: true,
      since: '2024-01-01',
    },
    {
      id: 'e2',
      source: 'o1',
      target: 'p1',
      kind: 'overleg',
      strength: 2.5,
      directed: false,
      kinds: ['overleg', 'convenant'],
    },
  ],
  meta: { level: 'person', asOf: null, hops: 1, opgaveId: 'opg-1' },
};

describe('writeNetwork', () => {
  it.each(['graphml', 'gexf', 'csv'] as const)(
    'writes every scalar attribute so readGraph gets it back (%s)',
    (format) => {
      const graph = readGraph(format, writeNetwork(format, NETWORK));
      expect(graph.nodes).toEqual([
        {
          id: 'o1',
          label: 'Gemeente & Co',
          kind: 'organisation',
          domain: 'bestuur',
          type: 'gemeente',
          roles: 'regisseur|kernpartner',
          participant: true,
          hop: 0,
        },
        { id: 'p1', label: '=Anna', kind: 'person', function: 'wijkagent', organisationIds: 'o1|o2', hop: 1 },
      ]);
      const [first, second] = graph.edges;
      expect(first).toMatchObject({
        id: 'e1',
        source: 'p1',
        target: 'o1',
        kind: 'casusoverleg',
        strength: 3,
        directed: true,
      });
      expect(first?.since).toBe('2024-01-01');
      expect(second).toMatchObject({
        id: 'e2',
        kind: 'overleg',
        strength: 2.5,
        directed: false,
        kinds: 'overleg|convenant',
      });
    },
  );

  it.each(['graphml', 'gexf'] as const)('gives import records back from a %s network', (format) => {
    const records = readImport(format, writeNetwork(format, NETWORK));
    expect(records.organisations.map((row) => row.data)).toEqual([
      { id: 'o1', name: 'Gemeente & Co', domain: 'bestuur', type: 'gemeente' },
    ]);
    expect(records.people.map((row) => row.data)).toEqual([
      {
        id: 'p1',
        name: '=Anna',
        function: 'wijkagent',
        memberships: [{ organisationId: 'o1' }, { organisationId: 'o2' }],
      },
    ]);
    expect(records.links.map((row) => row.data)).toEqual([
      {
        id: 'e1',
        sourceId: 'p1',
        targetId: 'o1',
        kind: 'casusoverleg',
        strength: 3,
        directed: true,
        since: '2024-01-01',
      },
      { id: 'e2', sourceId: 'o1', targetId: 'p1', kind: 'overleg', strength: 3, directed: false },
    ]);
  });

  it('writes JSON as the object itself', () => {
    expect(JSON.parse(writeNetwork('json', NETWORK))).toEqual(JSON.parse(JSON.stringify(NETWORK)));
  });

  it('declares typed GraphML keys and a GEXF weight from strength', () => {
    const graphml = writeNetwork('graphml', NETWORK);
    expect(graphml).toContain('attr.name="hop" attr.type="int"');
    expect(graphml).toContain('attr.name="participant" attr.type="boolean"');
    expect(graphml).toContain('attr.name="strength" attr.type="double"');
    expect(writeNetwork('gexf', NETWORK)).toContain('type="directed" kind="casusoverleg" weight="3"');
  });

  it('writes CSV as one file with a record column, readable again as an import', () => {
    const csv = writeNetwork('csv', NETWORK);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFrecord;id;source;target;label;kind;domain;type;roles;participant;hop;function;organisationIds;strength;directed;since;kinds',
    );
    const records = readImport('csv', csv);
    expect(records.people.map((row) => row.data)).toEqual([
      {
        id: 'p1',
        name: '=Anna',
        function: 'wijkagent',
        memberships: [{ organisationId: 'o1' }, { organisationId: 'o2' }],
      },
    ]);
    expect(records.links.map((row) => [row.row, row.data.kind, row.data.strength])).toEqual([
      [4, 'casusoverleg', 3],
      [5, 'overleg', 3],
    ]);
  });
});
