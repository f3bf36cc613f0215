import { describe, expect, it } from 'vitest';
import { FormatError, readGraph, readImport } from '../src/index.ts';

/** As networkx 3 `write_graphml` writes a DiGraph whose nodes are named, not numbered. */
const NETWORKX = `<?xml version='1.0' encoding='utf-8'?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="d4" for="edge" attr.name="since" attr.type="string" />
  <key id="d3" for="edge" attr.name="weight" attr.type="double" />
  <key id="d2" for="node" attr.name="active" attr.type="boolean">
    <default>true</default>
  </key>
  <key id="d1" for="node" attr.name="inwoners" attr.type="long" />
  <key id="d0" for="node" attr.name="domain" attr.type="string" />
  <graph edgedefault="directed">
    <node id="Gemeente Utrecht">
      <data key="d0">bestuur</data>
      <data key="d1">361966</data>
    </node>
    <node id="GGD">
      <data key="d2">False</data>
    </node>
    <node id="Veilig Thuis" />
    <edge source="Gemeente Utrecht" target="GGD">
      <data key="d3">3.6</data>
      <data key="d4">2021-05-01</data>
    </edge>
    <edge source="GGD" target="Veilig Thuis">
      <data key="d3">12</data>
    </edge>
    <edge source="Veilig Thuis" target="Gemeente Utrecht" />
  </graph>
</graphml>
`;

/** As yEd writes it: the label sits inside the drawing instructions. */
const YED = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed" id="G">
    <node id="n0">
      <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/><y:NodeLabel alignment="center">Politie</y:NodeLabel></y:ShapeNode></data>
    </node>
    <node id="n1"/>
    <edge id="e0" source="n0" target="n1"/>
  </graph>
</graphml>`;

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

describe('readImport graphml from other tools', () => {
  it('reads a networkx file: nodes become organisations, edges links, ids as the file has them', () => {
    const records = readImport('graphml', NETWORKX);
    expect(records.organisations.map((row) => row.data)).toEqual([
      { id: 'Gemeente Utrecht', name: 'Gemeente Utrecht', domain: 'bestuur', type: 'onbekend' },
      { id: 'GGD', name: 'GGD', domain: 'onbekend', type: 'onbekend' },
      { id: 'Veilig Thuis', name: 'Veilig Thuis', domain: 'onbekend', type: 'onbekend' },
    ]);
    expect(records.links).toEqual([
      {
        row: 1,
        data: {
          sourceId: 'Gemeente Utrecht',
          targetId: 'GGD',
          kind: 'overleg',
          strength: 2,
          weight: 3.6,
          directed: true,
          since: '2021-05-01',
        },
      },
      {
        row: 2,
        data: {
          sourceId: 'GGD',
          targetId: 'Veilig Thuis',
          kind: 'overleg',
          strength: 5,
          weight: 12,
          directed: true,
        },
      },
      {
        row: 3,
        data: { sourceId: 'Veilig Thuis', targetId: 'Gemeente Utrecht', kind: 'overleg', directed: true },
      },
    ]);
    expect(records.people).toEqual([]);
  });

  it('keeps a non-numeric strength as it stands so validation can reject it', () => {
    const text = `<graphml><key id="s" for="edge" attr.name="strength" attr.type="string"/><graph edgedefault="undirected">
      <node id="a"/><node id="b"/><edge source="a" target="b"><data key="s">hoog</data></edge></graph></graphml>`;
    expect(readImport('graphml', text).links[0]?.data).toMatchObject({ strength: 'hoog', directed: false });
  });

  it('takes a yEd node label from its drawing', () => {
    const records = readImport('graphml', YED);
    expect(records.organisations.map((row) => row.data)).toEqual([
      { id: 'n0', name: 'Politie', domain: 'onbekend', type: 'onbekend' },
      { id: 'n1', name: 'n1', domain: 'onbekend', type: 'onbekend' },
    ]);
    expect(records.links[0]?.data).toEqual({
      id: 'e0',
      sourceId: 'n0',
      targetId: 'n1',
      kind: 'overleg',
      directed: true,
    });
  });
});

describe('readGraph graphml', () => {
  it('keeps every attribute with its declared type, key defaults applied, and the file ids', () => {
    const graph = readGraph('graphml', NETWORKX);
    expect(graph.directed).toBe(true);
    expect(graph.nodes).toEqual([
      { id: 'Gemeente Utrecht', domain: 'bestuur', inwoners: 361966, active: true },
      { id: 'GGD', active: false },
      { id: 'Veilig Thuis', active: true },
    ]);
    expect(graph.edges).toEqual([
      { source: 'Gemeente Utrecht', target: 'GGD', weight: 3.6, since: '2021-05-01' },
      { source: 'GGD', target: 'Veilig Thuis', weight: 12 },
      { source: 'Veilig Thuis', target: 'Gemeente Utrecht' },
    ]);
  });

  it('reads edgedefault, per-edge directed, and adds missing edge ends as nodes', () => {
    const text = `<graphml><key id="k" for="all" attr.name="kind" attr.type="string"/><graph edgedefault="undirected">
      <node id="a"><data key="k">x</data></node>
      <edge id="e1" source="a" target="b" directed="true"><data key="k">y</data></edge>
      <edge id="e2" source="b" target="a"/></graph></graphml>`;
    const graph = readGraph('graphml', text);
    expect(graph.directed).toBe(false);
    expect(graph.nodes).toEqual([{ id: 'a', kind: 'x' }, { id: 'b' }]);
    expect(graph.edges).toEqual([
      { id: 'e1', source: 'a', target: 'b', directed: true, kind: 'y' },
      { id: 'e2', source: 'b', target: 'a' },
    ]);
  });

  it('renames an edge attribute that would overwrite an end', () => {
    const text = `<graphml><key id="s" for="edge" attr.name="source" attr.type="string"/><graph edgedefault="undirected">
      <edge source="a" target="b"><data key="s">document</data></edge></graph></graphml>`;
    expect(readGraph('graphml', text).edges).toEqual([{ source: 'a', target: 'b', attr_source: 'document' }]);
  });
});

describe('graphml errors', () => {
  it('names the line of broken XML', () => {
    const error = formatErrorOf(() =>
      readImport('graphml', '<graphml>\n  <graph>\n    <node id="a">\n  </graph>\n</graphml>'),
    );
    expect(error.format).toBe('graphml');
    expect(error.line).toBe(4);
    expect(error.message).toMatch(
      /^GraphML-bestand, regel 4: geen geldige XML: een element is niet goed geopend of gesloten/,
    );
  });

  it('names the element, its id, position and line of an edge without target', () => {
    const text =
      '<graphml>\n<graph>\n<node id="a"/>\n<edge id="e1" source="a" target="a"/>\n<edge id="e2" source="a"/>\n</graph>\n</graphml>';
    const error = formatErrorOf(() => readImport('graphml', text));
    expect(error.element).toBe('<edge id="e2"> (nr. 2)');
    expect(error.line).toBe(5);
    expect(error.message).toBe(
      'GraphML-bestand, <edge id="e2"> (nr. 2), regel 5: een <edge> zonder target; elke edge noemt de id\'s van twee nodes.',
    );
  });

  it('names a node without id and a repeated id', () => {
    expect(
      formatErrorOf(() => readImport('graphml', '<graphml><graph><node/></graph></graphml>')).message,
    ).toBe('GraphML-bestand, <node> (nr. 1), regel 1: een <node> zonder id.');
    const repeated = formatErrorOf(() =>
      readImport('graphml', '<graphml><graph>\n<node id="a"/>\n<node id="a"/></graph></graphml>'),
    );
    expect(repeated.element).toBe('<node id="a"> (nr. 2)');
    expect(repeated.line).toBe(3);
  });

  it('names a membership whose person is not a person node', () => {
    const text = `<graphml><key id="r" for="edge" attr.name="relation" attr.type="string"/><graph edgedefault="undirected">
      <node id="o1"/><edge id="m1" source="x" target="o1"><data key="r">membership</data></edge></graph></graphml>`;
    expect(formatErrorOf(() => readImport('graphml', text)).message).toContain(
      '<edge id="m1"> (nr. 1), regel 2',
    );
  });

  it('refuses a file that is not GraphML', () => {
    expect(formatErrorOf(() => readImport('graphml', '<gexf version="1.3"/>')).message).toBe(
      'GraphML-bestand, regel 1: verwacht <graphml> als buitenste element, maar vond <gexf>.',
    );
    expect(formatErrorOf(() => readImport('graphml', '')).message).toBe(
      'GraphML-bestand: het bestand is leeg.',
    );
  });
});

describe('hexadecimal floats (graph-tool)', () => {
  it('reads 0x1.8p-1 and -0x1p+2 in a double key as numbers, leaves other text as written', () => {
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="w" for="edge" attr.name="weight" attr.type="double"/>
      <graph edgedefault="undirected"><node id="a"/><node id="b"/>
        <edge source="a" target="b"><data key="w">0x1.8p-1</data></edge>
        <edge source="b" target="a"><data key="w">-0x1p+2</data></edge>
        <edge source="a" target="a"><data key="w">0xp+1</data></edge>
      </graph></graphml>`;
    expect(readGraph('graphml', text).edges.map((edge) => edge.weight)).toEqual([0.75, -4, '0xp+1']);
  });
});
