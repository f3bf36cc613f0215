import { type ComponentType, useEffect, useState } from 'react';
import { t } from '../i18n/catalogue.ts';
import { ErrorMessage } from '../ui/ErrorMessage.tsx';
import { LiveStatus } from '../ui/LiveStatus.tsx';

/**
 * A screen's code, loaded apart from the app shell (Cytoscape is the bulk of the bundle). It can be
 * asked for ahead (main.tsx asks for the map's while the session is being checked) and, once here, is
 * rendered at once. Not through React's `lazy` and Suspense: React holds back content that replaces a
 * Suspense fallback until 300 ms after that fallback appeared, and a map whose data had already come
 * waited for it (up to 150 ms of a first open).
 */
export type ScreenCode<P> = {
  /** asks for the code (once; again after a failure) */
  load: () => Promise<ComponentType<P>>;
  /** the screen's component, once its code is here */
  current: () => ComponentType<P> | null;
};

export function screenCode<P>(load: () => Promise<ComponentType<P>>): ScreenCode<P> {
  let component: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return {
    load: () => {
      if (!loading) {
        const started = load().then((loaded) => {
          component = loaded;
          return loaded;
        });
        // a failed load (e.g. a new version replaced the files) may be tried again
        started.catch(() => {
          if (loading === started) loading = null;
        });
        loading = started;
      }
      return loading;
    },
    current: () => component,
  };
}

type Props<P> = { code: ScreenCode<P>; loading: string; props: P };

/** Renders a screen once its code is here: a status while it loads, an error with a retry if it fails. */
export function LoadedScreen<P extends object>({ code, loading, props }: Props<P>) {
  const Screen = code.current();
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [, setLoaded] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` asks again after a failure
  useEffect(() => {
    if (Screen) return;
    let live = true;
    code.load().then(
      () => live && setLoaded((n) => n + 1),
      (error: unknown) => live && setFailure({ error }),
    );
    return () => {
      live = false;
    };
  }, [code, Screen, attempt]);
  if (Screen) return <Screen {...props} />;
  if (failure) {
    return (
      <ErrorMessage
        error={failure.error}
        text={t.errors.screenCode}
        onRetry={() => {
          setFailure(null);
          setAttempt((n) => n + 1);
        }}
      />
    );
  }
  return <LiveStatus message={loading} />;
}
