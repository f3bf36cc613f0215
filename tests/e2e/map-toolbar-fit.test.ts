import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
] as const;

/** The workbench's controls above and on the map. */
const WORKBENCH_CONTROLS =
  '.workbench-titlebar input, .workbench-titlebar button, .workbench-toolrow button, .pane-bar button, .pane-bar input, .pane-bar select, .map-toolbar button';
/** The change screen's and the presenter's controls. */
const PAGE_CONTROLS =
  '.change-controls input, .change-controls select, .change-controls button, .replay button, .replay input, .map-toolbar button, .presenter button, .presenter select, .presenter input';

type Problem = { name: string; why: string };

/**
 * Every rendered control in `selector`: inside the window (`vertical`: also above its bottom edge)
 * and not covered by anything else at its middle. Controls that are not rendered (display: none, a
 * closed fold) or are visually hidden (1 px) are left out.
 */
const problemsWith = (selector: string, vertical: boolean) => `(() => {
  const problems = [];
  const w = window.innerWidth;
  const h = window.innerHeight;
  for (const el of document.querySelectorAll(${JSON.stringify(selector)})) {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
    const name = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.id || el.tagName).trim();
    if (r.left < -0.5 || r.right > w + 0.5) { problems.push({ name, why: 'cut off at the side (' + Math.round(r.left) + '..' + Math.round(r.right) + ')' }); continue; }
    if (${vertical} && (r.top < -0.5 || r.bottom > h + 0.5)) { problems.push({ name, why: 'below the window' }); continue; }
    const mx = r.left + r.width / 2;
    const my = r.top + r.height / 2;
    // below the fold of a page that scrolls: reached by scrolling, not checked here
    if (my < 0 || my > h) continue;
    const hit = document.elementFromPoint(mx, my);
    const label = el.closest('label');
    if (!hit || !(hit === el || el.contains(hit) || (label && label.contains(hit))))
      problems.push({ name, why: 'covered by ' + (hit ? hit.tagName + '.' + hit.className : 'nothing') });
  }
  return problems;
})()`;

const MEASURE = `(() => ({
  scrollWidth: document.documentElement.scrollWidth,
  scrollHeight: document.documentElement.scrollHeight,
  toolRow: document.querySelector('.edit-toolbar')?.getBoundingClientRect().height ?? 0,
  paneBar: document.querySelector('.pane-bar')?.getBoundingClientRect().height ?? 0,
  mapTop: document.querySelector('[data-testid="network-map"]')?.getBoundingClientRect().top ?? -1,
}))()`;
type Measure = {
  scrollWidth: number;
  scrollHeight: number;
  toolRow: number;
  paneBar: number;
  mapTop: number;
};

describe.skipIf(skipBrowserTests())('the map screens fit a phone, a laptop and a desktop', () => {
  let wb: Workbench;
  let page: Page;
  let deckId: string;
  let casusId: string;

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(15_000);
    const casussen = (await (await wb.api('/api/opgaven?kind=casus&status=actief&limit=1')).json()) as {
      items: { id: string }[];
    };
    casusId = casussen.items[0]?.id ?? '';
    const decks = (await (await wb.api('/api/presentations')).json()) as { items: { id: string }[] };
    deckId = decks.items[0]?.id ?? '';
    expect(casusId && deckId).toBeTruthy();
  });

  afterAll(async () => {
    await wb?.close();
  });

  for (const size of SIZES) {
    it(`shows every control of the network, opgave and casus maps at ${size.width}x${size.height}`, async () => {
      await page.setViewportSize(size);
      for (const [name, hash] of [
        ['netwerk', '#/netwerk'],
        ['opgave', '#/opgaven/opg-ps-pga'],
        ['casus', `#/opgaven/${casusId}`],
      ] as const) {
        await wb.open(hash);
        await wb.waitForMap(name, (m) => m.nodes > 0 && laidOut(m));
        const measure = await page.evaluate<Measure>(MEASURE);
        console.info(`${name} ${size.width}x${size.height}: ${JSON.stringify(measure)}`);
        expect(measure.scrollWidth, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(size.width);
        expect(measure.scrollHeight, `${name}: the page scrolls`).toBeLessThanOrEqual(size.height);
        // one line each: a button row is about 2 rem high
        expect(measure.toolRow, `${name}: the tool row wraps`).toBeLessThan(48);
        expect(measure.paneBar, `${name}: the tab row wraps`).toBeLessThan(48);
        if (size.width < 1000) {
          expect(measure.mapTop, `${name}: the map comes first`).toBeLessThan(size.height * 0.4);
        }
        expect(await page.evaluate<Problem[]>(problemsWith(WORKBENCH_CONTROLS, true)), name).toEqual([]);
        await wb.screenshot(`toolbar-${name}-${size.width}x${size.height}.png`);
      }
      await expectAccessible(page, `the casus map at ${size.width}x${size.height}`);
    }, 180_000);
  }

  it('puts the rest of the tools behind "Meer" on a phone, a menu for the keyboard', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await wb.open('#/opgaven/opg-ps-pga');
    await wb.waitForMap('the opgave on a phone', (m) => m.nodes > 0 && laidOut(m));
    // the menu opens over the side panel, which on a phone lies over the map
    await page.getByRole('button', { name: 'Paneel tonen' }).click();
    await page.locator('.workbench-side').waitFor({ state: 'visible' });
    const more = page.getByRole('button', { name: 'Meer bewerkingen' });
    await more.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Meer bewerkingen' });
    await menu.waitFor();
    const focused = () =>
      page.evaluate<string | null>('document.activeElement && document.activeElement.textContent');
    expect(await focused()).toContain('Verbinding tekenen');
    const items = await menu.locator('[role^="menuitem"]').allTextContents();
    expect(items.map((i) => i.replace(/^[✎✓]\s*/, ''))).toEqual([
      'Verbinding tekenen',
      'Nieuwe verbinding',
      'Nieuwe organisatie',
      'Nieuwe persoon',
      'Deelnemers',
      'Partnersjablonen',
      'Importeren',
    ]);
    expect(await page.evaluate<Problem[]>(problemsWith('[role="menu"] [role^="menuitem"]', true))).toEqual(
      [],
    );
    await page.keyboard.press('End');
    expect(await focused()).toBe('Importeren');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toContain('Verbinding tekenen');
    await wb.screenshot('toolbar-meer-390x844.png');
    await expectAccessible(page, 'the "Meer" menu on a phone');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await more.evaluate((el) => el.getAttribute('aria-expanded'))).toBe('false');
    expect(await focused()).toContain('Meer');

    // an item does what its button does on a wide screen
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.getByRole('menuitem', { name: 'Nieuwe persoon' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe persoon' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // the drawing mode, checked in the menu
    await more.click();
    await page.getByRole('menuitemcheckbox', { name: /Verbinding tekenen/ }).click();
    await more.click();
    expect(
      await page.getByRole('menuitemcheckbox', { name: /Verbinding tekenen/ }).getAttribute('aria-checked'),
    ).toBe('true');
    await page.getByRole('menuitemcheckbox', { name: /Verbinding tekenen/ }).click();
  }, 120_000);

  it('folds the view controls behind "Weergave" on a phone, the raadsversie switch in sight', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await wb.open('#/opgaven/opg-ps-pga');
    await wb.waitForMap('the opgave on a phone', (m) => m.nodes > 0 && laidOut(m));
    // the side panel (still open from the test before) leaves the tab row in reach
    expect(await page.locator('.workbench-side').isVisible()).toBe(true);
    const toggle = page.getByRole('button', { name: 'Weergave', exact: true });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const raad = page.getByRole('switch', { name: 'Raadsversie' });
    await raad.waitFor();
    expect(
      await page.evaluate<Problem[]>(problemsWith('.view-fold-body input, .view-fold-body select', true)),
    ).toEqual([]);
    await wb.screenshot('toolbar-weergave-390x844.png');
    await expectAccessible(page, 'the view controls on a phone');
    await page.getByRole('radio', { name: 'Organisaties' }).check();
    await expect
      .poll(async () => (await wb.waitForMap('organisations', laidOut)).kinds)
      .toEqual(['organisation']);
    await page.keyboard.press('Escape');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await raad.isVisible()).toBe(false);
  }, 120_000);

  for (const size of SIZES) {
    it(`keeps the change screen and the presenter within ${size.width}px`, async () => {
      await page.setViewportSize(size);
      for (const [name, hash, testId] of [
        ['verandering', '#/verandering', 'change-map'],
        ['presentatie', `#/presentaties/${deckId}`, 'network-map'],
      ] as const) {
        await wb.open(hash);
        await page.getByTestId(testId).waitFor();
        await expect
          .poll(() => page.getByTestId(testId).getAttribute('data-layout-state'), { timeout: 60_000 })
          .toBe('done');
        const width = await page.evaluate<number>('document.documentElement.scrollWidth');
        const mapTop = await page.evaluate<number>(
          `document.querySelector('[data-testid="${testId}"]').getBoundingClientRect().top`,
        );
        console.info(`${name} ${size.width}x${size.height}: map top ${Math.round(mapTop)}px`);
        expect(width, `${name}: the page scrolls sideways`).toBeLessThanOrEqual(size.width);
        expect(await page.evaluate<Problem[]>(problemsWith(PAGE_CONTROLS, false)), name).toEqual([]);
        await wb.screenshot(`toolbar-${name}-${size.width}x${size.height}.png`);
      }
    }, 120_000);
  }
});
