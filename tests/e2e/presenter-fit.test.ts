import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };

/** Where the presenter's parts lie, and whether the page scrolls. */
type Layout = {
  scrollHeight: number;
  scrollWidth: number;
  map: Box;
  figures: Box;
  next: Box;
  nav: Box;
  footer: Box;
  title: Box;
};
const MEASURE = `(() => {
  const box = (selector) => document.querySelector(selector).getBoundingClientRect().toJSON();
  return {
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    map: box('[data-testid="network-map"]'),
    figures: box('.presenter-figures'),
    next: box('.presenter-nav button:last-of-type'),
    nav: box('.presenter-nav'),
    footer: box('.presenter-footer'),
    title: box('#presenter-step-title'),
  };
})()`;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.skipIf(skipBrowserTests())('the presenter fits the screen', () => {
  let wb: Workbench;
  let page: Page;
  let presentationId: string;

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    const opgaven = (await (await wb.api('/api/opgaven?kind=opgave')).json()) as { items: { id: string }[] };
    const opgaveId = opgaven.items[0]?.id;
    const view = await wb.api('/api/views', {
      method: 'POST',
      body: {
        id: 'vw-e2e-fit',
        opgaveId,
        name: 'Wie werkt samen',
        caption: 'De deelnemers aan de opgave en de partners een stap daarbuiten, met hun verbindingen.',
        positions: {},
        filters: { level: 'organisation', hops: 1 },
        styling: {},
      },
    });
    expect(view.status, await view.clone().text()).toBe(201);
    const made = await wb.api('/api/presentations', {
      method: 'POST',
      body: {
        name: 'Jaarverslag netwerk 2026',
        raad: false,
        steps: [
          { viewId: 'vw-e2e-fit', title: 'Wie werkt met wie', caption: 'De kern van de samenwerking.' },
          { viewId: 'vw-e2e-fit', title: 'Nog eens, als tweede stap' },
        ],
      },
    });
    expect(made.status, await made.clone().text()).toBe(201);
    presentationId = ((await made.json()) as { id: string }).id;
  }, 60_000);

  afterAll(async () => {
    await wb?.close();
  });

  const open = async (width: number, height: number) => {
    await page.setViewportSize({ width, height });
    await wb.open(`#/presentaties/${presentationId}`);
    // a fresh page at this size, as a phone or a projector opens it
    await page.reload();
    await wb.waitForMap('the first step', (m) => m.nodes > 0 && laidOut(m));
    // the map settles into the space the layout gives it
    await page.waitForTimeout(300);
    return page.evaluate<Layout>(MEASURE);
  };

  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
    [1920, 1080],
  ] as const) {
    it(`shows title, map, figures and step controls at ${width}x${height} without scrolling or overlap`, async () => {
      const layout = await open(width, height);
      expect(layout.scrollHeight).toBeLessThanOrEqual(height);
      expect(layout.scrollWidth).toBeLessThanOrEqual(width);
      // the "next step" button, the map and the footer are on screen
      expect(layout.next.bottom).toBeLessThanOrEqual(height);
      expect(layout.next.right).toBeLessThanOrEqual(width);
      expect(layout.map.bottom).toBeLessThanOrEqual(height);
      expect(layout.footer.bottom).toBeLessThanOrEqual(height);
      // nothing lies over the map
      for (const part of [layout.nav, layout.footer, layout.figures, layout.title])
        expect(overlaps(layout.map, part)).toBe(false);
      expect(overlaps(layout.nav, layout.footer)).toBe(false);
      // the map takes the room that is left: at least 45% of the screen's height
      expect(layout.map.height).toBeGreaterThanOrEqual(height * 0.45);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/presentator-${width}x${height}.png` });
    }, 90_000);
  }

  it('puts the map at the width of a phone, with the figures below it', async () => {
    const layout = await open(390, 844);
    expect(layout.scrollWidth).toBeLessThanOrEqual(390);
    expect(layout.map.width).toBeGreaterThanOrEqual(360);
    expect(layout.map.height).toBeGreaterThanOrEqual(250);
    expect(layout.figures.top).toBeGreaterThanOrEqual(layout.map.bottom);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/presentator-390x844.png`, fullPage: true });
    await expectAccessible(page, 'the presenter on a phone');
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 90_000);
});

const SCREENSHOT_DIR = new URL('../../test-artifacts/screenshots', import.meta.url).pathname;
