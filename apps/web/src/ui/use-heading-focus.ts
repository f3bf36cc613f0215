import { useEffect, useRef } from 'react';

let firstScreen = true;

/**
 * Moves focus to a screen's heading when the user navigates to it, so screen-reader users
 * hear where they are. Not on the first page load: there the browser's own focus is right.
 */
export function useHeadingFocus<T extends HTMLElement>(screenKey: string) {
  const ref = useRef<T>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again only when the screen changes
  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    ref.current?.focus();
  }, [screenKey]);
  return ref;
}
