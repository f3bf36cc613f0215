import type { Network, NetworkNode } from '@regiekaart/model';

const indexes = new WeakMap<Network, ReadonlyMap<string, NetworkNode>>();

/**
 * The network's actors by id, made once per network (a network from the server is never changed):
 * a selection on a 2,000-person map looks up the names of all its ties, and searching the list of
 * actors for each took milliseconds per render.
 */
export function nodesById(network: Network): ReadonlyMap<string, NetworkNode> {
  let index = indexes.get(network);
  if (!index) {
    index = new Map(network.nodes.map((node) => [node.id, node]));
    indexes.set(network, index);
  }
  return index;
}
