import type { ParsedEdge, ParsedGraph, ParsedNode } from '../graph/parsed-graph.ts';
import type { ImportRecords, SourceRow } from '../import-records.ts';

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';

function without(data: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([key, value]) => !keys.includes(key) && value !== undefined && value !== ''),
  );
}

/**
 * A workbook's records as a graph for `analyse`: organisations and people become nodes (id from the id
 * column, else the name; `kind`, `label`), ties edges with their own direction, memberships edges with
 * relation `membership`. A tie end is a node's id, else a node's name, else it becomes a bare node.
 */
export function recordsToGraph(records: ImportRecords): ParsedGraph {
  const nodes: ParsedNode[] = [];
  const byName = new Map<string, string>();
  const ids = new Set<string>();
  const addNode = (kind: string, row: SourceRow) => {
    const name = text(row.data.name);
    const id = text(row.data.id) || name;
    if (id === '') return;
    ids.add(id);
    if (name !== '' && !byName.has(name)) byName.set(name, id);
    nodes.push({
      id,
      attributes: { kind, label: name || id, ...without(row.data, ['id', 'name', 'memberships']) },
      position: row.row,
    });
  };
  for (const row of records.organisations) addNode('organisation', row);
  for (const row of records.people) addNode('person', row);
  const end = (reference: unknown) => {
    const value = text(reference);
    return ids.has(value) ? value : (byName.get(value) ?? value);
  };
  const edges: ParsedEdge[] = [];
  for (const row of records.people) {
    const memberships = Array.isArray(row.data.memberships) ? row.data.memberships : [];
    for (const membership of memberships as Array<Record<string, unknown>>) {
      edges.push({
        source: end(row.data.id ?? row.data.name),
        target: end(membership.organisationId),
        directed: true,
        attributes: { relation: 'membership', ...without(membership, ['id', 'organisationId']) },
        position: row.row,
      });
    }
  }
  for (const row of records.links) {
    const directed = row.data.directed;
    const id = text(row.data.id);
    edges.push({
      ...(id === '' ? {} : { id }),
      source: end(row.data.sourceId),
      target: end(row.data.targetId),
      ...(typeof directed === 'boolean' ? { directed } : {}),
      attributes: { relation: 'link', ...without(row.data, ['id', 'sourceId', 'targetId', 'directed']) },
      position: row.row,
    });
  }
  return { format: 'xlsx', directed: false, nodes, edges, nodeTag: 'rij', edgeTag: 'rij' };
}
