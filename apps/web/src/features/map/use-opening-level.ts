import type { Network, NetworkLevel } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { opgaveNetworkQuery } from '../../api/opgaven.ts';
import { networkFilterParams } from '../../api/use-map-network.ts';
import { type MapView, openingLevel } from '../../routing/route.ts';

export type OpeningLevel = {
  /** the view with the level the map opens at */
  view: MapView;
  /** true while the size of the opgave's person map is being read */
  deciding: boolean;
  /** the people of the person map, when its size made the map open at organisation level */
  largeMapPeople: number | null;
};

type Decision = { level: NetworkLevel; people: number | null };

const peopleIn = (network: Network) => network.nodes.filter((n) => n.kind === 'person').length;

/**
 * The level an opgave's map opens at when the URL names none: the person map's network (the one the
 * map would load anyway) is counted, and a large one opens at organisation level (`openingLevel`).
 * Decided once per opgave screen, so a filter that shrinks the map does not make it jump between
 * levels; a level in the URL, the whole network and the raadsversie are left as they are.
 */
export function useOpeningLevel(opgaveId: string | null, view: MapView): OpeningLevel {
  const asks = opgaveId !== null && view.autoLevel && !view.raad;
  const [decided, setDecided] = useState<Decision | null>(null);
  const personView: MapView = { ...view, level: 'person' };
  const people = useQuery({
    ...opgaveNetworkQuery(opgaveId ?? '', { ...networkFilterParams(personView), hops: view.hops }),
    enabled: asks && decided === null,
  });
  // a map kept from another level or date while this one loads says nothing about its size
  const data = people.isPlaceholderData ? undefined : people.data;
  const fresh = useMemo<Decision | null>(() => {
    if (data) {
      const count = peopleIn(data);
      return { level: openingLevel(count), people: count };
    }
    // the map shows the error itself; it opens as it always did
    return people.error ? { level: 'person', people: null } : null;
  }, [data, people.error]);
  useEffect(() => {
    if (asks && decided === null && fresh) setDecided(fresh);
  }, [asks, decided, fresh]);

  const decision = decided ?? fresh;
  return useMemo(() => {
    if (!asks) return { view, deciding: false, largeMapPeople: null };
    if (!decision) return { view, deciding: true, largeMapPeople: null };
    return {
      view: { ...view, level: decision.level },
      deciding: false,
      largeMapPeople: decision.level === 'organisation' ? decision.people : null,
    };
  }, [asks, decision, view]);
}
