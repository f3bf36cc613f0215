import type { Network } from '@regiekaart/model';
import type { AttributeDeclaration, AttributeType, WritableGraph, WritableValue } from './writable-graph.ts';

/** A value as one scalar: arrays joined with `|`, objects as JSON. */
export function scalarOf(value: unknown): WritableValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('|');
  return JSON.stringify(value);
}

function typeOf(values: readonly WritableValue[]): AttributeType {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.length > 0 && present.every((value) => typeof value === 'boolean')) return 'boolean';
  const numbers = present.filter((value): value is number => typeof value === 'number');
  if (present.length > 0 && numbers.length === present.length) {
    if (!numbers.every(Number.isInteger)) return 'double';
    return numbers.every((n) => Math.abs(n) < 2 ** 31) ? 'int' : 'long';
  }
  return 'string';
}

/** Declares every attribute that occurs, in order of first appearance, typed by its values. */
function declare(rows: ReadonlyArray<Record<string, WritableValue>>): AttributeDeclaration[] {
  const names: string[] = [];
  for (const row of rows) for (const name of Object.keys(row)) if (!names.includes(name)) names.push(name);
  const declarations = names.map((name) => ({ name, type: typeOf(rows.map((row) => row[name])) }));
  // A mixed column is written as text, so its numbers and booleans become text as well.
  for (const row of rows) {
    for (const { name, type } of declarations) {
      const value = row[name];
      if (type === 'string' && value !== null && value !== undefined) row[name] = String(value);
    }
  }
  return declarations;
}

function scalars(object: Record<string, unknown>, skip: readonly string[]): Record<string, WritableValue> {
  const result: Record<string, WritableValue> = {};
  for (const [name, value] of Object.entries(object)) {
    const scalar = scalarOf(value);
    if (!skip.includes(name) && scalar !== undefined) result[name] = scalar;
  }
  return result;
}

/**
 * Lays a network view out for the GraphML and GEXF writers: every scalar node and edge attribute
 * (arrays joined with `|`), types inferred from the values, node `label` as the label and edge
 * `strength` as the weight.
 */
export function networkToGraph(network: Network): WritableGraph {
  const nodeRows = network.nodes.map((node) => scalars(node, ['id', 'label']));
  const edgeRows = network.edges.map((edge) => scalars(edge, ['id', 'source', 'target']));
  const nodeAttributes = declare(nodeRows);
  const edgeAttributes = declare(edgeRows);
  return {
    directed: network.edges.length > 0 && network.edges.every((edge) => edge.directed),
    nodeAttributes,
    edgeAttributes,
    nodes: network.nodes.map((node, index) => ({
      id: node.id,
      ...(typeof node.label === 'string' ? { label: node.label } : {}),
      attributes: nodeRows[index] ?? {},
    })),
    edges: network.edges.map((edge, index) => ({
      ...(edge.id ? { id: edge.id } : {}),
      source: edge.source,
      target: edge.target,
      directed: edge.directed === true,
      ...(typeof edge.strength === 'number' ? { weight: edge.strength } : {}),
      attributes: edgeRows[index] ?? {},
    })),
  };
}
