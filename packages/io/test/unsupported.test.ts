import { describe, expect, it } from 'vitest';
import { FormatError, readGraph, readImport } from '../src/index.ts';

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

const XXE = `<?xml version="1.0"?>
<!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<graphml><graph><node id="a"><data key="x">&xxe;</data></node></graph></graphml>`;
const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE gexf [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<gexf><graph><nodes><node id="a" label="&lol3;"/></nodes></graph></gexf>`;

describe('malformed or hostile XML is refused whole with a FormatError (the API answers 400)', () => {
  it('refuses an external entity, naming its line', () => {
    const error = formatErrorOf(() => readImport('graphml', XXE));
    expect(error.message).toBe(
      'GraphML-bestand, regel 2: het bestand declareert een eigen entiteit (<!ENTITY xxe>); zulke XML-bestanden worden om veiligheidsredenen niet gelezen.',
    );
    expect(() => readGraph('graphml', XXE)).toThrow(FormatError);
  });

  it('refuses entity expansion (billion laughs)', () => {
    expect(formatErrorOf(() => readImport('gexf', LAUGHS)).message).toContain('<!ENTITY lol>');
  });

  it('refuses XML that is not well formed, naming the line', () => {
    const error = formatErrorOf(() =>
      readImport('graphml', '<graphml>\n<graph>\n<node id="a">\n</graph></graphml>'),
    );
    expect(error.line).toBe(4);
    expect(error.message).toContain('geen geldige XML');
  });
});

describe('GraphML constructs Regiekaart cannot represent are refused whole, never dropped', () => {
  it('refuses a hyperedge', () => {
    const text =
      '<graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/>\n<hyperedge><endpoint node="a"/><endpoint node="b"/><endpoint node="c"/></hyperedge></graph></graphml>';
    expect(formatErrorOf(() => readImport('graphml', text)).message).toBe(
      'GraphML-bestand, <hyperedge> (nr. 1), regel 2: een hyperedge (een verbinding tussen meer dan twee knopen). Regiekaart kan dat niet overnemen; het bestand is niet ingelezen.',
    );
  });

  it('refuses a nested graph (a yEd group)', () => {
    const text =
      '<graphml><graph edgedefault="directed"><node id="g" yfiles.foldertype="group"><graph id="g:"><node id="g::n0"/></graph></node></graph></graphml>';
    expect(formatErrorOf(() => readImport('graphml', text)).message).toContain(
      '<node id="g"> (nr. 1), regel 1: een geneste graaf in een knoop (bijvoorbeeld een groep of map in yEd).',
    );
  });

  it('refuses a second graph in one file', () => {
    const text = '<graphml><graph/><graph/></graphml>';
    expect(formatErrorOf(() => readImport('graphml', text)).message).toContain('bevat 2 grafen');
  });

  it('reads ports fully: an edge on a port is an edge on its node', () => {
    const text = `<graphml><graph edgedefault="directed">
      <node id="a"><port name="p0"/></node><node id="b"><port name="p1"/></node>
      <edge source="a" target="b" sourceport="p0" targetport="p1"/></graph></graphml>`;
    expect(readImport('graphml', text).links.map((row) => [row.data.sourceId, row.data.targetId])).toEqual([
      ['a', 'b'],
    ]);
  });
});

describe('GEXF constructs Regiekaart cannot represent are refused whole', () => {
  it('refuses spells', () => {
    const text =
      '<gexf><graph mode="dynamic"><nodes><node id="a"><spells><spell start="2020" end="2021"/><spell start="2023"/></spells></node></nodes></graph></gexf>';
    expect(formatErrorOf(() => readImport('gexf', text)).message).toContain('perioden (<spells>)');
  });

  it('refuses nested nodes', () => {
    const text =
      '<gexf><graph><nodes><node id="a"><nodes><node id="b"/></nodes></node></nodes></graph></gexf>';
    expect(formatErrorOf(() => readImport('gexf', text)).message).toContain('geneste knopen');
  });

  it('refuses a hierarchy given by <parents>', () => {
    const text =
      '<gexf><graph><nodes><node id="a"/><node id="b"><parents><parent for="a"/></parents></node></nodes></graph></gexf>';
    expect(formatErrorOf(() => readImport('gexf', text)).message).toContain('<node id="b"> (nr. 2)');
  });

  it('reads one start/end on an edge as since/until', () => {
    const text =
      '<gexf><graph><nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" start="2024-01-01" end="2024-12-31"/></edges></graph></gexf>';
    expect(readImport('gexf', text).links[0]?.data).toMatchObject({
      since: '2024-01-01',
      until: '2024-12-31',
    });
  });
});

describe('yEd Live (yFiles for HTML) labels', () => {
  it('takes the node label from y:Label.Text and ignores the drawing keys', () => {
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/3.0" xmlns:y="http://www.yworks.com/xml/yfiles-common/3.0">
      <key id="d3" for="node" attr.name="NodeLabels" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeLabels"/>
      <key id="d4" for="node" attr.name="NodeGeometry" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeGeometry"/>
      <graph id="G" edgedefault="directed">
        <node id="n0"><data key="d3"><x:List><y:Label><y:Label.Text><![CDATA[Wijkteam Oost]]></y:Label.Text></y:Label></x:List></data>
          <data key="d4"><y:RectD X="0" Y="0" Width="30" Height="30"/></data></node>
        <node id="n1"/>
        <edge id="e0" source="n0" target="n1"/>
      </graph></graphml>`;
    const records = readImport('graphml', text);
    expect(records.organisations.map((row) => row.data)).toEqual([
      { id: 'n0', name: 'Wijkteam Oost', domain: 'onbekend', type: 'onbekend' },
      { id: 'n1', name: 'n1', domain: 'onbekend', type: 'onbekend' },
    ]);
  });
});

describe('yEd Live (yFiles for HTML) labels as an attribute', () => {
  it('takes the label from <y:Label Text="..."> as yFiles for HTML 3.0 writes single-line labels', () => {
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:x="http://www.yworks.com/xml/yfiles-common/markup/3.0" xmlns:y="http://www.yworks.com/xml/yfiles-common/3.0">
      <key id="d3" for="node" attr.name="NodeLabels" y:attr.uri="http://www.yworks.com/xml/yfiles-common/2.0/NodeLabels"/>
      <graph id="G" edgedefault="directed">
        <node id="n0"><data key="d3"><x:List><y:Label Text="Wijkteam West" LayoutParameter="{y:GraphMLReference 2}"/></x:List></data></node>
      </graph></graphml>`;
    expect(readImport('graphml', text).organisations[0]?.data.name).toBe('Wijkteam West');
  });
});

describe('CSV as Dutch Excel writes it', () => {
  it('reads ; with BOM, Dutch headers and dates, decimal commas and a type column for direction', () => {
    const text =
      '\uFEFFVan;Naar;Soort verbinding;Gewicht;Type;Sinds;Tot\r\n' +
      'Gemeente Zeist;GGD;overleg;2,5;gericht;15-03-2025;1-4-2026\r\n' +
      'GGD;Politie;;5;ongericht;2025-03-15;\r\n';
    expect(readImport('csv', text).links.map((row) => row.data)).toEqual([
      {
        sourceId: 'Gemeente Zeist',
        targetId: 'GGD',
        kind: 'overleg',
        weight: 2.5,
        strength: 3,
        directed: true,
        since: '2025-03-15',
        until: '2026-04-01',
      },
      {
        sourceId: 'GGD',
        targetId: 'Politie',
        kind: 'overleg',
        weight: 5,
        strength: 5,
        directed: false,
        since: '2025-03-15',
      },
    ]);
  });

  it('keeps a date that does not exist as written, for validation to reject by row', () => {
    const text = 'van;naar;sinds\nA;B;31-02-2025\n';
    expect(readImport('csv', text).links[0]?.data.since).toBe('31-02-2025');
  });

  it('gives analyse decimal-comma weights as numbers and each tie its direction', () => {
    const graph = readGraph('csv', 'bron;doel;gewicht;type\na;b;0,5;gericht\nb;c;1,5;ongericht\n');
    expect(graph.edges.map((e) => [e.gewicht, e.directed])).toEqual([
      [0.5, true],
      [1.5, false],
    ]);
  });

  it('names the line of a repeated node id for analyse', () => {
    expect(formatErrorOf(() => readGraph('csv', 'id;naam\na;A\na;B\n')).message).toBe(
      'CSV-bestand, regel 3: het id "a" staat al op regel 2; elke knoop heeft een eigen id.',
    );
  });
});
