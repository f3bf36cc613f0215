import type { Network } from '@regiekaart/model';
import { scalarOf } from '../graph/network-to-graph.ts';
import { type CsvValue, writeCsv } from './write-csv.ts';

/**
 * A network view as one table: a `record` column (node | edge), id, source and target, then every
 * other attribute of nodes and edges in order of first appearance (arrays joined with `|`).
 */
export function networkTable(network: Network): { columns: string[]; rows: CsvValue[][] } {
  const columns = ['record', 'id', 'source', 'target'];
  const rows: Array<Record<string, CsvValue>> = [];
  const add = (record: string, object: Record<string, unknown>) => {
    const row: Record<string, CsvValue> = { record };
    for (const [name, value] of Object.entries(object)) {
      if (!columns.includes(name)) columns.push(name);
      const scalar = scalarOf(value);
      // true/false rather than ja/nee, so reading the file back types them as booleans again.
      row[name] = typeof scalar === 'boolean' ? String(scalar) : scalar;
    }
    rows.push(row);
  };
  for (const node of network.nodes) add('node', node);
  for (const edge of network.edges) add('edge', edge);
  return { columns, rows: rows.map((row) => columns.map((column) => row[column])) };
}

/** Writes a network view as one mixed CSV (see `networkTable`). */
export function writeCsvNetwork(network: Network): string {
  const { columns, rows } = networkTable(network);
  return writeCsv(columns, rows);
}
