import type { ImportFormat, Network } from '@regiekaart/model';
import { writeCsvNetwork } from './csv/write-csv-network.ts';
import { writeGexf } from './gexf/write-gexf.ts';
import { networkToGraph } from './graph/network-to-graph.ts';
import { writeGraphml } from './graphml/write-graphml.ts';

/**
 * Serialises a network view (the per-opgave export) with every node and edge attribute: GraphML/GEXF
 * with typed attributes (arrays joined with `|`), CSV as one file with a record column node | edge,
 * JSON as the object itself.
 */
export function writeNetwork(format: ImportFormat, network: Network): string {
  switch (format) {
    case 'csv':
      return writeCsvNetwork(network);
    case 'graphml':
      return writeGraphml(networkToGraph(network));
    case 'gexf':
      return writeGexf(networkToGraph(network));
    case 'json':
      return `${JSON.stringify(network, null, 2)}\n`;
  }
}
