import type { Analysis, Network } from '@regiekaart/model';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { MapView } from '../routing/route.ts';
import { analysisQuery, type NetworkFilterParams } from './analysis.ts';
import { networkQuery } from './network.ts';
import { opgaveNetworkQuery } from './opgaven.ts';

/** Today as YYYY-MM-DD in the user's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The view's level, date and filters as the network and analysis endpoints take them. The
 * raadsversie is always at organisation level and asks the server to redact (`view=raad`).
 */
export function networkFilterParams(view: MapView): NetworkFilterParams {
  return {
    level: view.raad ? 'organisation' : view.level,
    asOf: view.asOf ?? today(),
    ...(view.domains.length ? { domain: view.domains.join(',') } : {}),
    ...(view.linkKinds.length ? { kind: view.linkKinds.join(',') } : {}),
    ...(view.minStrength !== null ? { minStrength: view.minStrength } : {}),
    ...(view.organisations.length ? { organisation: view.organisations.join(',') } : {}),
    ...(view.raad ? { view: 'raad' as const } : {}),
    ...(view.raad && view.minPeople !== null ? { minPeople: view.minPeople } : {}),
  };
}

/**
 * The network of one opgave (with `hops` around it), or of everyone when `opgaveId` is null.
 * Without a chosen date the map shows today's network: ties and memberships that ended are left out.
 */
export function useMapNetwork(opgaveId: string | null, view: MapView): UseQueryResult<Network> {
  const params = networkFilterParams(view);
  const opgave = useQuery({
    ...opgaveNetworkQuery(opgaveId ?? '', { ...params, hops: view.hops }),
    enabled: opgaveId !== null,
  });
  const whole = useQuery({ ...networkQuery(params), enabled: opgaveId === null });
  return opgaveId === null ? whole : opgave;
}

/** Metrics and insights for the same network as `useMapNetwork`, recomputed when a filter changes. */
export function useMapAnalysis(
  opgaveId: string | null,
  view: MapView,
  { enabled = true }: { enabled?: boolean } = {},
): UseQueryResult<Analysis> {
  const params = networkFilterParams(view);
  return useQuery({
    ...analysisQuery(opgaveId, opgaveId === null ? params : { ...params, hops: view.hops }),
    enabled,
  });
}
