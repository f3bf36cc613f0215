import type { NetworkInput, NetworkInputNode } from '../build-graph.ts';

/** The organisations an actor stands for: itself, or a person's organisations (`organisationIds`, `organisationId`). */
export function organisationsOf(node: NetworkInputNode | undefined): string[] {
  if (!node) return [];
  if (node.kind === 'organisation') return [node.id];
  if (Array.isArray(node.organisationIds) && node.organisationIds.length)
    return node.organisationIds.map(String);
  return typeof node.organisationId === 'string' ? [node.organisationId] : [];
}

export interface OrganisationTie {
  organisations: [string, string];
  /** ties between the two organisations or their people */
  ties: number;
  /** the distinct people carrying them, per side */
  people: [string[], string[]];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Every pair of different organisations joined by at least one tie, with the people who carry it. */
export function organisationTies(network: NetworkInput): Map<string, OrganisationTie> {
  const nodes = new Map(network.nodes.map((n) => [n.id, n]));
  const pairs = new Map<string, OrganisationTie & { sides: [Set<string>, Set<string>] }>();
  for (const e of network.edges) {
    const s = nodes.get(e.source);
    const t = nodes.get(e.target);
    for (const a of organisationsOf(s)) {
      for (const b of organisationsOf(t)) {
        if (a === b) continue;
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const key = pairKey(a, b);
        const entry = pairs.get(key) ?? {
          organisations: [lo, hi] as [string, string],
          ties: 0,
          people: [[], []] as [string[], string[]],
          sides: [new Set<string>(), new Set<string>()] as [Set<string>, Set<string>],
        };
        entry.ties++;
        const [loNode, hiNode] = a === lo ? [s, t] : [t, s];
        entry.sides[0].add(loNode?.kind === 'person' ? loNode.id : `org:${lo}`);
        entry.sides[1].add(hiNode?.kind === 'person' ? hiNode.id : `org:${hi}`);
        pairs.set(key, entry);
      }
    }
  }
  const out = new Map<string, OrganisationTie>();
  for (const [key, { sides, ...tie }] of pairs) {
    out.set(key, { ...tie, people: [[...sides[0]].sort(), [...sides[1]].sort()] });
  }
  return out;
}

export interface UnlinkedPair {
  organisations: [string, string];
}

/**
 * Pairs of organisations that both take part in an opgave while no tie joins them or any of their
 * people, in the (whole) network given.
 */
export function unlinkedCoParticipants(
  participantOrganisations: readonly string[],
  network: NetworkInput,
): UnlinkedPair[] {
  const ties = organisationTies(network);
  const orgs = [...new Set(participantOrganisations)].sort();
  const out: UnlinkedPair[] = [];
  for (let i = 0; i < orgs.length; i++) {
    for (let j = i + 1; j < orgs.length; j++) {
      const a = orgs[i]!;
      const b = orgs[j]!;
      if (!ties.has(pairKey(a, b))) out.push({ organisations: [a, b] });
    }
  }
  return out;
}

export interface SinglePersonTie {
  organisations: [string, string];
  /** the one person every tie between the two organisations runs through */
  person: string;
  ties: number;
}

/** Organisation pairs whose whole tie rests on one person: remove them and the organisations lose touch. */
export function singlePersonTies(network: NetworkInput): SinglePersonTie[] {
  const out: SinglePersonTie[] = [];
  for (const tie of organisationTies(network).values()) {
    const [left, right] = tie.people;
    const person =
      left.length === 1 && !left[0]!.startsWith('org:')
        ? left[0]
        : right.length === 1 && !right[0]!.startsWith('org:')
          ? right[0]
          : undefined;
    if (person) out.push({ organisations: tie.organisations, person, ties: tie.ties });
  }
  return out.sort((a, b) => a.organisations.join().localeCompare(b.organisations.join()));
}
