import type { Network } from '@regiekaart/model';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { MapView } from '../routing/route.ts';
import { networkQuery } from './network.ts';
import { opgaveNetworkQuery } from './opgaven.ts';

/** The network of one opgave (with `hops` around it), or of everyone when `opgaveId` is null. */
export function useMapNetwork(opgaveId: string | null, view: MapView): UseQueryResult<Network> {
  const asOf = view.asOf ?? undefined;
  const opgave = useQuery({
    ...opgaveNetworkQuery(opgaveId ?? '', { level: view.level, hops: view.hops, asOf }),
    enabled: opgaveId !== null,
  });
  const whole = useQuery({ ...networkQuery({ level: view.level, asOf }), enabled: opgaveId === null });
  return opgaveId === null ? whole : opgave;
}
