import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { prepareWebglCheck } from '../features/map/hardware-webgl.ts';
import { prepareLayoutWorker } from '../features/map/layout/spare-worker.ts';
import type { Route } from '../routing/route.ts';
import { layoutQuery } from './layouts.ts';
import { networkQuery } from './network.ts';
import { networkFilterParams } from './use-map-network.ts';

/**
 * Asks for the whole network's map data (the network and the positions kept for it) as soon as the
 * route names it, while the map screen's code is still loading: the map asks for the very same
 * queries and finds them on their way. Opgaven, organisation boxes and the raadsversie are left to
 * the map screen, which decides their level and key itself. For any map, the layout worker starts
 * and the drawing's WebGL is looked into meanwhile.
 */
export function usePrefetchMap(route: Route): void {
  const queryClient = useQueryClient();
  const view = route.screen === 'network' && !route.view.raad ? route.view : null;
  const params = view ? networkFilterParams(view) : null;
  const key = params ? JSON.stringify(params) : null;
  const level = view?.level ?? null;
  const grouped = view?.groupByOrganisation === true && view.level === 'person';
  const map = route.screen === 'network' || route.screen === 'opgave';
  useEffect(() => {
    if (!map) return;
    prepareLayoutWorker();
    prepareWebglCheck();
  }, [map]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `params`
  useEffect(() => {
    if (!params || !level) return;
    void queryClient.prefetchQuery(networkQuery(params));
    if (!grouped) void queryClient.prefetchQuery(layoutQuery({ opgaveId: null, level }));
  }, [queryClient, key, level, grouped]);
}
