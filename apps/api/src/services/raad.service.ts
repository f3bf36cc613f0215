import type { Network, NetworkEdge, NetworkNode } from '@regiekaart/model';

/**
 * The council version of an organisation-level network: nothing that names or points at a
 * person. Organisations with fewer than `minPeople` people (but some) are folded per domain into
 * "Overig", so small numbers cannot identify anyone; ties are folded along; per-tie link ids
 * (traceable to people) are dropped. Redaction happens here, on the server, before anything is
 * sent or exported.
 */
export function toRaadsversie(
  network: Network,
  minPeople: number,
  domainLabels: Record<string, string>,
): Network {
  const foldedInto = new Map<string, string>();
  const overig = new Map<string, NetworkNode & { memberCount: number; opgaveCount: number }>();
  const nodes: NetworkNode[] = [];
  for (const node of network.nodes) {
    const members = node.memberCount ?? 0;
    if (node.kind !== 'organisation') continue;
    if (members > 0 && members < minPeople) {
      const domain = node.domain ?? 'onbekend';
      const id = `overig-${domain}`;
      foldedInto.set(node.id, id);
      const group = overig.get(id) ?? {
        id,
        label: `Overig ${(domainLabels[domain] ?? domain).toLowerCase()}`,
        kind: 'organisation' as const,
        domain: node.domain,
        type: 'overig',
        parentId: null,
        region: null,
        memberCount: 0,
        opgaveCount: 0,
        participant: false,
        roles: [],
      };
      group.memberCount += members;
      group.opgaveCount = Math.max(group.opgaveCount, node.opgaveCount ?? 0);
      group.participant = group.participant || node.participant === true;
      group.roles = [...new Set([...(group.roles ?? []), ...(node.roles ?? [])])].sort();
      if (node.hop !== undefined) group.hop = Math.min(group.hop ?? node.hop, node.hop);
      overig.set(id, group);
    } else {
      nodes.push({ ...node });
    }
  }
  const kept = new Set(nodes.map((n) => n.id));
  const target = (id: string) => foldedInto.get(id) ?? id;
  for (const node of nodes) if (node.parentId && !kept.has(node.parentId)) node.parentId = null;
  nodes.push(...overig.values());

  const edges = new Map<string, NetworkEdge>();
  for (const edge of network.edges) {
    const a = target(edge.source);
    const b = target(edge.target);
    if (a === b) continue;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const key = `${lo}--${hi}`;
    const existing = edges.get(key);
    const { linkIds: _dropped, ...rest } = edge;
    if (!existing) {
      edges.set(key, { ...rest, id: key, source: a, target: b });
      continue;
    }
    existing.count = (existing.count ?? 1) + (edge.count ?? 1);
    existing.strength = Math.max(existing.strength, edge.strength);
    existing.strengthSum = (existing.strengthSum ?? existing.strength) + (edge.strengthSum ?? edge.strength);
    existing.kinds = [
      ...new Set([...(existing.kinds ?? [existing.kind]), ...(edge.kinds ?? [edge.kind])]),
    ].sort();
    existing.directed = existing.directed && edge.directed && existing.source === a;
    if (!existing.directed && existing.source > existing.target) {
      [existing.source, existing.target] = [existing.target, existing.source];
    }
  }
  return {
    nodes,
    edges: [...edges.values()],
    meta: {
      ...(network.meta ?? { level: 'organisation', asOf: null, hops: null, opgaveId: null }),
      level: 'organisation',
      view: 'raad',
      folded: foldedInto.size,
    },
  };
}
