import type { Network, Organisation } from '@regiekaart/model';

export type RankedCandidate = {
  organisation: Organisation;
  /** in the opgave's own region */
  sameRegion: boolean;
  /** participants on the map that the organisation (or one of its people) is tied to already */
  tiedParticipants: number;
};

/**
 * The organisations that could fill a missing role, best first: those in the opgave's region, then
 * those already working with more of its participants (on the map shown: at organisation level the
 * organisation's own ties, at person level its people's), then by name.
 */
export function rankCandidates(
  candidates: readonly Organisation[],
  { region, network }: { region: string | null; network: Network },
): RankedCandidate[] {
  const byId = new Map(network.nodes.map((node) => [node.id, node]));
  const organisationsOf = (id: string): readonly string[] => {
    const node = byId.get(id);
    if (!node) return [];
    if (node.kind === 'organisation') return [node.id];
    return node.organisationIds ?? (node.organisationId ? [node.organisationId] : []);
  };
  const tied = new Map<string, Set<string>>();
  const tie = (participant: string, other: string) => {
    if (byId.get(other)?.participant === true) return;
    for (const organisation of organisationsOf(other)) {
      (tied.get(organisation) ?? tied.set(organisation, new Set()).get(organisation)!).add(participant);
    }
  };
  for (const edge of network.edges) {
    if (byId.get(edge.source)?.participant === true) tie(edge.source, edge.target);
    if (byId.get(edge.target)?.participant === true) tie(edge.target, edge.source);
  }
  const norm = (text: string | null | undefined) => text?.trim().toLocaleLowerCase('nl') ?? '';
  const home = norm(region);
  return candidates
    .map((organisation) => ({
      organisation,
      sameRegion: home !== '' && norm(organisation.region) === home,
      tiedParticipants: tied.get(organisation.id)?.size ?? 0,
    }))
    .sort(
      (x, y) =>
        Number(y.sameRegion) - Number(x.sameRegion) ||
        y.tiedParticipants - x.tiedParticipants ||
        x.organisation.name.localeCompare(y.organisation.name, 'nl'),
    );
}
