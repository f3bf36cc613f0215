import type { Page } from 'playwright-core';

/** Where a workbench screen puts its map and its side panel, measured in the page. */
export type WorkbenchLayout = {
  /** the map's visible share of the screen */
  mapShare: number;
  mapWidth: number;
  mapTop: number;
  mapBottom: number;
  mapHeight: number;
  sideTop: number;
  /** how far the page itself scrolls down (0 or less: not at all) */
  pageScroll: number;
  pageWidth: number;
  /** the side panel scrolls on its own */
  sideScrolls: boolean;
};

/** Measures the map (`map`, a CSS selector) and the side panel (`side`) of the screen on the page. */
export function workbenchLayout(
  page: Page,
  selectors: { map: string; side: string },
): Promise<WorkbenchLayout> {
  // a string, not a function: the test transform may add helpers that do not exist in the page
  return page.evaluate<WorkbenchLayout>(`(() => {
    const map = document.querySelector(${JSON.stringify(selectors.map)}).getBoundingClientRect();
    const side = document.querySelector(${JSON.stringify(selectors.side)});
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const w = Math.max(0, Math.min(map.right, vw) - Math.max(map.left, 0));
    const h = Math.max(0, Math.min(map.bottom, vh) - Math.max(map.top, 0));
    return {
      mapShare: (w * h) / (vw * vh),
      mapWidth: map.width,
      mapTop: map.top,
      mapBottom: map.bottom,
      mapHeight: map.height,
      sideTop: side.getBoundingClientRect().top,
      pageScroll: document.documentElement.scrollHeight - vh,
      pageWidth: document.documentElement.scrollWidth,
      sideScrolls: getComputedStyle(side).overflowY === 'auto' && side.scrollHeight > side.clientHeight,
    };
  })()`);
}
