import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FormatError, readGraph, readImport } from '../src/index.ts';

// Real files written by other tools; fixtures/tools/README.md names the source of each.
const TOOLS = new URL('./fixtures/tools/', import.meta.url);
const textOf = (name: string) => readFileSync(new URL(name, TOOLS), 'utf8');
const formatOf = (name: string) => (name.endsWith('.gexf') ? 'gexf' : 'graphml');

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

/** Nodes, ties and how many ties are directed, as the file holds them (counted by hand and by grep). */
const FILES = [
  { file: 'gephi-les-miserables.gexf', nodes: 77, ties: 254, directed: 0, label: ['11', 'Valjean'] },
  { file: 'gephi-lite.gexf', nodes: 61, ties: 88, directed: 88, label: ['mathieu_jacomy', 'Mathieu Jacomy'] },
  { file: 'gephi-export-null-values.gexf', nodes: 2, ties: 1, directed: 1, label: ['1', '1'] },
  { file: 'networkx-karate.gexf', nodes: 34, ties: 78, directed: 0, label: ['0', '0'] },
  {
    file: 'networkx-directed.graphml',
    nodes: 3,
    ties: 3,
    directed: 3,
    label: ['gem', 'Gemeente Maastricht'],
  },
  { file: 'igraph-zachary.graphml', nodes: 34, ties: 78, directed: 0, label: ['n0', 'n0'] },
  { file: 'igraph-directed.graphml', nodes: 4, ties: 4, directed: 4, label: ['n2', 'Veilig Thuis'] },
  { file: 'tinkerpop-modern.graphml', nodes: 6, ties: 6, directed: 6, label: ['1', 'marko'] },
  { file: 'r-igraph.graphml', nodes: 4, ties: 4, directed: 4, label: ['n0', 'Gemeente Vaals'] },
  { file: 'yed-desktop.graphml', nodes: 3, ties: 1, directed: 1, label: ['n2', '3'] },
  { file: 'yed-live.graphml', nodes: 2, ties: 2, directed: 2, label: ['n0', 'Source with ports'] },
  { file: 'graph-tool-lesmis.graphml', nodes: 77, ties: 254, directed: 0, label: ['n11', 'Valjean'] },
  {
    file: 'graph-tool-serengeti-foodweb.graphml',
    nodes: 161,
    ties: 592,
    directed: 592,
    label: ['n0', 'Abutilon spp.'],
  },
] as const;

describe.each(FILES)('$file, counted in the text itself', ({ file, nodes, ties }) => {
  it('holds as many <node> and <edge> elements as the table says', () => {
    const text = textOf(file);
    expect(text.match(/<node[\s>]/g)?.length ?? 0).toBe(nodes);
    expect(text.match(/<edge[\s>]/g)?.length ?? 0).toBe(ties);
  });
});

describe.each(FILES)('$file', ({ file, nodes, ties, directed, label }) => {
  const records = readImport(formatOf(file), textOf(file));
  const all = [...records.organisations, ...records.people];

  it('imports every node and every tie the file holds', () => {
    expect(all).toHaveLength(nodes);
    expect(records.links).toHaveLength(ties);
  });

  it('takes the label from where the tool keeps it and keeps the file id', () => {
    expect(all.find((row) => row.data.id === label[0])?.data.name).toBe(label[1]);
  });

  it('keeps each tie its direction, fills the defaults and gives whole strengths 1-5', () => {
    expect(records.links.filter((row) => row.data.directed === true)).toHaveLength(directed);
    for (const { data } of records.organisations) expect(typeof data.domain).toBe('string');
    for (const { data } of records.links) {
      expect(typeof data.kind).toBe('string');
      if (data.strength !== undefined) expect([1, 2, 3, 4, 5]).toContain(data.strength);
    }
  });

  it('gives analyse the same nodes and ties', () => {
    const graph = readGraph(formatOf(file), textOf(file));
    expect(graph.nodes).toHaveLength(nodes);
    expect(graph.edges).toHaveLength(ties);
  });
});

describe('what the tools write, read the way a regisseur expects', () => {
  it('TinkerPop: vertex label person makes people, software stays organisation; weights scaled to strength', () => {
    const records = readImport('graphml', textOf('tinkerpop-modern.graphml'));
    expect(records.people.map((row) => row.data.name)).toEqual(['marko', 'vadas', 'josh', 'peter']);
    expect(records.organisations.map((row) => row.data.name)).toEqual(['lop', 'ripple']);
    // weights 0.2-1.0: strength = round(5 x weight / 1.0), at least 1.
    expect(records.links.map((row) => [row.data.weight, row.data.strength])).toEqual([
      [0.5, 3],
      [1, 5],
      [0.4, 2],
      [1, 5],
      [0.4, 2],
      [0.2, 1],
    ]);
    expect(records.notes?.join(' ')).toContain('sterkte = 5 × gewicht / 1');
  });

  it('Gephi Lite: type person makes people; the rest become organisations', () => {
    const records = readImport('gexf', textOf('gephi-lite.gexf'));
    expect(records.people.length).toBeGreaterThan(0);
    expect(records.people.find((row) => row.data.id === 'mathieu_jacomy')).toBeDefined();
  });

  it('Gephi: the cooccurrence weights 1-31 of Les Misérables become strengths, the weight is kept', () => {
    const records = readImport('gexf', textOf('gephi-les-miserables.gexf'));
    const weights = records.links.map((row) => Number(row.data.weight ?? 1));
    expect(Math.max(...weights)).toBe(31);
    const strongest = records.links.find((row) => row.data.weight === 31);
    expect(strongest?.data.strength).toBe(5);
  });

  it('graph-tool: float properties in C99 hex notation (0x1.fp+4) are numbers, the same weights as Gephi has', () => {
    const graph = readGraph('graphml', textOf('graph-tool-lesmis.graphml'));
    expect(graph.edges.find((edge) => edge.id === 'e54')?.value).toBe(31);
    const gephi = readImport('gexf', textOf('gephi-les-miserables.gexf'));
    const sorted = (values: unknown[]) => values.map(Number).sort((a, b) => a - b);
    expect(sorted(graph.edges.map((edge) => edge.value))).toEqual(
      sorted(gephi.links.map((row) => row.data.weight ?? 1)),
    );
  });

  it('networkx: nodes without a kind become people when asked', () => {
    const records = readImport('graphml', textOf('networkx-directed.graphml'), { nodes: 'person' });
    expect(records.people.map((row) => row.data.name)).toEqual([
      'Gemeente Maastricht',
      'GGD Zuid Limburg',
      'Politie Limburg',
    ]);
    expect(records.notes).toContain(
      '3 knopen zeggen niet of het een persoon of organisatie is en zijn ingelezen als persoon.',
    );
  });

  it('R igraph: the label wins over the name, Dutch dates in an edge attribute become since', () => {
    const records = readImport('graphml', textOf('r-igraph.graphml'));
    expect(records.organisations.map((row) => row.data.name)).toEqual([
      'Gemeente Vaals',
      'GGD Zuid Limburg',
      'Politie Heuvelland',
      'Woningcorporatie Vaals',
    ]);
    expect(records.links.map((row) => [row.data.since, row.data.weight, row.data.strength])).toEqual([
      ['2025-03-15', 10, 5],
      ['2024-09-01', 2.5, 1],
      ['2024-06-01', 5, 3],
      [undefined, 1, 1],
    ]);
  });

  it('yEd: a file with groups (nested graphs) is refused whole, naming the group node', () => {
    expect(formatErrorOf(() => readImport('graphml', textOf('yed-desktop-groups.graphml'))).message).toBe(
      'GraphML-bestand, <node id="n1"> (nr. 2), regel 39: een geneste graaf in een knoop (bijvoorbeeld een groep of map in yEd). Regiekaart kan dat niet overnemen; het bestand is niet ingelezen.',
    );
  });

  it('yEd Live: labels written as <y:Label Text="..."> are read; edges on ports are edges on their nodes', () => {
    const records = readImport('graphml', textOf('yed-live.graphml'));
    expect(records.organisations.map((row) => row.data.name)).toEqual([
      'Source with ports',
      'Target with ports',
    ]);
    expect(records.links.map((row) => [row.data.sourceId, row.data.targetId])).toEqual([
      ['n0', 'n1'],
      ['n1', 'n0'],
    ]);
  });

  it('yEd Live: a file with groups (nested graphs) is refused whole, naming the group node', () => {
    expect(formatErrorOf(() => readImport('graphml', textOf('yed-live-groups.graphml'))).message).toBe(
      'GraphML-bestand, <node id="n0"> (nr. 1), regel 82: een geneste graaf in een knoop (bijvoorbeeld een groep of map in yEd). Regiekaart kan dat niet overnemen; het bestand is niet ingelezen.',
    );
  });

  it('networkx node-link JSON: nodes become people when asked, one weight 7 becomes strength 5', () => {
    const records = readImport('json', textOf('networkx-node-link.json'), { nodes: 'person' });
    expect(records.people.map((row) => [row.data.id, row.data.name])).toEqual([
      ['a', 'Buurtteam Noord'],
      ['b', 'Huisarts De Linde'],
    ]);
    expect(records.links.map((row) => row.data)).toEqual([
      { sourceId: 'a', targetId: 'b', kind: 'overleg', weight: 7, strength: 5, directed: false },
    ]);
  });

  it('Gephi: a graph whose weights change over time is refused whole, naming the element', () => {
    const error = formatErrorOf(() => readImport('gexf', textOf('gephi-dynamic-edge-weight.gexf')));
    expect(error.message).toBe(
      'GEXF-bestand, <edge id="0"> (nr. 1), regel 12: een waarde die per periode verschilt (<attvalue> met een tijd, attribuut "weight"). Regiekaart kan dat niet overnemen; het bestand is niet ingelezen.',
    );
    expect(() => readGraph('gexf', textOf('gephi-dynamic-edge-weight.gexf'))).toThrow(FormatError);
  });
});

/** Kumu's own JSON export: counted with JSON.parse, not with our reader. */
const KUMU_JSON = [
  { file: 'kumu-us-states.json', directed: 0, label: ['elem-0UuWEP00', 'New York'], type: 'State' },
  {
    file: 'kumu-changelabs-template.json',
    directed: 11,
    label: ['elem-BbwUSVEF', 'Stakeholder A'],
    type: 'Stakeholder',
  },
] as const;

describe.each(KUMU_JSON)('Kumu JSON export $file', ({ file, directed, label, type }) => {
  const raw = JSON.parse(textOf(file)) as { elements: unknown[]; connections: Array<{ direction: string }> };
  const records = readImport('json', textOf(file));

  it('imports every element and every connection, each with its direction', () => {
    expect(records.organisations.length + records.people.length).toBe(raw.elements.length);
    expect(records.links).toHaveLength(raw.connections.length);
    expect(raw.connections.filter((c) => c.direction === 'directed')).toHaveLength(directed);
    expect(records.links.filter((row) => row.data.directed === true)).toHaveLength(directed);
  });

  it('takes the label as name, the element type as type and keeps the _id', () => {
    const row = records.organisations.find((r) => r.data.id === label[0]);
    expect(row?.data.name).toBe(label[1]);
    expect(row?.data.type).toBe(type);
  });

  it('gives analyse the same elements and connections', () => {
    const graph = readGraph('json', textOf(file));
    expect(graph.nodes).toHaveLength(raw.elements.length);
    expect(graph.edges).toHaveLength(raw.connections.length);
  });
});

describe("Kumu's sample import workbook (PayPal Mafia), saved by Microsoft Excel", () => {
  const bytes = new Uint8Array(readFileSync(new URL('kumu-paypal-mafia-excel.xlsx', TOOLS)));
  const parts = unzipSync(bytes);
  const rowsOf = (sheet: string) =>
    (strFromU8(parts[`xl/worksheets/${sheet}`] as Uint8Array).match(/<row /g)?.length ?? 0) - 1;
  const records = readImport('xlsx', bytes);

  it('is an Excel file (not written by LibreOffice or openpyxl)', () => {
    expect(strFromU8(parts['docProps/app.xml'] as Uint8Array)).toContain(
      '<Application>Microsoft Macintosh Excel</Application>',
    );
  });

  it('imports every row of Elements and Connections (rows counted in the sheet XML, less the header)', () => {
    expect(rowsOf('sheet1.xml')).toBe(34);
    expect(rowsOf('sheet2.xml')).toBe(49);
    expect(records.people.length + records.organisations.length).toBe(34);
    expect(records.links).toHaveLength(49);
    const graph = readGraph('xlsx', bytes);
    expect(graph.nodes).toHaveLength(34);
    expect(graph.edges).toHaveLength(49);
  });

  it('reads Type Person as people, Company as the type of an organisation, connection Type as kind', () => {
    expect(records.people.map((r) => r.data.name)).toContain('Peter Thiel');
    expect(records.organisations.find((r) => r.data.name === 'Tesla Motors')?.data.type).toBe('Company');
    expect(records.links[0]?.data).toMatchObject({
      sourceId: 'PayPal',
      targetId: 'Ken Howery',
      kind: 'Employee/Founder',
      directed: true,
    });
  });
});
