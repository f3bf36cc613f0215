import type { Network } from '@regiekaart/model';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { MapView } from '../routing/route.ts';
import { networkQuery } from './network.ts';
import { opgaveNetworkQuery } from './opgaven.ts';

/** Today as YYYY-MM-DD in the user's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The network of one opgave (with `hops` around it), or of everyone when `opgaveId` is null.
 * Without a chosen date the map shows today's network: ties and memberships that ended are left out.
 */
export function useMapNetwork(opgaveId: string | null, view: MapView): UseQueryResult<Network> {
  const asOf = view.asOf ?? today();
  const opgave = useQuery({
    ...opgaveNetworkQuery(opgaveId ?? '', { level: view.level, hops: view.hops, asOf }),
    enabled: opgaveId !== null,
  });
  const whole = useQuery({ ...networkQuery({ level: view.level, asOf }), enabled: opgaveId === null });
  return opgaveId === null ? whole : opgave;
}
