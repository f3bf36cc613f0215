import type { View } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { viewQuery } from '../../api/entities.ts';
import { hashPath, hashQuery, queryFromView, useHash, VIEW_PARAM } from './view-route.ts';

export type SavedViewState = {
  viewId: string | null;
  view: View | undefined;
  error: unknown;
  /** the saved positions to lay out with, once the view belongs to this map */
  positions: View['positions'] | null;
};

/**
 * The saved view named in the URL (`?view=<id>`). When the URL lacks the view's filters (a bare
 * `?view=` link), the route is completed from the view, which loads the right network. Not `enabled`
 * (the raadsversie): nothing is loaded, since a view keeps positions per person.
 */
export function useSavedView(opgaveId: string | null, enabled = true): SavedViewState {
  const hash = useHash();
  const viewId = enabled ? hashQuery(hash).get(VIEW_PARAM) : null;
  const view = useQuery({ ...viewQuery(viewId ?? ''), enabled: viewId !== null });
  const data = view.data;
  const belongs = data !== undefined && (data.opgaveId ?? null) === opgaveId;

  useEffect(() => {
    if (!data || !belongs) return;
    const current = hashQuery(window.location.hash);
    const wanted = queryFromView(data);
    const complete = [...wanted].every(([key, value]) => current.get(key) === value);
    if (complete) return;
    for (const [key, value] of current) if (!wanted.has(key)) wanted.set(key, value);
    window.history.replaceState(window.history.state, '', `${hashPath(window.location.hash)}?${wanted}`);
    window.dispatchEvent(new Event('regiekaart:route-replaced'));
  }, [data, belongs]);

  const positions = useMemo(() => (belongs && data ? data.positions : null), [belongs, data]);
  return { viewId, view: data, error: view.error, positions };
}
