import { LinkCreateSchema, OrganisationCreateSchema, PersonCreateSchema } from '@regiekaart/model';
import { describe, expect, it } from 'vitest';
import { readGraph, readImport, writeDataset } from '../src/index.ts';
import { SAMPLE_DATASET, withoutEmpty } from './sample-dataset.ts';

const data = (rows: Array<{ data: Record<string, unknown> }>) => rows.map((row) => row.data);

describe.each(['csv', 'graphml', 'gexf', 'xlsx'] as const)('writeDataset -> readImport in %s', (format) => {
  const records = readImport(format, writeDataset(format, SAMPLE_DATASET));

  it('gives back the organisations, with parent, notes and escaped characters', () => {
    expect(data(records.organisations)).toEqual(withoutEmpty(SAMPLE_DATASET.organisations));
  });

  it('gives back the people with their memberships folded in', () => {
    expect(data(records.people)).toEqual(withoutEmpty(SAMPLE_DATASET.people));
  });

  it('gives back directed and undirected links with dates and provenance', () => {
    expect(data(records.links)).toEqual(withoutEmpty(SAMPLE_DATASET.links));
  });

  it('produces records the model accepts', () => {
    for (const { data } of records.organisations)
      expect(OrganisationCreateSchema.safeParse(data).success).toBe(true);
    for (const { data } of records.people) expect(PersonCreateSchema.safeParse(data).success).toBe(true);
    for (const { data } of records.links) expect(LinkCreateSchema.safeParse(data).success).toBe(true);
  });

  it('leaves the collections this format does not carry empty', () => {
    expect(records.opgaven).toEqual([]);
    expect(records.templates).toEqual([]);
  });

  it.each(['organisations', 'people', 'links'] as const)('round-trips entity %s on its own', (entity) => {
    const alone = readImport(format, writeDataset(format, SAMPLE_DATASET, { entity }));
    expect(data(alone[entity])).toEqual(withoutEmpty(SAMPLE_DATASET[entity]));
    for (const other of (['organisations', 'people', 'links'] as const).filter((name) => name !== entity)) {
      expect(alone[other]).toEqual([]);
    }
  });
});

describe('writeDataset -> readImport in json', () => {
  const text = writeDataset('json', SAMPLE_DATASET);
  const records = readImport('json', text);

  it('gives back every collection as written, nulls included', () => {
    expect(data(records.organisations)).toEqual(SAMPLE_DATASET.organisations);
    expect(data(records.people)).toEqual(SAMPLE_DATASET.people);
    expect(data(records.links)).toEqual(SAMPLE_DATASET.links);
    expect(data(records.opgaven)).toEqual(SAMPLE_DATASET.opgaven);
    expect(data(records.views)).toEqual(SAMPLE_DATASET.views);
    expect(data(records.domains)).toEqual(SAMPLE_DATASET.domains);
  });

  it('numbers JSON rows from 1 within each collection', () => {
    expect(records.links.map((row) => row.row)).toEqual([1, 2, 3]);
  });

  it('writes pretty-printed JSON with a stable key order', () => {
    expect(text.startsWith('{\n  "format": "regiekaart",\n  "version": 1,\n  "domains"')).toBe(true);
    const shuffled = {
      ...SAMPLE_DATASET,
      organisations: SAMPLE_DATASET.organisations.map((o) => ({ note: o.note, ...o })),
    };
    expect(writeDataset('json', shuffled)).toBe(text);
    expect(text).toContain('{\n      "id": "gem-utrecht",\n      "name": "Gemeente Utrecht",');
  });

  it('writes one collection alone when asked', () => {
    const alone = readImport('json', writeDataset('json', SAMPLE_DATASET, { entity: 'links' }));
    expect(alone.links).toHaveLength(3);
    expect(alone.organisations).toEqual([]);
    expect(alone.opgaven).toEqual([]);
  });
});

describe('readGraph on an exported store', () => {
  it.each(['csv', 'graphml', 'gexf', 'json'] as const)('gives the same nodes and edges from %s', (format) => {
    const graph = readGraph(format, writeDataset(format, SAMPLE_DATASET));
    expect(graph.nodes.map((node) => [node.id, node.kind])).toEqual([
      ['gem-utrecht', 'organisation'],
      ['buurtteam-oost', 'organisation'],
      ['politie-mn', 'organisation'],
      ['p-anna', 'person'],
      ['p-bram', 'person'],
      ['p-cees', 'person'],
    ]);
    const links = graph.edges.filter((edge) => edge.relation === 'link');
    expect(links.map((edge) => [edge.id, edge.source, edge.target, edge.directed, edge.strength])).toEqual([
      ['l-1', 'p-anna', 'p-bram', false, 4],
      ['l-2', 'gem-utrecht', 'politie-mn', true, 2],
      ['l-3', 'p-cees', 'buurtteam-oost', true, 1],
    ]);
    expect(links[0]?.provenance).toBe('observed');
    expect(graph.edges.filter((edge) => edge.relation === 'membership')).toHaveLength(3);
  });
});

describe('row numbers', () => {
  it('names the spreadsheet row of each record in the mixed CSV (header = 1)', () => {
    const records = readImport('csv', writeDataset('csv', SAMPLE_DATASET));
    expect(records.organisations.map((row) => row.row)).toEqual([2, 3, 4]);
    // person rows are each followed by their membership rows
    expect(records.people.map((row) => row.row)).toEqual([5, 8, 10]);
    expect(records.links.map((row) => row.row)).toEqual([11, 12, 13]);
  });

  it('names the element index in XML, nodes and edges counted apart', () => {
    const records = readImport('graphml', writeDataset('graphml', SAMPLE_DATASET));
    expect(records.organisations.map((row) => row.row)).toEqual([1, 2, 3]);
    expect(records.people.map((row) => row.row)).toEqual([4, 5, 6]);
    // three membership edges come first
    expect(records.links.map((row) => row.row)).toEqual([4, 5, 6]);
  });
});
