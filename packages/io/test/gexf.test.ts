import { describe, expect, it } from 'vitest';
import { FormatError, readGraph, readImport } from '../src/index.ts';

/** As Gephi 0.10 exports GEXF 1.2, with viz data and a statistics column. */
const GEPHI = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
  <meta lastmodifieddate="2024-05-01">
    <creator>Gephi 0.10.1</creator>
    <description></description>
  </meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node" mode="static">
      <attribute id="modularity_class" title="Modularity Class" type="integer"></attribute>
      <attribute id="domein" title="Domein" type="string"></attribute>
      <attribute id="kern" title="kernpartner" type="boolean">
        <default>false</default>
      </attribute>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="soort" title="soort" type="string"></attribute>
    </attributes>
    <nodes>
      <node id="0" label="Wijkteam Noord">
        <attvalues>
          <attvalue for="modularity_class" value="1"></attvalue>
          <attvalue for="domein" value="sociaal_domein"></attvalue>
          <attvalue for="kern" value="true"></attvalue>
        </attvalues>
        <viz:size value="10.0"></viz:size>
        <viz:position x="-12.5" y="30.1" z="0.0"></viz:position>
        <viz:color r="255" g="0" b="0"></viz:color>
      </node>
      <node id="1" label="GGD regio Utrecht">
        <attvalues>
          <attvalue for="modularity_class" value="0"></attvalue>
        </attvalues>
        <viz:size value="4.2"></viz:size>
      </node>
    </nodes>
    <edges>
      <edge id="0" source="0" target="1" weight="2.0">
        <attvalues>
          <attvalue for="soort" value="doorverwijzing"></attvalue>
        </attvalues>
        <viz:color r="0" g="0" b="0"></viz:color>
      </edge>
      <edge id="1" source="1" target="0" type="directed" weight="0.4"></edge>
    </edges>
  </graph>
</gexf>
`;

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

describe('GEXF from Gephi', () => {
  it('imports nodes as organisations (label as name, Dutch attribute titles mapped) and edges as links', () => {
    const records = readImport('gexf', GEPHI);
    expect(records.organisations).toEqual([
      { row: 1, data: { id: '0', name: 'Wijkteam Noord', domain: 'sociaal_domein', type: 'onbekend' } },
      { row: 2, data: { id: '1', name: 'GGD regio Utrecht', domain: 'onbekend', type: 'onbekend' } },
    ]);
    expect(records.links.map((row) => row.data)).toEqual([
      {
        id: '0',
        sourceId: '0',
        targetId: '1',
        kind: 'doorverwijzing',
        strength: 5,
        weight: 2,
        directed: false,
      },
      { id: '1', sourceId: '1', targetId: '0', kind: 'overleg', strength: 1, weight: 0.4, directed: true },
    ]);
  });

  it('reads the graph with typed attributes, defaults, weight and edge type', () => {
    const graph = readGraph('gexf', GEPHI);
    expect(graph.directed).toBe(false);
    expect(graph.nodes).toEqual([
      {
        id: '0',
        label: 'Wijkteam Noord',
        'Modularity Class': 1,
        Domein: 'sociaal_domein',
        kernpartner: true,
      },
      { id: '1', label: 'GGD regio Utrecht', 'Modularity Class': 0, kernpartner: false },
    ]);
    expect(graph.edges).toEqual([
      { id: '0', source: '0', target: '1', weight: 2, soort: 'doorverwijzing' },
      { id: '1', source: '1', target: '0', directed: true, weight: 0.4 },
    ]);
  });

  it('reads GEXF 1.3 defaultedgetype directed', () => {
    const text = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
      <nodes><node id="a"/><node id="b"/></nodes><edges><edge source="a" target="b" kind="convenant"/></edges></graph></gexf>`;
    expect(readGraph('gexf', text)).toEqual({
      directed: true,
      nodes: [{ id: 'a' }, { id: 'b' }],
      edges: [{ source: 'a', target: 'b', kind: 'convenant' }],
    });
    expect(readImport('gexf', text).links[0]?.data).toEqual({
      sourceId: 'a',
      targetId: 'b',
      kind: 'convenant',
      directed: true,
    });
  });

  it('names the element and line of a node without id, and broken XML', () => {
    const text = '<gexf>\n<graph>\n<nodes>\n<node id="a"/>\n<node label="x"/>\n</nodes>\n</graph>\n</gexf>';
    const error = formatErrorOf(() => readImport('gexf', text));
    expect(error.message).toBe('GEXF-bestand, <node> (nr. 2), regel 5: een <node> zonder id.');
    const broken = formatErrorOf(() =>
      readGraph('gexf', '<gexf>\n<graph>\n<nodes>\n<node id="a" label="x>\n</nodes></graph></gexf>'),
    );
    expect(broken.message).toMatch(/^GEXF-bestand, regel \d+: geen geldige XML/);
  });
});
