import type { Network, NetworkLevel, ViewMode } from '@regiekaart/model';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { changeQuery } from '../../api/change.ts';
import { networkQuery } from '../../api/network.ts';
import { opgaveNetworkQuery } from '../../api/opgaven.ts';

export type ChangeRequest = {
  from: string;
  to: string;
  level: NetworkLevel;
  view: ViewMode;
  opgaveId: string | null;
};

const viewParam = (request: ChangeRequest) => (request.view === 'raad' ? ('raad' as const) : undefined);

function wholeNetworkAt(request: ChangeRequest, asOf: string) {
  return networkQuery({ level: request.level, asOf, view: viewParam(request) });
}

function opgaveNetworkAt(request: ChangeRequest, asOf: string) {
  return opgaveNetworkQuery(request.opgaveId ?? '', {
    level: request.level,
    hops: 1,
    asOf,
    view: viewParam(request),
  });
}

/** The change answer's query for a request. */
export function changeRequestQuery(request: ChangeRequest) {
  return changeQuery({
    from: request.from,
    to: request.to,
    level: request.level,
    view: viewParam(request),
    opgaveId: request.opgaveId ?? undefined,
  });
}

/** Fetches the network on one day as the change answer reads it (the whole network, or an opgave and one step out). */
export function fetchNetworkAt(client: QueryClient, request: ChangeRequest, asOf: string): Promise<Network> {
  return request.opgaveId === null
    ? client.fetchQuery(wholeNetworkAt(request, asOf))
    : client.fetchQuery(opgaveNetworkAt(request, asOf));
}

type Placeholder = 'none' | 'same-view';

/**
 * The network on one day, as the change answer reads it (an opgave: its participants and one step
 * out). `same-view` keeps the previous day on screen while the next loads, but only one of the same
 * view: the working view's names must never linger under the raadsversie.
 */
function useNetworkAt(request: ChangeRequest, asOf: string, enabled: boolean, placeholder: Placeholder) {
  const keep = (previous: Network | undefined, query: { queryKey: readonly unknown[] } | undefined) => {
    if (placeholder === 'none' || !query) return undefined;
    const params = query.queryKey.at(-1) as { view?: string } | undefined;
    return (params?.view ?? 'werk') === request.view ? previous : undefined;
  };
  const whole = useQuery({
    ...wholeNetworkAt(request, asOf),
    placeholderData: keep,
    enabled: enabled && request.opgaveId === null,
  });
  const opgave = useQuery({
    ...opgaveNetworkAt(request, asOf),
    placeholderData: keep,
    enabled: enabled && request.opgaveId !== null,
  });
  return request.opgaveId === null ? whole : opgave;
}

/** The change answer and the networks on both dates; nothing from an earlier request meanwhile. */
export function useChangeData(request: ChangeRequest, enabled: boolean) {
  const change = useQuery({
    ...changeRequestQuery(request),
    placeholderData: undefined,
    enabled,
  });
  const before = useNetworkAt(request, request.from, enabled, 'none');
  const after = useNetworkAt(request, request.to, enabled, 'none');
  return { change, before, after };
}

/** The network on the replay's day (null: no replay), and whether that day itself has loaded. Prefetches the next day. */
export function useReplayMoment(
  request: ChangeRequest,
  date: string | null,
  next: string | null,
): { network: Network | null; loaded: boolean } {
  const queryClient = useQueryClient();
  const moment = useNetworkAt(request, date ?? request.to, date !== null, 'same-view');
  useEffect(() => {
    if (!next) return;
    if (request.opgaveId === null) void queryClient.prefetchQuery(wholeNetworkAt(request, next));
    else void queryClient.prefetchQuery(opgaveNetworkAt(request, next));
  }, [queryClient, request, next]);
  if (date === null || !moment.data) return { network: null, loaded: false };
  return { network: moment.data, loaded: !moment.isPlaceholderData };
}
