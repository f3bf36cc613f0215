import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatRoute, parseRoute, type Route } from './route.ts';

const REPLACED = 'regiekaart:route-replaced';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(REPLACED, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(REPLACED, onChange);
  };
}

const currentHash = () => window.location.hash;

export type Navigate = (route: Route, options?: { replace?: boolean }) => void;

/**
 * Hash routing: the API serves one index.html, so the route lives after `#`.
 * `replace` is for view tweaks (level, date) that should not fill the back button.
 */
export function useRoute(): [Route, Navigate] {
  const hash = useSyncExternalStore(subscribe, currentHash);
  const navigate = useCallback<Navigate>((route, options) => {
    const target = formatRoute(route);
    if (options?.replace) {
      window.history.replaceState(window.history.state, '', target);
      window.dispatchEvent(new Event(REPLACED));
    } else {
      window.location.hash = target;
    }
  }, []);
  const route = useMemo(() => parseRoute(hash), [hash]);
  return [route, navigate];
}
