import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

type OpgavenList = { items: { id: string; name: string; kind: string; status: string }[] };

/** The map's visible share of the first screen and how far the page itself scrolls. */
type Fit = { mapShare: number; mapTop: number; mapWidth: number; scrollHeight: number; viewport: number };
const MEASURE_FIT = `(() => {
  const canvas = document.querySelector('[data-testid="network-map"]');
  const r = canvas.getBoundingClientRect();
  const w = window.innerWidth, h = window.innerHeight;
  const visible = Math.max(0, Math.min(r.right, w) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, h) - Math.max(r.top, 0));
  return { mapShare: visible / (w * h), mapTop: r.top, mapWidth: r.width,
    scrollHeight: document.documentElement.scrollHeight, viewport: h };
})()`;

async function firstOpgave(wb: Workbench): Promise<string> {
  const response = await wb.api('/api/opgaven?kind=opgave');
  const list = (await response.json()) as OpgavenList;
  const opgave = list.items.find((o) => o.status !== 'afgesloten') ?? list.items[0];
  if (!opgave) throw new Error('e2e: the sample has no opgave');
  return opgave.id;
}

describe.skipIf(skipBrowserTests())('the map is the screen', () => {
  let wb: Workbench;
  let page: Page;
  let opgaveId: string;

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    opgaveId = await firstOpgave(wb);
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('fills at least 60% of a 1440x900 screen with the opgave map, and the page does not scroll', async () => {
    await wb.open(`#/opgaven/${opgaveId}`);
    await wb.waitForMap('the opgave', (m) => m.nodes > 0 && laidOut(m));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/werkbank-opgave-1440x900.png` });
    const fit = await page.evaluate<Fit>(MEASURE_FIT);
    console.info(
      `map share at 1440x900: ${(fit.mapShare * 100).toFixed(1)}%, top ${fit.mapTop}px, scroll height ${fit.scrollHeight}px`,
    );
    expect(fit.mapShare).toBeGreaterThanOrEqual(0.6);
    expect(fit.scrollHeight).toBeLessThanOrEqual(fit.viewport);
    // the side panel scrolls on its own
    const side = await page.locator('.workbench-side').evaluate((el) => ({
      overflow: getComputedStyle(el).overflowY,
      bottom: el.getBoundingClientRect().bottom,
    }));
    expect(side.overflow).toBe('auto');
    expect(side.bottom).toBeLessThanOrEqual(900);
    await expectAccessible(page, 'the opgave map at 1440x900');
  }, 90_000);

  it('folds the side panel away and gives its room to the map', async () => {
    const before = await page.evaluate<Fit>(MEASURE_FIT);
    await page.getByRole('button', { name: 'Paneel verbergen' }).click();
    await expect
      .poll(async () => (await page.evaluate<Fit>(MEASURE_FIT)).mapWidth)
      .toBeGreaterThan(before.mapWidth + 200);
    expect(await page.locator('.workbench-side').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Paneel tonen' }).click();
    await page.locator('.workbench-side').waitFor({ state: 'visible' });
  }, 30_000);

  it('keeps the whole network on one screen too', async () => {
    await wb.open('#/netwerk');
    await wb.waitForMap('the whole network', (m) => m.nodes > 100 && laidOut(m));
    const fit = await page.evaluate<Fit>(MEASURE_FIT);
    expect(fit.mapShare).toBeGreaterThanOrEqual(0.6);
    expect(fit.scrollHeight).toBeLessThanOrEqual(fit.viewport);
  }, 90_000);

  it('puts the map first on a phone, with the panel sliding over it', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await wb.open(`#/opgaven/${opgaveId}`);
    await wb.waitForMap('the opgave on a phone', (m) => m.nodes > 0 && laidOut(m));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/werkbank-opgave-390x844.png` });
    const fit = await page.evaluate<Fit>(MEASURE_FIT);
    console.info(
      `phone: map top ${fit.mapTop}px, width ${fit.mapWidth}px, share ${(fit.mapShare * 100).toFixed(1)}%`,
    );
    expect(fit.mapTop).toBeLessThan(300);
    expect(fit.mapWidth).toBeGreaterThanOrEqual(360);
    expect(fit.scrollHeight).toBeLessThanOrEqual(fit.viewport);
    expect(await page.locator('.workbench-side').isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Paneel tonen' }).click();
    const panel = page.locator('.workbench-side');
    await panel.waitFor({ state: 'visible' });
    const box = await panel.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(391);
    // over the map, not below it
    expect(box?.y ?? 9999).toBeLessThan(400);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/werkbank-paneel-390x844.png` });
    await expectAccessible(page, 'the opgave map on a phone with the panel open');
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 90_000);
});

const SCREENSHOT_DIR = new URL('../../test-artifacts/screenshots', import.meta.url).pathname;
