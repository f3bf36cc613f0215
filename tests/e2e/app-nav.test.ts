import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

/** The main menu's link targets, and the account menu's (the beheerder sees accounts and the log). */
const NAV_TARGETS = ['#/', '#/netwerk', '#/verandering', '#/kerncijfers', '#/presentaties', '#/uitvragen'];
const ACCOUNT_TARGETS = ['#/beheer/gebruikers', '#/beheer/toegangslog'];

// run in the page: strings, as the other browser tests do, since this package's types have no DOM
const SCROLL_WIDTH = 'document.documentElement.scrollWidth';
/** The focused element: its link target (the hash without its query, as the network and change links carry their filters) or its text. */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el) return '';
  const href = el.getAttribute('href');
  return href ? (new URL(href, location.href).hash || href).split('?')[0] : (el.textContent || '').trim();
})()`;

const scrollWidth = (page: Page) => page.evaluate<number>(SCROLL_WIDTH);

/** Presses Tab until `stop` says so (or 40 times); the href or name of each element that got focus. */
async function tabThrough(page: Page, stop: (seen: string[]) => boolean): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 40 && !stop(seen); i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate<string>(FOCUSED));
  }
  return seen;
}

describe.skipIf(skipBrowserTests())('the main menu on a phone and on a wide screen', () => {
  let wb: Workbench;
  let page: Page;

  beforeAll(async () => {
    wb = await startWorkbench({ viewport: { width: 390, height: 844 } });
    page = wb.page;
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await wb?.close();
  });

  it('fits 390 px: a Menu button opens and closes the links by keyboard, and nothing scrolls sideways', async () => {
    await wb.open('#/');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const toggle = page.getByRole('button', { name: 'Menu' });
    await toggle.waitFor();
    await page.getByRole('link', { name: 'Regiekaart' }).waitFor();
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.count()).toBe(0); // closed: hidden from everyone, the account menu too
    expect(await page.getByRole('navigation', { name: 'Account' }).count()).toBe(0);
    await wb.screenshot('app-nav-start-390x844.png');
    // the header is one slim line
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height ?? 999).toBeLessThan(60);
    await expectAccessible(page, 'the start screen on a phone, menu closed');

    // by keyboard from the top of the page: after the skip link, the name, then Menu
    await page.locator('.skip-link').focus();
    const before = await tabThrough(page, (seen) => seen.at(-1) === 'Menu');
    expect(before.at(-1)).toBe('Menu');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const controlled = await toggle.getAttribute('aria-controls');
    expect(await page.locator(`[id="${controlled}"]`).isVisible()).toBe(true);
    const reached = await tabThrough(page, (seen) => seen.includes('#/beheer/toegangslog'));
    for (const target of [...NAV_TARGETS, ...ACCOUNT_TARGETS]) expect(reached).toContain(target);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/app-nav-open-390x844.png` });
    await expectAccessible(page, 'the start screen on a phone, menu open');

    // Escape closes the menu and gives the focus back to its button
    await toggle.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate<string>(FOCUSED)).toBe('Menu');

    // Space opens it again; choosing a link by keyboard goes there and closes the menu
    await page.keyboard.press('Space');
    await nav.getByRole('link', { name: 'Hele netwerk' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/netwerk/);
    await wb.waitForMap('the whole network on a phone', (m) => m.nodes > 0 && laidOut(m));
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/app-nav-map-390x844.png` });
    await toggle.click();
    expect(await nav.getByRole('link', { name: 'Hele netwerk' }).getAttribute('aria-current')).toBe('page');
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'the map on a phone, menu open');
    await toggle.click();
  }, 120_000);

  it('shows the links in the header on a wide screen, without the Menu button', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await wb.open('#/');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Opgaven' }).waitFor();
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await nav.getByRole('link').count()).toBe(NAV_TARGETS.length);
    await page.locator('.skip-link').focus();
    const reached = await tabThrough(page, (seen) => seen.includes('#/beheer/toegangslog'));
    for (const target of [...NAV_TARGETS, ...ACCOUNT_TARGETS]) expect(reached).toContain(target);
    expect(reached).not.toContain('Menu');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/app-nav-start-1440x900.png` });
    await wb.open('#/netwerk');
    await wb.waitForMap('the whole network', (m) => m.nodes > 0 && laidOut(m));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/app-nav-map-1440x900.png` });
    await expectAccessible(page, 'the map on a wide screen');
    // a laptop keeps the header as one line; a tablet gets the Menu button as a phone does
    for (const [width, height, compact] of [
      [1280, 800, false],
      [768, 1024, true],
    ] as const) {
      await page.setViewportSize({ width, height });
      await wb.open('#/');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(compact);
      expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
      const header = await page.locator('.app-header').boundingBox();
      expect(header?.height ?? 999).toBeLessThan(60);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/app-nav-start-${width}x${height}.png` });
    }
  }, 120_000);
});

const SCREENSHOT_DIR = new URL('../../test-artifacts/screenshots', import.meta.url).pathname;
