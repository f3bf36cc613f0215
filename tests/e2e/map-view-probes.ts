import type { Page } from 'playwright-core';

/**
 * Probes of how a drawn map responds, shared by the browser tests of the moving picture
 * (`still-view.ts`) on maps of every size. Strings, not functions: the test transform may add
 * helpers that do not exist in the page.
 */

/** The CSS transform on Cytoscape's canvases: set while the picture is moved, '' once drawn anew. */
export const TRANSFORM = `document.querySelector('[data-testid="network-map"] canvas[data-id="layer2-node"]').parentElement.style.transform`;

/** How many times Cytoscape drew the map (a held frame draws nothing and emits no `render`). */
export const DRAWS = `(() => {
  if (window.__draws === undefined) { window.__draws = 0; window.cy.on('render', () => { window.__draws++; }); }
  return window.__draws;
})()`;

/** Alpha of a pixel of a canvas in the map (by CSS selector) at a point in map coordinates (numbers or page expressions). */
export const ALPHA = (selector: string, x: number | string, y: number | string) => `(() => {
  const canvas = document.querySelector('[data-testid="network-map"] ${selector}');
  if (!canvas) return -1;
  const ratio = canvas.width / canvas.getBoundingClientRect().width;
  return canvas.getContext('2d').getImageData(Math.round((${x}) * ratio), Math.round((${y}) * ratio), 1, 1).data[3];
})()`;

/**
 * Zooms in on the middle of the map by `factor`; answers the transform right after the zoom, the
 * transform two frames later (still set unless the view settled meanwhile) and the draws by then.
 */
export function zoomWhileMoving(
  page: Page,
  factor: number,
): Promise<{ transform: string; still: string; draws: number }> {
  return page.evaluate(`new Promise((resolve) => {
    const cy = window.cy;
    cy.zoom({ level: cy.zoom() * ${factor}, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    const transform = ${TRANSFORM};
    requestAnimationFrame(() => requestAnimationFrame(() => resolve({ transform, still: ${TRANSFORM}, draws: ${DRAWS} })));
  })`);
}
