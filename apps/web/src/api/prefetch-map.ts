import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { prepareWebglCheck } from '../features/map/hardware-webgl.ts';
import { firstLayoutRequest } from '../features/map/layout/layout-request.ts';
import { computeAhead, mayComputeAhead, prepareLayoutWorker } from '../features/map/layout/spare-worker.ts';
import type { MapView, Route } from '../routing/route.ts';
import { layoutQuery } from './layouts.ts';
import { networkQuery } from './network.ts';
import { networkFilterParams } from './use-map-network.ts';

/**
 * Asks for the whole network's map data (the network and the positions kept for it) as soon as the
 * route names it, while the map screen's code is still loading: the map asks for the very same
 * queries and finds them on their way. Opgaven, organisation boxes and the raadsversie are left to
 * the map screen, which decides their level and key itself. A network without kept positions gets
 * its first layout started as soon as its data is here (the map takes it if it asks for the very
 * same). For any map, the layout worker starts and the drawing's WebGL is looked into meanwhile.
 */
export function usePrefetchMap(route: Route): void {
  const queryClient = useQueryClient();
  const request = mapRequest(route);
  const key = request ? JSON.stringify(request) : null;
  const map = route.screen === 'network' || route.screen === 'opgave';
  useEffect(() => {
    if (!map) return;
    prepareLayoutWorker();
    prepareWebglCheck();
  }, [map]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `request`
  useEffect(() => {
    if (request) prefetch(queryClient, request);
  }, [queryClient, key]);
}

type MapRequest = {
  params: ReturnType<typeof networkFilterParams>;
  level: MapView['level'];
  grouped: boolean;
  /** drawn as the network comes: no actor in focus, no sizes by a metric */
  plain: boolean;
};

/** What the route's map asks for, if it is the whole network outside the raadsversie. */
function mapRequest(route: Route): MapRequest | null {
  const view = route.screen === 'network' && !route.view.raad ? route.view : null;
  if (!view) return null;
  return {
    params: networkFilterParams(view),
    level: view.level,
    grouped: view.groupByOrganisation === true && view.level === 'person',
    plain: view.focus === null && view.sizeBy === null,
  };
}

/**
 * Asks for the whole network's map data on this route (see `usePrefetchMap`). The app shell calls it
 * as the page loads, as soon as the session is known, before React has drawn anything (main.tsx).
 */
export function prefetchMap(queryClient: QueryClient, route: Route): void {
  const request = mapRequest(route);
  if (request) prefetch(queryClient, request);
}

function prefetch(queryClient: QueryClient, { params, level, grouped, plain }: MapRequest): void {
  const network = queryClient.fetchQuery(networkQuery(params));
  if (grouped) {
    void network.catch(() => undefined);
    return;
  }
  const kept = queryClient.fetchQuery(layoutQuery({ opgaveId: null, level }));
  // a map opened for the first time: its layout starts as soon as its data is here
  void Promise.all([network, kept])
    .then(([data, layout]) => {
      if (!plain || Object.keys(layout.positions).length > 0) return;
      if (data.nodes.length === 0 || !mayComputeAhead()) return;
      computeAhead(firstLayoutRequest(data));
    })
    .catch(() => undefined);
}
