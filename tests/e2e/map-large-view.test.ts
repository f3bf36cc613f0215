import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedDataset } from '../bench/generated-network.ts';
import { skipBrowserTests } from './browser.ts';
import { ALPHA, DRAWS, TRANSFORM, zoomWhileMoving } from './map-view-probes.ts';
import { SCREENSHOTS, startWorkbench, type Workbench } from './session.ts';

describe.skipIf(skipBrowserTests())('a large map while its view moves, in Chromium', () => {
  let wb: Workbench;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    wb = await startWorkbench({ dataset: generatedDataset(2_000, 100) });
    page = wb.page;
    page.on('pageerror', (error) => errors.push(error.message));
    await wb.open('#/netwerk');
    await wb.waitForMap('een kaart van 2.000 mensen', (map) => map.nodes > 0);
    await page.waitForTimeout(500);
  }, 180_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('moves the picture while zooming and draws it anew, with its labels, once still', async () => {
    await page.screenshot({ path: join(SCREENSHOTS, 'map-large-2000-still.png') });
    const before = await page.evaluate<number>(DRAWS);
    // zoomed in on the middle: the picture on screen is moved and scaled, and the next frame draws
    // nothing (unless this machine is so slow that the view had settled by then)
    const moving = await zoomWhileMoving(page, 1.6);
    expect(moving.transform).toMatch(/^matrix\(1\.6/);
    if (moving.still !== '') expect(moving.draws).toBe(before);
    // what one sees while the view keeps moving (a slow pan keeps it from settling): a moved picture,
    // at the zoom above, or at the zoom it settled on if this machine was slow to start the pan
    await page.evaluate(`window.__panning = setInterval(() => window.cy.panBy({ x: 1, y: 0 }), 40)`);
    try {
      await page.screenshot({ path: join(SCREENSHOTS, 'map-large-2000-zooming.png') });
      expect(await page.evaluate<string>(TRANSFORM)).toMatch(/^matrix\(1(\.6\d*)?, 0, 0, 1(\.6\d*)?, /);
    } finally {
      await page.evaluate('clearInterval(window.__panning)');
    }
    // still: drawn at the new zoom, in place, with labels for it
    await expect.poll(() => page.evaluate<string>(TRANSFORM), { timeout: 5_000 }).toBe('');
    expect(await page.evaluate<number>(DRAWS)).toBeGreaterThan(before);
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(SCREENSHOTS, 'map-large-2000-zoomed.png') });
    const node = await page.evaluate<{ x: number; y: number; id: string }>(`(() => {
      const cy = window.cy;
      const inView = cy.nodes().filter((n) => { const p = n.renderedPosition(); return !n.data('group') && p.x > 100 && p.x < cy.width() - 100 && p.y > 100 && p.y < cy.height() - 100; });
      const n = inView.max((n) => Number(n.data('size'))).ele;
      return { ...n.renderedPosition(), id: n.id() };
    })()`);
    expect(
      await page.evaluate<number>(ALPHA('canvas[data-id="layer2-node"]', `${node.x}`, `${node.y}`)),
    ).toBe(255);
    // the names that show are marked, drawn on the label layer under their node, not by Cytoscape
    const named = await page.evaluate<{ count: number; x: number; y: number; label: string }>(`(() => {
      const cy = window.cy;
      const shown = cy.nodes().filter((n) => !n.data('group') && !n.hasClass('label-off') && n.data('label'));
      const n = shown.filter((n) => { const p = n.renderedPosition(); return p.x > 100 && p.x < cy.width() - 100 && p.y > 100 && p.y < cy.height() - 100; })[0];
      const p = n.renderedPosition();
      return { count: shown.length, x: p.x, y: p.y + n.renderedOuterHeight() / 2 + 6, label: n.style('label') };
    })()`);
    expect(named.count).toBeGreaterThan(5);
    expect(named.label).toBe('');
    // somewhere across the label's middle line there is text
    const inked = await page.evaluate<number>(`(() => {
      const canvas = document.querySelector('[data-testid="network-map"] canvas.map-labels');
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const row = canvas.getContext('2d').getImageData(Math.round((${named.x} - 20) * ratio), Math.round(${named.y} * ratio), Math.round(40 * ratio), 1).data;
      let inked = 0;
      for (let i = 3; i < row.length; i += 4) if (row[i] > 0) inked++;
      return inked;
    })()`);
    expect(inked).toBeGreaterThan(0);
  }, 60_000);

  it('shows a hovered name without Cytoscape drawing the map again', async () => {
    const hidden = await page.evaluate<{ x: number; y: number } | null>(`(() => {
      const cy = window.cy;
      const box = cy.container().getBoundingClientRect();
      const n = cy.nodes('.label-off').filter((n) => { const p = n.renderedPosition(); return p.x > 100 && p.x < cy.width() - 100 && p.y > 100 && p.y < cy.height() - 100; })[0];
      if (!n) return null;
      const p = n.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y, below: p.y + n.renderedOuterHeight() / 2 + 6, mx: p.x };
    })()`);
    expect(hidden).not.toBeNull();
    if (!hidden) return;
    const { below, mx } = hidden as unknown as { below: number; mx: number };
    const before = await page.evaluate<number>(ALPHA('canvas.map-labels', `${mx}`, `${below}`));
    await page.mouse.move(hidden.x, hidden.y);
    await expect.poll(() => page.evaluate<number>(ALPHA('canvas.map-labels', `${mx}`, `${below}`))).toBe(255);
    expect(before).toBeLessThan(255);
    await page.screenshot({ path: join(SCREENSHOTS, 'map-large-2000-hover.png') });
    // the pointer leaves the map: the name goes again
    await page.mouse.move(5, 5);
    await expect
      .poll(() => page.evaluate<number>(ALPHA('canvas.map-labels', `${mx}`, `${below}`)))
      .toBe(before);
  }, 30_000);

  it('selects an actor after a zoom and shows its neighbourhood', async () => {
    const picked = await page.evaluate<string>(`(() => {
      const cy = window.cy;
      cy.zoom({ level: cy.zoom() / 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      const node = cy.nodes().filter((n) => !n.data('group')).max((n) => n.degree()).ele;
      node.emit('tap');
      return node.id();
    })()`);
    await expect
      .poll(() =>
        page.evaluate<boolean>(
          `window.cy.getElementById(${JSON.stringify(picked)}).hasClass('highlighted') && window.cy.getElementById(${JSON.stringify(picked)}).selected()`,
        ),
      )
      .toBe(true);
    await expect.poll(() => page.evaluate<string>(TRANSFORM), { timeout: 5_000 }).toBe('');
    await page.waitForTimeout(200);
    const ring = await page.evaluate<{ neighbours: number; marked: number; alpha: number }>(`(() => {
      const node = window.cy.getElementById(${JSON.stringify(picked)});
      const canvases = document.querySelectorAll('[data-testid="network-map"] canvas.map-emphasis');
      const canvas = canvases[canvases.length - 1];
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const at = node.renderedPosition();
      const x = Math.round((at.x + (Number(node.data('size')) * window.cy.zoom()) / 2 + 5) * ratio);
      return {
        neighbours: node.neighborhood('node').length,
        marked: node.neighborhood('node.highlighted').length,
        alpha: canvas.getContext('2d').getImageData(x, Math.round(at.y * ratio), 1, 1).data[3],
      };
    })()`);
    expect(ring.neighbours).toBeGreaterThan(0);
    expect(ring.marked).toBe(ring.neighbours);
    expect(ring.alpha).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'map-large-2000-selected.png') });

    // another actor selected on a still map: the emphasis moves, Cytoscape's picture stays as it was
    const before = await page.evaluate<number>(DRAWS);
    const next = await page.evaluate<string>(`(() => {
      const node = window.cy.getElementById(${JSON.stringify(picked)}).neighborhood('node')[0];
      node.emit('tap');
      return node.id();
    })()`);
    await expect
      .poll(() => page.evaluate<boolean>(`window.cy.getElementById(${JSON.stringify(next)}).selected()`))
      .toBe(true);
    await page.evaluate(
      'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
    );
    expect(await page.evaluate<number>(DRAWS)).toBe(before);
    expect(
      await page.evaluate<boolean>(
        `window.cy.getElementById(${JSON.stringify(picked)}).hasClass('highlighted') && !window.cy.getElementById(${JSON.stringify(picked)}).selected()`,
      ),
    ).toBe(true);
    // the drawing changes again as soon as something on it does
    await page.evaluate(`void window.cy.getElementById(${JSON.stringify(next)}).data('size', 40)`);
    await expect.poll(() => page.evaluate<number>(DRAWS)).toBeGreaterThan(before);
  }, 30_000);

  it('exports an image with the labels Cytoscape draws, and keeps its own layer afterwards', async () => {
    const exported = await page.evaluate<{
      size: number;
      uri: string;
      label: string;
      shown: number;
    }>(`(() => {
      const cy = window.cy;
      const uri = cy.png({ full: true, maxWidth: 1200, maxHeight: 1200 });
      const actor = cy.nodes().filter((n) => !n.data('group'))[0];
      return { size: uri.length, uri, label: actor.style('label'), shown: cy.nodes().filter((n) => !n.hasClass('label-off')).length };
    })()`);
    writeFileSync(
      join(SCREENSHOTS, 'map-large-2000-export.png'),
      Buffer.from(exported.uri.replace(/^data:image\/png;base64,/, ''), 'base64'),
    );
    expect(exported.size).toBeGreaterThan(10_000);
    expect(exported.label).toBe('');
    expect(exported.shown).toBeGreaterThan(5);
    expect(errors).toEqual([]);
  }, 30_000);

  it('draws the same way on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    // the side panel, open on the desktop, folds away to show the map
    const panel = page.getByRole('button', { name: 'Paneel' });
    if ((await panel.getAttribute('aria-expanded')) === 'true') await panel.click();
    await page.getByTestId('network-map').scrollIntoViewIfNeeded();
    await page.evaluate(
      `void window.cy.zoom({ level: window.cy.zoom() * 1.3, renderedPosition: { x: window.cy.width() / 2, y: window.cy.height() / 2 } })`,
    );
    await expect.poll(() => page.evaluate<string>(TRANSFORM), { timeout: 5_000 }).toBe('');
    await page.waitForTimeout(200);
    expect(
      await page.evaluate<number>(
        `window.cy.nodes().filter((n) => !n.data('group') && !n.hasClass('label-off')).length`,
      ),
    ).toBeGreaterThan(0);
    await page.getByTestId('network-map').screenshot({ path: join(SCREENSHOTS, 'map-large-2000-phone.png') });
    expect(errors).toEqual([]);
  }, 30_000);
});
