import { describe, expect, it } from 'vitest';
import { FormatError, readGraph, readImport, writeDataset } from '../src/index.ts';
import { SAMPLE_DATASET } from './sample-dataset.ts';

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

/** As networkx 3.4 `json.dumps(nx.node_link_data(G))` writes a graph with numbered nodes. */
const NODE_LINK = JSON.stringify({
  directed: true,
  multigraph: false,
  graph: {},
  nodes: [
    { naam: 'Gemeente', inwoners: 1200, id: 0 },
    { naam: 'Politie', id: 1 },
  ],
  edges: [{ weight: 2.5, actief: true, source: 0, target: 1 }],
});

describe('readImport json', () => {
  it('passes backup records on unchanged, numbered from 1', () => {
    const records = readImport('json', writeDataset('json', SAMPLE_DATASET));
    expect(records.people[1]).toEqual({ row: 2, data: SAMPLE_DATASET.people[1] });
    expect(records.templates.map((row) => row.data)).toEqual(SAMPLE_DATASET.templates);
  });

  it('reads a network {nodes, edges} as graph input: kinds, labels and organisations of people', () => {
    const network = {
      nodes: [
        { id: 'o1', label: 'Gemeente', kind: 'organisation', domain: 'bestuur', type: 'gemeente', hop: 0 },
        {
          id: 'p1',
          label: 'Anna',
          kind: 'person',
          domain: 'bestuur',
          type: 'gemeente',
          function: 'regisseur',
          organisationIds: ['o1'],
        },
      ],
      edges: [{ id: 'l1', source: 'p1', target: 'o1', kind: 'casusoverleg', strength: 3, directed: false }],
      meta: { level: 'person', asOf: null, hops: 0, opgaveId: null },
    };
    const records = readImport('json', JSON.stringify(network));
    expect(records.organisations.map((row) => row.data)).toEqual([
      { id: 'o1', name: 'Gemeente', domain: 'bestuur', type: 'gemeente' },
    ]);
    expect(records.people.map((row) => row.data)).toEqual([
      { id: 'p1', name: 'Anna', function: 'regisseur', memberships: [{ organisationId: 'o1' }] },
    ]);
    expect(records.links.map((row) => row.data)).toEqual([
      { id: 'l1', sourceId: 'p1', targetId: 'o1', kind: 'casusoverleg', strength: 3, directed: false },
    ]);
  });

  it('reads networkx node-link data as graph input', () => {
    const records = readImport('json', NODE_LINK);
    expect(records.organisations.map((row) => row.data)).toEqual([
      { id: '0', name: 'Gemeente', domain: 'onbekend', type: 'onbekend' },
      { id: '1', name: 'Politie', domain: 'onbekend', type: 'onbekend' },
    ]);
    expect(records.links.map((row) => row.data)).toEqual([
      { sourceId: '0', targetId: '1', kind: 'overleg', strength: 5, weight: 2.5, directed: true },
    ]);
  });

  it('names the line and column of a syntax error', () => {
    const error = formatErrorOf(() =>
      readImport('json', '{\n  "organisations": [\n    {"name": "A",}\n  ]\n}'),
    );
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^JSON-bestand, regel 3: geen geldige JSON bij kolom 18/);
  });

  it('refuses unknown parts, another version and a record that is not an object', () => {
    expect(formatErrorOf(() => readImport('json', '{"organisaties": []}')).message).toContain(
      'onbekende onderdelen "organisaties"',
    );
    expect(formatErrorOf(() => readImport('json', '{"format": "regiekaart", "version": 2}')).message).toBe(
      'JSON-bestand, "version": versie 2 wordt niet ondersteund; verwacht versie 1.',
    );
    expect(formatErrorOf(() => readImport('json', '{"links": [{}, "x"]}')).message).toBe(
      'JSON-bestand, "links" nr. 2: verwacht een object ({...}).',
    );
    expect(formatErrorOf(() => readImport('json', '{"nodes": [{"name": "x"}]}')).message).toBe(
      'JSON-bestand, "nodes" nr. 1: een knoop zonder id.',
    );
  });
});

describe('readGraph json', () => {
  it('reads networkx node-link data with string ids and typed attributes', () => {
    expect(readGraph('json', NODE_LINK)).toEqual({
      directed: true,
      nodes: [
        { id: '0', naam: 'Gemeente', inwoners: 1200 },
        { id: '1', naam: 'Politie' },
      ],
      edges: [{ source: '0', target: '1', weight: 2.5, actief: true }],
    });
  });

  it('reads the older links key and graphology serialisations', () => {
    const links = readGraph(
      'json',
      JSON.stringify({ nodes: [{ id: 'a' }], links: [{ source: 'a', target: 'b' }] }),
    );
    expect(links.edges).toEqual([{ source: 'a', target: 'b' }]);
    expect(links.nodes).toEqual([{ id: 'a' }, { id: 'b' }]);
    const graphology = readGraph(
      'json',
      JSON.stringify({
        options: { type: 'mixed' },
        nodes: [{ key: 'a', attributes: { label: 'A' } }, { key: 'b' }],
        edges: [{ key: 'e', source: 'a', target: 'b', undirected: true, attributes: { strength: 2 } }],
      }),
    );
    expect(graphology).toEqual({
      directed: false,
      nodes: [{ id: 'a', label: 'A' }, { id: 'b' }],
      edges: [{ id: 'e', source: 'a', target: 'b', directed: false, strength: 2 }],
    });
  });

  it('reads a backup as organisations and people with links and memberships as edges', () => {
    const graph = readGraph('json', writeDataset('json', SAMPLE_DATASET));
    expect(graph.nodes.map((node) => node.id)).toEqual([
      'gem-utrecht',
      'buurtteam-oost',
      'politie-mn',
      'p-anna',
      'p-bram',
      'p-cees',
    ]);
    expect(graph.edges.filter((edge) => edge.relation === 'link')).toHaveLength(3);
    expect(graph.edges.find((edge) => edge.id === 'l-2')).toMatchObject({
      directed: true,
      strength: 2,
      kind: 'financiering',
      provenance: 'document',
    });
    expect(graph.edges.find((edge) => edge.id === 'm-anna-1')).toEqual({
      id: 'm-anna-1',
      source: 'p-anna',
      target: 'gem-utrecht',
      directed: true,
      relation: 'membership',
      role: 'regisseur',
      since: '2021-01-01',
      until: '2023-12-31',
    });
  });

  it('reads a backup the model would reject, for analysis only', () => {
    const backup = { links: [{ id: 'x', sourceId: 'a', targetId: 'a', strength: 9 }] };
    expect(readGraph('json', JSON.stringify(backup)).edges).toEqual([
      { id: 'x', source: 'a', target: 'a', relation: 'link', strength: 9 },
    ]);
  });
});

describe('Kumu JSON export (elements, connections)', () => {
  const kumu = (connections: unknown[], elements: unknown[] = [{ _id: 'elem-a' }, { _id: 'elem-b' }]) =>
    JSON.stringify({ name: 'Kaart', elements, connections, loops: [], maps: [] });

  it('reads a mutual or undirected connection as undirected, a directed one as directed', () => {
    const records = readImport(
      'json',
      kumu([
        { _id: 'conn-1', from: 'elem-a', to: 'elem-b', direction: 'mutual', attributes: {} },
        {
          _id: 'conn-2',
          from: 'elem-b',
          to: 'elem-a',
          direction: 'directed',
          attributes: { 'connection type': 'Financiering' },
        },
      ]),
    );
    expect(records.links.map((r) => [r.data.directed, r.data.kind])).toEqual([
      [false, 'overleg'],
      [true, 'Financiering'],
    ]);
  });

  it('refuses an element without _id and a connection without to, naming the place', () => {
    expect(
      formatErrorOf(() => readImport('json', kumu([], [{ attributes: { label: 'A' } }]))).message,
    ).toContain('"elements" nr. 1');
    expect(formatErrorOf(() => readImport('json', kumu([{ from: 'elem-a' }]))).message).toContain(
      'zonder to',
    );
  });
});
