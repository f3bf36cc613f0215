import type { Dataset } from '@regiekaart/model';
import type { AttributeDeclaration, WritableGraph } from './writable-graph.ts';

export type DatasetEntity = 'all' | 'organisations' | 'people' | 'links';

const NODE_ATTRIBUTES: AttributeDeclaration[] = [
  'kind',
  'shortName',
  'domain',
  'type',
  'parentId',
  'region',
  'function',
  'note',
].map((name) => ({ name, type: 'string' }));

const EDGE_ATTRIBUTES: AttributeDeclaration[] = [
  { name: 'relation', type: 'string' },
  { name: 'kind', type: 'string' },
  { name: 'strength', type: 'int' },
  { name: 'directed', type: 'boolean' },
  { name: 'role', type: 'string' },
  { name: 'since', type: 'string' },
  { name: 'until', type: 'string' },
  // Called `provenance` in graph files: an edge attribute named `source` clashes with the edge's end
  // in networkx, Gephi and node-link JSON. Readers accept both names.
  { name: 'provenance', type: 'string' },
  { name: 'recordedBy', type: 'string' },
  { name: 'confidence', type: 'string' },
  { name: 'note', type: 'string' },
];

/**
 * Lays a dataset out as a graph: organisations and people as nodes (`kind` organisation|person, label =
 * name), links as edges with relation `link`, memberships as person -> organisation edges with relation
 * `membership`. `entity` keeps one part: organisations (nodes), people (nodes and their membership
 * edges) or links (edges only). Organisations and people without id get `organisation-n`/`person-n`.
 */
export function datasetToGraph(dataset: Dataset, entity: DatasetEntity = 'all'): WritableGraph {
  const graph: WritableGraph = {
    directed: false,
    nodeAttributes: NODE_ATTRIBUTES,
    edgeAttributes: EDGE_ATTRIBUTES,
    nodes: [],
    edges: [],
  };
  if (entity === 'all' || entity === 'organisations') {
    dataset.organisations.forEach((organisation, index) => {
      graph.nodes.push({
        id: organisation.id ?? `organisation-${index + 1}`,
        label: organisation.name,
        attributes: {
          kind: 'organisation',
          shortName: organisation.shortName,
          domain: organisation.domain,
          type: organisation.type,
          parentId: organisation.parentId,
          region: organisation.region,
          note: organisation.note,
        },
      });
    });
  }
  if (entity === 'all' || entity === 'people') {
    dataset.people.forEach((person, index) => {
      const id = person.id ?? `person-${index + 1}`;
      graph.nodes.push({
        id,
        label: person.name,
        attributes: { kind: 'person', function: person.function, note: person.note },
      });
      for (const membership of person.memberships) {
        graph.edges.push({
          ...(membership.id ? { id: membership.id } : {}),
          source: id,
          target: membership.organisationId,
          directed: true,
          attributes: {
            relation: 'membership',
            role: membership.role,
            since: membership.since,
            until: membership.until,
          },
        });
      }
    });
  }
  if (entity === 'all' || entity === 'links') {
    for (const link of dataset.links) {
      graph.edges.push({
        ...(link.id ? { id: link.id } : {}),
        source: link.sourceId,
        target: link.targetId,
        directed: link.directed,
        weight: link.strength,
        attributes: {
          relation: 'link',
          kind: link.kind,
          strength: link.strength,
          directed: link.directed,
          since: link.since,
          until: link.until,
          provenance: link.source,
          recordedBy: link.recordedBy,
          confidence: link.confidence,
          note: link.note,
        },
      });
    }
  }
  return graph;
}
