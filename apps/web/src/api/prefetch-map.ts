import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { prepareWebglCheck } from '../features/map/hardware-webgl.ts';
import { firstLayoutRequest } from '../features/map/layout/layout-request.ts';
import { computeAhead, mayComputeAhead, prepareLayoutWorker } from '../features/map/layout/spare-worker.ts';
import type { Route } from '../routing/route.ts';
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
  const key = mapRequestKey(route);
  const map = route.screen === 'network' || route.screen === 'opgave';
  useEffect(() => {
    if (!map) return;
    prepareLayoutWorker();
    prepareWebglCheck();
  }, [map]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the route's map request
  useEffect(() => {
    prefetchMap(queryClient, route);
  }, [queryClient, key]);
}

/** What `prefetchMap` asks for on this route, as one string (null: nothing). */
function mapRequestKey(route: Route): string | null {
  const view = route.screen === 'network' && !route.view.raad ? route.view : null;
  if (!view) return null;
  const grouped = view.groupByOrganisation === true && view.level === 'person';
  const plain = view.focus === null && view.sizeBy === null;
  return JSON.stringify([networkFilterParams(view), grouped, plain]);
}

/**
 * Asks for the whole network's map data on this route (see `usePrefetchMap`). The app shell calls it
 * as the page loads, as soon as the session is known, before React has drawn anything (main.tsx).
 */
export function prefetchMap(queryClient: QueryClient, route: Route): void {
  const view = route.screen === 'network' && !route.view.raad ? route.view : null;
  if (!view) return;
  const params = networkFilterParams(view);
  const level = view.level;
  const grouped = view.groupByOrganisation === true && view.level === 'person';
  // drawn as the network comes: no actor in focus, no sizes by a metric
  const plain = view.focus === null && view.sizeBy === null;
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
