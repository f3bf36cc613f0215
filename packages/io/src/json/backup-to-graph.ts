import { describeElement, FormatError } from '../format-error.ts';
import type { ParsedEdge, ParsedGraph, ParsedNode } from '../graph/parsed-graph.ts';
import type { ImportRecords, SourceRow } from '../import-records.ts';
import { isRecord } from './parse-json.ts';

function without(data: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(
      ([key, value]) => !keys.includes(key) && value !== null && value !== undefined,
    ),
  );
}

function idOf(collection: string, row: SourceRow, field: string): string {
  const value = row.data[field];
  if (typeof value === 'string' && value !== '') return value;
  throw new FormatError('json', `verwacht een tekst in "${field}".`, {
    element: describeElement('json', collection, undefined, row.row),
  });
}

/**
 * A backup's actors and ties as a graph, without validating the records: organisations and people
 * become nodes (`kind`, `label` = name), links and memberships edges (`relation`). A link's provenance
 * is called `provenance`, as in the graph files.
 */
export function backupToGraph(records: ImportRecords): ParsedGraph {
  const nodes: ParsedNode[] = [];
  const edges: ParsedEdge[] = [];
  const addNode = (collection: 'organisations' | 'people', kind: string, row: SourceRow) => {
    const { name, ...rest } = without(row.data, ['id', 'memberships']);
    nodes.push({
      id: idOf(collection, row, 'id'),
      attributes: { kind, ...(name === undefined ? {} : { label: name }), ...rest },
      position: nodes.length + 1,
    });
  };
  for (const row of records.organisations) addNode('organisations', 'organisation', row);
  for (const row of records.people) {
    addNode('people', 'person', row);
    const memberships = Array.isArray(row.data.memberships) ? row.data.memberships : [];
    for (const membership of memberships) {
      if (!isRecord(membership) || typeof membership.organisationId !== 'string') continue;
      const id = typeof membership.id === 'string' ? membership.id : undefined;
      edges.push({
        ...(id === undefined ? {} : { id }),
        source: idOf('people', row, 'id'),
        target: membership.organisationId,
        directed: true,
        attributes: { relation: 'membership', ...without(membership, ['id', 'organisationId']) },
        position: edges.length + 1,
      });
    }
  }
  for (const row of records.links) {
    const { source, directed, ...rest } = without(row.data, ['id', 'sourceId', 'targetId']);
    const id = typeof row.data.id === 'string' ? row.data.id : undefined;
    edges.push({
      ...(id === undefined ? {} : { id }),
      source: idOf('links', row, 'sourceId'),
      target: idOf('links', row, 'targetId'),
      ...(typeof directed === 'boolean' ? { directed } : {}),
      attributes: { relation: 'link', ...rest, ...(source === undefined ? {} : { provenance: source }) },
      position: edges.length + 1,
    });
  }
  return { format: 'json', directed: false, nodes, edges, nodeTag: 'nodes', edgeTag: 'edges' };
}
