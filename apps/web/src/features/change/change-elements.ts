import type { Change, Network, NetworkEdge, NetworkNode } from '@regiekaart/model';
import type { EdgeDefinition, NodeDefinition } from 'cytoscape';
import { toElements } from '../map/to-elements.ts';

/** How an actor or a tie changed between the two dates; the class it carries on the map. */
export type NodeStatus = 'joined' | 'left' | 'stayed';
export type TieStatus = 'gained' | 'lost' | 'kept';

/** One id per unordered pair: the change answer counts ties per pair, so the map draws one edge per pair. */
export function pairId(a: string, b: string): string {
  return a < b ? `paar:${a}|${b}` : `paar:${b}|${a}`;
}

/** The actors that take part on a day (with a tie, or a participant), as the change answer counts them. */
export function activeIds(network: Network): Set<string> {
  const ids = new Set(
    network.edges.filter((e) => e.source !== e.target).flatMap((e) => [e.source, e.target]),
  );
  for (const node of network.nodes) if (node.participant) ids.add(node.id);
  return ids;
}

/** The pairs tied on a day. */
export function pairIds(network: Network): Set<string> {
  return new Set(network.edges.filter((e) => e.source !== e.target).map((e) => pairId(e.source, e.target)));
}

export type ChangeElements = {
  nodes: NodeDefinition[];
  edges: EdgeDefinition[];
  /** a key that changes when the union does: a new key needs a new layout */
  key: string;
};

/**
 * The union of the networks on both dates as Cytoscape elements, one edge per pair, each classed by
 * how it changed (`gained`, `lost`, `kept`; actors `joined`, `left`, `stayed`). The classes follow
 * the change answer, so the map draws exactly the ties it counts.
 */
export function changeElements(before: Network, after: Network, change: Change): ChangeElements {
  const gained = new Set(change.ties.added.map((t) => pairId(t.source, t.target)));
  const lost = new Set(change.ties.removed.map((t) => pairId(t.source, t.target)));
  const joined = new Set(change.actors.joined.map((a) => a.id));
  const left = new Set(change.actors.left.map((a) => a.id));

  const nodes = new Map<string, NetworkNode>();
  const used = new Set([...activeIds(before), ...activeIds(after), ...joined, ...left]);
  for (const node of [...before.nodes, ...after.nodes])
    if (used.has(node.id) && !nodes.has(node.id)) nodes.set(node.id, node);

  const edges = new Map<string, NetworkEdge>();
  // the later tie wins: its strength and kind are how the tie looks now
  for (const edge of [...before.edges, ...after.edges]) {
    if (edge.source === edge.target) continue;
    edges.set(pairId(edge.source, edge.target), { ...edge, id: pairId(edge.source, edge.target) });
  }
  // ties the answer names but the networks lack (they should not): still drawn, so the counts agree
  const labels = new Map<string, string>();
  for (const list of Object.values(change.ties))
    for (const t of list) {
      labels.set(t.source, t.sourceLabel);
      labels.set(t.target, t.targetLabel);
      const id = pairId(t.source, t.target);
      if (!edges.has(id))
        edges.set(id, {
          id,
          source: t.source,
          target: t.target,
          kind: 'onbekend',
          strength: Math.max(1, t.after, t.before),
          directed: false,
        });
    }
  for (const edge of edges.values())
    for (const id of [edge.source, edge.target])
      if (!nodes.has(id))
        nodes.set(id, {
          id,
          label: labels.get(id) ?? id,
          kind: after.meta?.level === 'person' ? 'person' : 'organisation',
          domain: null,
        });

  const union: Network = { nodes: [...nodes.values()], edges: [...edges.values()], meta: after.meta };
  const elements = toElements(union);
  for (const node of elements.nodes) {
    const id = String(node.data.id);
    const status: NodeStatus = joined.has(id) ? 'joined' : left.has(id) ? 'left' : 'stayed';
    node.classes = [...classList(node.classes), status];
    node.data.status = status;
  }
  for (const edge of elements.edges) {
    const id = String(edge.data.id);
    const status: TieStatus = gained.has(id) ? 'gained' : lost.has(id) ? 'lost' : 'kept';
    // the change styles replace the kind's line style: dash and colour say "erbij" or "eraf" here
    edge.classes = [...classList(edge.classes).filter((c) => !c.startsWith('line-')), status];
    edge.data.status = status;
  }
  const key = JSON.stringify([
    [...nodes.keys()].sort(),
    [...edges.keys()].sort(),
    change.from,
    change.to,
    change.level,
    change.view,
  ]);
  return { nodes: elements.nodes, edges: elements.edges, key };
}

function classList(classes: NodeDefinition['classes']): string[] {
  if (Array.isArray(classes)) return classes;
  return typeof classes === 'string' ? classes.split(/\s+/).filter(Boolean) : [];
}

/**
 * The network on one day of the replay, against the union: which of the union's actors and ties
 * are there, and which actors and ties of that day the union lacks (present only in between).
 */
export function momentOf(
  network: Network,
  union: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
): { nodes: Set<string>; edges: Set<string>; extraNodes: NodeDefinition[]; extraEdges: EdgeDefinition[] } {
  const nodes = activeIds(network);
  const edges = pairIds(network);
  const extraNodeIds = new Set([...nodes].filter((id) => !union.nodes.has(id)));
  const extraEdges = new Map<string, NetworkEdge>();
  for (const edge of network.edges) {
    const id = pairId(edge.source, edge.target);
    if (edge.source !== edge.target && !union.edges.has(id)) extraEdges.set(id, { ...edge, id });
  }
  // all of the day's actors go in, so the extra ties find both ends; only the extra actors come out
  const elements = toElements({ ...network, edges: [...extraEdges.values()] });
  return {
    nodes,
    edges,
    extraNodes: elements.nodes
      .filter((n) => extraNodeIds.has(String(n.data.id)))
      .map((n) => ({ ...n, classes: [...classList(n.classes), 'interim'] })),
    extraEdges: elements.edges.map((e) => ({
      ...e,
      classes: [...classList(e.classes).filter((c) => !c.startsWith('line-')), 'interim'],
    })),
  };
}

/** The first day of every quarter after `from` and before `to`, with both ends: the replay's stops. */
export function replayDates(from: string, to: string): string[] {
  const dates = [from];
  const [startYear = 0] = from.split('-').map(Number);
  const [endYear = 0] = to.split('-').map(Number);
  for (let year = startYear; year <= endYear; year++)
    for (const month of ['01', '04', '07', '10']) {
      const day = `${year}-${month}-01`;
      if (day > from && day < to) dates.push(day);
    }
  if (to > from) dates.push(to);
  return dates;
}
