import type { Network, NetworkNode } from '@regiekaart/model';

const normalise = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

/** The node whose label matches best: exactly, then at the start, then anywhere; or its id. */
export function findNode(network: Network, query: string): NetworkNode | undefined {
  const q = normalise(query);
  if (!q) return undefined;
  const labelled = network.nodes.map((node) => ({ node, label: normalise(node.label) }));
  return (
    labelled.find((x) => x.label === q)?.node ??
    network.nodes.find((n) => n.id === query.trim()) ??
    labelled.find((x) => x.label.startsWith(q))?.node ??
    labelled.find((x) => x.label.includes(q))?.node
  );
}
