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
    const side = await page.evaluate<{ overflow: string; bottom: number }>(`(() => {
      const el = document.querySelector('.workbench-side');
      return { overflow: getComputedStyle(el).overflowY, bottom: el.getBoundingClientRect().bottom };
    })()`);
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

  it('starts the side panel with its tabs, and shows a new selection from its start', async () => {
    const tabs = page.getByRole('tablist', { name: 'Zijpaneel' });
    const tabsBox = await tabs.boundingBox();
    // the tabs lead the side panel: on the first screen, with the filters below them
    expect(tabsBox?.y).toBeLessThan(200);
    const filters = await page.locator('.side-filters').boundingBox();
    expect(filters?.y).toBeGreaterThan((tabsBox?.y ?? 0) + (tabsBox?.height ?? 0));
    // scrolled down to the filters, a tap on an actor brings its details into view
    await page.evaluate(
      `(() => { const side = document.querySelector('.workbench-side'); side.scrollTop = side.scrollHeight; })()`,
    );
    expect(
      await page.evaluate<number>(`document.querySelector('.workbench-side').scrollTop`),
    ).toBeGreaterThan(100);
    const label = await page.evaluate<string>(`(() => {
      const node = window.cy.nodes().filter((n) => !n.data('group')).max((n) => n.degree()).ele;
      node.emit('tap');
      return node.data('label');
    })()`);
    const panel = page.getByTestId('selection-panel');
    await expect.poll(() => panel.textContent()).toContain(label);
    await expect
      .poll(() => page.evaluate<number>(`document.querySelector('.workbench-side').scrollTop`))
      .toBe(0);
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThan((tabsBox?.y ?? 0) + (tabsBox?.height ?? 0) - 1);
    expect(box!.y).toBeLessThan(300);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/werkbank-selectie-1440x900.png` });
    await page.evaluate(`void window.cy.elements().unselect()`);
  }, 30_000);

  it('keeps 60% for the opgave with the longest name: the title gives way, not the map', async () => {
    const list = (await (await wb.api('/api/opgaven?limit=500')).json()) as OpgavenList;
    const longest = [...list.items].sort((a, b) => b.name.length - a.name.length)[0];
    if (!longest) throw new Error('e2e: no opgaven');
    await wb.open(`#/opgaven/${longest.id}`);
    await wb.waitForMap('the opgave with the longest name', (m) => m.nodes > 0 && laidOut(m));
    const fit = await page.evaluate<Fit>(MEASURE_FIT);
    console.info(
      `longest name (${longest.name.length} characters): map share ${(fit.mapShare * 100).toFixed(1)}%`,
    );
    expect(fit.mapShare).toBeGreaterThanOrEqual(0.6);
    expect(fit.scrollHeight).toBeLessThanOrEqual(fit.viewport);
    // the full name stays available
    expect(await page.getByRole('heading', { level: 1 }).getAttribute('title')).toBe(longest.name);
  }, 90_000);

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

describe.skipIf(skipBrowserTests())('the map screen from the keyboard, and after a reload', () => {
  let wb: Workbench;
  let page: Page;
  let opgaveId: string;

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    opgaveId = await firstOpgave(wb);
    await wb.open(`#/opgaven/${opgaveId}`);
    await wb.waitForMap('the opgave', (m) => m.nodes > 0 && laidOut(m));
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('lands Tab on the active tab of each tab list, shows the arrow-key hint and moves with the arrows', async () => {
    const panes = page.getByRole('tablist', { name: 'Weergave' });
    expect(await panes.getByRole('tab', { selected: true }).getAttribute('tabindex')).toBe('0');
    expect(await panes.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
    // Tab from the control before the list lands on the active tab, not on the others
    await page.getByRole('button', { name: 'Paneel verbergen' }).focus();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate<string | null>('document.activeElement && document.activeElement.textContent'),
    ).toBe('Kaart');
    const hint = panes.locator('.tabs-hint');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toContain('pijltjestoetsen');
    await page.keyboard.press('ArrowRight');
    expect(await panes.getByRole('tab', { selected: true }).textContent()).toBe('Tabel');
    await expect.poll(() => page.url()).toContain('pane=tabel');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.url()).not.toContain('pane=');

    const side = page.getByRole('tablist', { name: 'Zijpaneel' });
    await side.getByRole('tab', { selected: true }).focus();
    expect(await side.locator('.tabs-hint').isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await side.getByRole('tab', { selected: true }).textContent()).toBe('Inzichten');
    await expect.poll(() => page.url()).toContain('paneel=inzichten');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/werkbank-tabs-toetsenbord.png` });
    await expectAccessible(page, 'the map with the arrow-key hint shown');
  }, 60_000);

  it('keeps the open tab and the selected actor in the URL, so a reload shows them again', async () => {
    const network = (await (await wb.api(`/api/opgaven/${opgaveId}/network`)).json()) as {
      nodes: { id: string; label: string; kind: string }[];
    };
    const person = network.nodes.find((n) => n.kind === 'person');
    if (!person) throw new Error('e2e: the opgave has no person');
    await page.getByLabel('Zoek een actor op de kaart').fill(person.label);
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await expect.poll(() => page.url()).toContain(`actor=${encodeURIComponent(person.id)}`);
    expect(page.url()).not.toContain('paneel=');
    await page.reload();
    await wb.waitForMap('the opgave after a reload', (m) => m.nodes > 0 && laidOut(m));
    const side = page.getByRole('tablist', { name: 'Zijpaneel' });
    expect(await side.getByRole('tab', { selected: true }).textContent()).toBe('Selectie');
    await expect.poll(() => page.getByTestId('selection-panel').textContent()).toContain(person.label);

    await side.getByRole('tab', { name: 'Legenda' }).click();
    await expect.poll(() => page.url()).toContain('paneel=legenda');
    await page.reload();
    await wb.waitForMap('the opgave after a second reload', (m) => m.nodes > 0 && laidOut(m));
    expect(await side.getByRole('tab', { selected: true }).textContent()).toBe('Legenda');
    expect(page.url()).toContain(`actor=${encodeURIComponent(person.id)}`);
  }, 90_000);

  it('leads from the drawing to the actors as a keyboard list', async () => {
    await page.getByRole('tablist', { name: 'Weergave' }).getByRole('tab', { name: 'Kaart' }).click();
    const link = page.getByRole('button', { name: 'Actoren als lijst, te kiezen met het toetsenbord' });
    await link.focus();
    expect(await link.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('pane=tabel');
    const rows = page.locator('.actor-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    await page.getByRole('tablist', { name: 'Weergave' }).getByRole('tab', { name: 'Kaart' }).click();
  }, 30_000);

  it('takes its colours, fonts and spacing from custom properties in one place (a theme can override them)', async () => {
    const accentOf = () =>
      page.evaluate<string>("getComputedStyle(document.querySelector('.app-header')).backgroundColor");
    const tokens = await page.evaluate<string[]>(`(() => {
      const root = getComputedStyle(document.documentElement);
      return ['--accent', '--ink', '--surface', '--font-family', '--space-m', '--radius'].map((name) =>
        root.getPropertyValue(name).trim());
    })()`);
    for (const value of tokens) expect(value).not.toBe('');
    expect(await accentOf()).toBe('rgb(26, 26, 26)');
    // a gemeente's theme sets the properties; the screens follow without a change of their own
    await page.evaluate(`(() => {
      document.documentElement.style.setProperty('--header-background', '#154273');
      document.documentElement.style.setProperty('--font-family', 'Georgia, serif');
    })()`);
    expect(await accentOf()).toBe('rgb(21, 66, 115)');
    expect(await page.evaluate<string>('getComputedStyle(document.body).fontFamily')).toContain('Georgia');
    await page.evaluate("document.documentElement.removeAttribute('style')");
  }, 30_000);

  it('opens the export menu with the arrow keys and walks its items (menu button pattern)', async () => {
    const trigger = page.getByRole('button', { name: 'Exporteren' });
    expect(await trigger.getAttribute('aria-haspopup')).toBe('menu');
    await trigger.focus();
    await page.keyboard.press('ArrowDown');
    const menu = page.getByRole('menu', { name: 'Exporteren' });
    await menu.waitFor();
    const focused = () =>
      page.evaluate<string>("(document.activeElement && document.activeElement.textContent) || ''");
    expect(await focused()).toBe('Afbeelding (PNG)');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Afbeelding (SVG)');
    await page.keyboard.press('End');
    expect(await focused()).toBe('Gegevens (GraphML)');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Afbeelding (PNG)');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('Gegevens (GraphML)');
    await expectAccessible(page, 'the open export menu');
    await page.keyboard.press('Escape');
    expect(await menu.isVisible()).toBe(false);
    expect(await focused()).toContain('Exporteren');
    await trigger.press('ArrowUp');
    expect(await focused()).toBe('Gegevens (GraphML)');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('Afbeelding (PNG)');
    // Tab leaves the menu and closes it
    await page.keyboard.press('Tab');
    await expect.poll(() => menu.isVisible()).toBe(false);
    expect(await trigger.getAttribute('aria-expanded')).toBe('false');
    // Space and Enter open it on its first item too
    for (const key of ['Space', 'Enter']) {
      await trigger.focus();
      await page.keyboard.press(key);
      await menu.waitFor();
      expect(await focused()).toBe('Afbeelding (PNG)');
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'hidden' });
    }
  }, 30_000);
});
