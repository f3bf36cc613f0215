import type { Network } from '@regiekaart/model';
import { networkTable, writeCsvNetwork } from './csv/write-csv-network.ts';
import { writeGexf } from './gexf/write-gexf.ts';
import { networkToGraph } from './graph/network-to-graph.ts';
import { writeGraphml } from './graphml/write-graphml.ts';
import type { IoFormat } from './io-format.ts';
import { writeXlsx } from './xlsx/write-xlsx.ts';

/**
 * Serialises a network view (the per-opgave export) with every node and edge attribute: GraphML/GEXF
 * with typed attributes (arrays joined with `|`), CSV as one file with a record column node | edge,
 * xlsx as that same table on one sheet `Netwerk` (bytes), JSON as the object itself.
 */
export function writeNetwork(format: 'xlsx', network: Network): Uint8Array;
export function writeNetwork(format: Exclude<IoFormat, 'xlsx'>, network: Network): string;
export function writeNetwork(format: IoFormat, network: Network): string | Uint8Array;
export function writeNetwork(format: IoFormat, network: Network): string | Uint8Array {
  switch (format) {
    case 'csv':
      return writeCsvNetwork(network);
    case 'graphml':
      return writeGraphml(networkToGraph(network));
    case 'gexf':
      return writeGexf(networkToGraph(network));
    case 'json':
      return `${JSON.stringify(network, null, 2)}\n`;
    case 'xlsx': {
      const { columns, rows } = networkTable(network);
      return writeXlsx([{ name: 'Netwerk', header: columns, rows }]);
    }
  }
}
