/**
 * Page script that runs an action on the map (`cy` is `window.cy`) and resolves with the ms until
 * the next two frames are painted once `done` (a page expression) holds. `setup` runs before the
 * clock starts (e.g. picking the node to tap). A string, not a function: tsx may add helpers that
 * do not exist in the page.
 */
export const timedInPage = (action: string, done = 'true', setup = '') => `new Promise((resolve) => {
  const cy = window.cy;
  ${setup};
  const start = performance.now();
  ${action};
  const check = () => requestAnimationFrame(() => requestAnimationFrame(() => {
    if (${done}) resolve(performance.now() - start); else check();
  }));
  check();
})`;
