import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { ALPHA, DRAWS, TRANSFORM, zoomWhileMoving } from './map-view-probes.ts';
import { laidOut, SCREENSHOTS, startWorkbench, type Workbench } from './session.ts';

/**
 * The map a regisseur uses every day (the sample's whole network, 250 people, curved ties and
 * arrows) takes the same fast path as a large map: while the view moves the picture on screen is
 * moved, and a selection fades the rest under a veil without Cytoscape drawing every element again.
 * Speed is measured by the render bench, not here: these tests check the state and the pixels.
 */

// strings, not functions: the test transform may add helpers that do not exist in the page
/** The labels Cytoscape draws, on screen: of actors whose centre is in view. */
const SHOWN_LABELS = `(() => {
  const cy = window.cy;
  return cy.nodes().filter((n) => n.visible() && !n.isParent() && !n.hasClass('label-off') && String(n.data('label') || '') !== '')
    .filter((n) => { const p = n.renderedPosition(); return p.x >= 0 && p.x <= cy.width() && p.y >= 0 && p.y <= cy.height(); })
    .map((n) => {
      const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false });
      return { label: n.data('label'), x1: b.x1, x2: b.x2, h: b.h };
    })
    .filter((b) => Number.isFinite(b.x1) && b.h >= 4);
})()`;

async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate<string>(TRANSFORM), { timeout: 15_000 }).toBe('');
  await page.waitForTimeout(250);
}

describe.skipIf(skipBrowserTests())('the everyday map while its view moves, in Chromium', () => {
  let wb: Workbench;
  let page: Page;

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    await wb.open('#/netwerk');
    await wb.waitForMap('het hele netwerk', laidOut);
    await page.waitForTimeout(500);
  }, 120_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('moves the picture while zooming and draws it anew, with labels for the new zoom, once still', async () => {
    const nodes = await page.evaluate<number>('window.cy.nodes().length');
    expect(nodes).toBeGreaterThan(200);
    expect(nodes).toBeLessThan(600);
    const labelsBefore = await page.evaluate<number>(`window.cy.nodes().not('.label-off').length`);
    const before = await page.evaluate<number>(DRAWS);
    const moving = await zoomWhileMoving(page, 1.6);
    // the picture on screen is scaled along, and the next frames draw nothing (unless this machine is
    // so slow that the view had settled by then)
    expect(moving.transform).toMatch(/^matrix\(1\.6/);
    if (moving.still !== '') expect(moving.draws).toBe(before);
    await settled(page);
    expect(await page.evaluate<number>(DRAWS)).toBeGreaterThan(before);
    // closer in, more names fit, and Cytoscape draws them (no label layer on a map this size)
    const labelsAfter = await page.evaluate<number>(`window.cy.nodes().not('.label-off').length`);
    expect(labelsAfter).toBeGreaterThan(labelsBefore);
    const shown = await page.evaluate<{ label: string }[]>(SHOWN_LABELS);
    expect(shown.length).toBeGreaterThan(5);
    await wb.screenshot('map-everyday-zoomed-1440.png');
  }, 60_000);

  it('pans by moving the picture as well', async () => {
    const before = await page.evaluate<number>(DRAWS);
    const transform = await page.evaluate<string>(
      `(() => { window.cy.panBy({ x: 120, y: -80 }); return ${TRANSFORM}; })()`,
    );
    expect(transform).toBe('matrix(1, 0, 0, 1, 120, -80)');
    await settled(page);
    expect(await page.evaluate<number>(DRAWS)).toBeGreaterThan(before);
  }, 30_000);

  it('selects an actor: the rest fades under a veil, the neighbourhood is drawn over it, Cytoscape draws nothing', async () => {
    // a still map: Cytoscape has drawn what it had to (e.g. sharper pictures of the labels)
    let before = await page.evaluate<number>(DRAWS);
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(300);
      const now = await page.evaluate<number>(DRAWS);
      if (now === before) break;
      before = now;
    }
    // the tap, and the next two frames: Cytoscape draws nothing (the names are placed for the
    // selection a little later, which may draw; a machine this slow is not checked)
    const picked = await page.evaluate<{
      id: string;
      x: number;
      y: number;
      draws: number;
      relabelled: boolean;
    }>(`new Promise((resolve) => {
      const cy = window.cy;
      const inView = cy.nodes().filter((n) => { const p = n.renderedPosition(); return !n.data('group') && p.x > 80 && p.x < cy.width() - 80 && p.y > 80 && p.y < cy.height() - 80; });
      const node = inView.max((n) => n.degree()).ele;
      const named = cy.nodes('.label-off').map((n) => n.id()).join(' ');
      node.emit('tap');
      const check = () => requestAnimationFrame(() => requestAnimationFrame(() => {
        if (!node.selected()) return check();
        resolve({ id: node.id(), ...node.renderedPosition(), draws: ${DRAWS}, relabelled: cy.nodes('.label-off').map((n) => n.id()).join(' ') !== named });
      }));
      check();
    })`);
    const id = JSON.stringify(picked.id);
    if (!picked.relabelled) expect(picked.draws).toBe(before);
    expect(await page.evaluate<boolean>(`window.cy.getElementById(${id}).hasClass('highlighted')`)).toBe(
      true,
    );
    const emphasis = await page.evaluate<{
      neighbours: number;
      highlighted: number;
      faded: number;
      nodes: number;
    }>(`(() => {
      const cy = window.cy;
      const node = cy.getElementById(${id});
      return {
        neighbours: node.closedNeighborhood('node').length,
        highlighted: cy.nodes('.highlighted').length,
        faded: cy.nodes('.faded').length,
        nodes: cy.nodes().length,
      };
    })()`);
    expect(emphasis.highlighted).toBe(emphasis.neighbours);
    expect(emphasis.faded).toBe(emphasis.nodes - emphasis.highlighted);
    // the veil covers the map; the selected actor is drawn over it, fully opaque
    expect(await page.evaluate<number>(ALPHA('canvas.map-emphasis-veil', 3, 3))).toBeGreaterThan(150);
    expect(await page.evaluate<number>(ALPHA('canvas.map-emphasis-veil', picked.x, picked.y))).toBe(255);
    await wb.screenshot('map-everyday-selected-1440.png');
    // a move after the selection keeps the emphasis, drawn anew for the new view
    await page.evaluate(
      `void window.cy.zoom({ level: window.cy.zoom() * 1.3, renderedPosition: { x: window.cy.width() / 2, y: window.cy.height() / 2 } })`,
    );
    await settled(page);
    const at = await page.evaluate<{ x: number; y: number }>(
      `window.cy.getElementById(${id}).renderedPosition()`,
    );
    if (at.x > 0 && at.x < 1000 && at.y > 0 && at.y < 700)
      expect(await page.evaluate<number>(ALPHA('canvas.map-emphasis-veil', at.x, at.y))).toBe(255);
    expect(await page.evaluate<boolean>(`window.cy.getElementById(${id}).selected()`)).toBe(true);
    await expectAccessible(page, 'the everyday map with a selection');
    // the selection cleared: the veil goes
    // `void`: cy.emit returns the Cytoscape instance, which Playwright would spend seconds serialising
    await page.evaluate(`void window.cy.emit('tap')`);
    await expect.poll(() => page.evaluate<number>(ALPHA('canvas.map-emphasis-veil', 3, 3))).toBe(0);
    expect(await page.evaluate<number>(`window.cy.nodes('.faded').length`)).toBe(0);
  }, 60_000);

  it('keeps every name of an actor in view inside the map on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const panel = page.getByRole('button', { name: 'Paneel' });
    if ((await panel.count()) > 0 && (await panel.getAttribute('aria-expanded')) === 'true')
      await panel.click();
    await page.getByTestId('network-map').scrollIntoViewIfNeeded();
    for (const step of [1.4]) {
      await page.evaluate(
        `void window.cy.zoom({ level: window.cy.zoom() * ${step}, renderedPosition: { x: window.cy.width() / 2, y: window.cy.height() / 2 } })`,
      );
      await settled(page);
      const width = await page.evaluate<number>('window.cy.width()');
      const shown = await page.evaluate<{ label: string; x1: number; x2: number }[]>(SHOWN_LABELS);
      expect(shown.length).toBeGreaterThan(0);
      const cut = shown.filter((b) => b.x1 < -1 || b.x2 > width + 1).map((b) => b.label);
      expect(cut, 'names running off the side of the map').toEqual([]);
    }
    const id = await page.evaluate<string>(`(() => {
      const cy = window.cy;
      const inView = cy.nodes().filter((n) => { const p = n.renderedPosition(); return !n.data('group') && p.x > 30 && p.x < cy.width() - 30 && p.y > 30 && p.y < cy.height() - 30; });
      const node = inView.max((n) => n.degree()).ele;
      node.emit('tap');
      return node.id();
    })()`);
    await expect
      .poll(() => page.evaluate<boolean>(`window.cy.getElementById(${JSON.stringify(id)}).selected()`))
      .toBe(true);
    await page.waitForTimeout(400);
    await page
      .getByTestId('network-map')
      .screenshot({ path: join(SCREENSHOTS, 'map-everyday-selected-390.png') });
    expect(wb.scriptErrors).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 120_000);
});
