import type { Network, NetworkNode } from '@regiekaart/model';
import { nodesById } from './node-index.ts';

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
    nodesById(network).get(query.trim()) ??
    labelled.find((x) => x.label.startsWith(q))?.node ??
    labelled.find((x) => x.label.includes(q))?.node
  );
}

/** Up to this many names are suggested while typing; a map of up to this many suggests all its names. */
export const SUGGESTED_NAMES = 300;

/**
 * The names the search box suggests: on a map of up to SUGGESTED_NAMES actors all of them; on a
 * larger one only those matching what is typed (at the start first, then anywhere), and none before
 * anything is typed, so a map of thousands does not build thousands of suggestions it opens with.
 */
export function suggestedNames(network: Network, query: string): string[] {
  if (network.nodes.length <= SUGGESTED_NAMES) return [...new Set(network.nodes.map((node) => node.label))];
  const q = normalise(query);
  if (!q) return [];
  const start: string[] = [];
  const inside: string[] = [];
  for (const node of network.nodes) {
    const label = normalise(node.label);
    if (label.startsWith(q)) start.push(node.label);
    else if (label.includes(q)) inside.push(node.label);
    if (start.length >= SUGGESTED_NAMES) break;
  }
  return [...new Set([...start, ...inside])].slice(0, SUGGESTED_NAMES);
}
