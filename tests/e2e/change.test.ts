import { readFileSync } from 'node:fs';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible, getJson } from './edit-helpers.ts';
import { personLeaks } from './sample.ts';
import { startWorkbench, type Workbench } from './session.ts';
import { workbenchLayout } from './workbench-layout.ts';

type Figures = {
  date: string;
  partners: number;
  ties: number;
  crossDomainTies: number;
  partnersPerDomain: { domain: string; label: string; partners: number }[];
  singlePointsOfFailure: string[];
};
type ChangeBody = {
  summary: { tiesAdded: number; tiesRemoved: number; actorsJoined: number; actorsLeft: number };
  figures: { before: Figures; after: Figures };
};
type KeyFiguresBody = {
  now: Figures;
  before: Figures;
  singlePointsOfFailureResolved: number;
  singlePointsOfFailureNew: number;
  opgaven: { id: string; share: number | null; presentRoles: number; requiredRoles: number }[];
  casussen: { total: number; active: number };
};

const FROM = '2021-10-01';
const OPGAVE = 'opg-zl-verward';
const TO = '2023-10-01';
const number = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

// strings, not functions: the test transform may add helpers that do not exist in the page
const CHANGE_MAP = `(() => {
  const cy = window.cy;
  const canvas = document.querySelector('[data-testid="change-map"]');
  if (!cy || !canvas) return null;
  return {
    layout: canvas.getAttribute('data-layout-state'),
    nodes: cy.nodes().length,
    gained: cy.edges('.gained').length,
    lost: cy.edges('.lost').length,
    visibleEdges: cy.edges(':visible').length,
    people: cy.nodes('[kind = "person"]').length,
    folded: cy.nodes('[id ^= "overig-"]').length,
  };
})()`;
type ChangeMapProbe = {
  layout: string;
  nodes: number;
  gained: number;
  lost: number;
  visibleEdges: number;
  people: number;
  /** raadsversie: small organisations folded into "overig" */
  folded: number;
};

const changeLayout = (page: Page) =>
  workbenchLayout(page, { map: '[data-testid="change-map"]', side: '.change-side' });

/** The distinct tops of the controls in the change screen's control row (one: they form one row). */
const CONTROL_ROWS = `(() => {
  const controls = [...document.querySelectorAll('.change-settings > *, .change-controls .field-checkbox')];
  const tops = controls.map((el) => el.getBoundingClientRect()).filter((r) => r.height > 0).map((r) => r.top + r.height / 2);
  return tops.reduce((rows, y) => (rows.some((row) => Math.abs(row - y) < 8) ? rows : [...rows, y]), []);
})()`;

async function waitForChangeMap(page: Page, accept: (m: ChangeMapProbe) => boolean): Promise<ChangeMapProbe> {
  const deadline = Date.now() + 60_000;
  let last: ChangeMapProbe | null = null;
  while (Date.now() < deadline) {
    last = await page.evaluate<ChangeMapProbe | null>(CHANGE_MAP);
    if (last && last.layout === 'done' && accept(last)) return last;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`e2e: the change map never settled; last seen ${JSON.stringify(last)}`);
}

describe.skipIf(skipBrowserTests())(
  'presenting to the gemeenteraad: change over time and key figures',
  () => {
    let wb: Workbench;
    let page: Page;

    beforeAll(async () => {
      wb = await startWorkbench();
      page = wb.page;
    }, 60_000);

    afterAll(async () => {
      await wb?.close();
    });

    it('is a workbench: the map fills 60% of a 1440x900 screen, the page does not scroll, the panel scrolls on its own', async () => {
      await wb.open(`#/verandering?van=${FROM}&tot=${TO}&level=organisation`);
      await waitForChangeMap(page, (m) => m.nodes > 0);
      await page.getByTestId('change-summary').waitFor();
      const desk = await changeLayout(page);
      console.info(
        `[change] 1440x900: map ${(desk.mapShare * 100).toFixed(1)}% of the screen, top ${Math.round(desk.mapTop)}px, page scrolls ${desk.pageScroll}px`,
      );
      expect(desk.mapShare).toBeGreaterThanOrEqual(0.6);
      expect(desk.pageScroll).toBeLessThanOrEqual(0);
      expect(desk.pageWidth).toBeLessThanOrEqual(1440);
      expect(desk.sideScrolls).toBe(true);
      // the period in the title row, the figures and lists in the panel
      expect(await page.getByTestId('change-period').textContent()).toBe('1 oktober 2021 – 1 oktober 2023');
      const side = page.getByRole('complementary', { name: 'Cijfers, rondes en lijsten' });
      expect(await side.getByTestId('change-figures').count()).toBe(1);
      expect(await side.getByTestId('ties-added').count()).toBe(1);
      expect(await side.getByTestId('round-compare').count()).toBe(1);
      // the key figures fit the panel: nothing scrolls sideways inside it
      expect(
        await page.evaluate<number>(
          `(() => { const wrap = document.querySelector('[data-testid="change-figures"]').parentElement; return wrap.scrollWidth - wrap.clientWidth; })()`,
        ),
      ).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'the change workbench');
      await wb.screenshot('change-workbench-1440x900.png');

      // the panel can be hidden: the map takes its place
      const toggle = page.getByRole('button', { name: 'Paneel verbergen' });
      await toggle.click();
      await expect.poll(() => side.isVisible()).toBe(false);
      const wide = await changeLayout(page);
      expect(wide.mapShare).toBeGreaterThan(desk.mapShare);
      await page.getByRole('button', { name: 'Paneel tonen' }).click();
      await side.waitFor();

      // the controls are one row: dates, opgave, level, "Meer" and the raadsversie side by side
      for (const size of [
        { width: 1440, height: 900 },
        { width: 1280, height: 720 },
      ]) {
        await page.setViewportSize(size);
        // on a laptop screen "Opslaan als weergave" goes into "Meer" (once the screen has re-rendered
        // for the new size: polled, as a busy machine may take a frame or two)
        await expect
          .poll(() => page.getByRole('button', { name: 'Opslaan als weergave' }).count())
          .toBe(size.width === 1440 ? 1 : 0);
        await expect
          .poll(() => page.evaluate<number[]>(CONTROL_ROWS), {
            message: `control rows at ${size.width}x${size.height}`,
          })
          .toHaveLength(1);
        const fit = await changeLayout(page);
        expect(fit.pageScroll).toBeLessThanOrEqual(0);
        if (size.width === 1280) {
          // the labels take their size for the new zoom a moment after the map refits
          await page.waitForTimeout(400);
          await wb.screenshot('change-workbench-1280x720.png');
        }
      }
      await page.setViewportSize({ width: 1440, height: 900 });

      // the presets and "Opslaan als weergave" are in "Meer", a menu for the keyboard too
      const more = page.getByRole('button', { name: /^Meer/ });
      await more.focus();
      await page.keyboard.press('Enter');
      const lastYear = page.getByRole('menuitem', { name: 'Het afgelopen jaar' });
      await lastYear.waitFor();
      await expect
        .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
        .toBe('Sinds de samenwerking Zuid-Limburg (1 oktober 2021)');
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() => page.evaluate<string>('document.activeElement?.textContent ?? ""'))
        .toBe('Het afgelopen jaar');
      // with room for it, "Opslaan als weergave" stands in the row itself
      expect(await page.getByRole('menuitem', { name: 'Opslaan als weergave' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Opslaan als weergave' }).isVisible()).toBe(true);
      await wb.screenshot('change-workbench-presets-1440x900.png');
      // Escape closes the menu, back on "Meer"; Enter opens it again
      await page.keyboard.press('Escape');
      await expect.poll(() => lastYear.isVisible()).toBe(false);
      expect(await page.evaluate<string>('document.activeElement?.getAttribute("aria-haspopup") ?? ""')).toBe(
        'menu',
      );
      await page.keyboard.press('Enter');
      await lastYear.waitFor();
      // the menu lies over the panel and the map, not under them
      expect(
        await page.evaluate<boolean>(
          `(() => { const el = [...document.querySelectorAll('.change-menu [role="menuitem"]')].find((b) => b.textContent === 'Het afgelopen jaar'); const r = el.getBoundingClientRect(); return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)); })()`,
        ),
      ).toBe(true);
      await lastYear.click();
      await page.waitForURL((url) => !url.hash.includes('van='));
      await wb.open(`#/verandering?van=${FROM}&tot=${TO}&level=organisation`);

      // on a phone: the map first under the header, the width of the screen, the page still; the
      // panel closed, sliding over the map when asked for, by keyboard too
      await page.setViewportSize({ width: 390, height: 844 });
      try {
        await page.reload();
        await waitForChangeMap(page, (m) => m.nodes > 0);
        const phone = await changeLayout(page);
        console.info(
          `[change] 390x844: map top ${Math.round(phone.mapTop)}px, height ${Math.round(phone.mapHeight)}px, page width ${phone.pageWidth}px`,
        );
        expect(phone.pageWidth).toBeLessThanOrEqual(390);
        expect(phone.pageScroll).toBeLessThanOrEqual(0);
        expect(phone.mapTop).toBeLessThan(844 / 3);
        expect(phone.mapHeight).toBeGreaterThan(844 * 0.5);
        expect(phone.mapWidth).toBeGreaterThanOrEqual(390 - 24);
        const side = page.getByRole('complementary', { name: 'Cijfers, rondes en lijsten' });
        expect(await side.isVisible()).toBe(false);
        await wb.screenshot('change-workbench-390x844.png');
        const panel = page.getByRole('button', { name: 'Paneel tonen' });
        await panel.focus();
        await page.keyboard.press('Enter');
        await side.waitFor();
        const over = await changeLayout(page);
        // over the map, not under it: the map keeps its place and size
        expect(over.sideTop).toBeLessThan(over.mapTop + over.mapHeight);
        expect(over.mapTop).toBe(phone.mapTop);
        expect(over.pageScroll).toBeLessThanOrEqual(0);
        expect(await side.getByTestId('change-figures').isVisible()).toBe(true);
        await expectAccessible(page, 'the change panel on a phone');
        await wb.screenshot('change-workbench-panel-390x844.png');
        await page.getByRole('button', { name: 'Paneel verbergen' }).click();
        await expect.poll(() => side.isVisible()).toBe(false);
        // the period and opgave fold out over the map
        const settings = page.getByRole('button', { name: 'Periode en opgave' });
        await settings.click();
        expect(await settings.getAttribute('aria-expanded')).toBe('true');
        await page.getByLabel('Opgave', { exact: true }).waitFor();
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
        await expectAccessible(page, 'the change workbench on a phone');
        await wb.screenshot('change-workbench-settings-390x844.png');
        // "Meer" opens within the screen; Escape there closes the menu, not the fold
        await page.getByRole('button', { name: /^Meer/ }).click();
        const item = page.getByRole('menuitem', { name: 'Het afgelopen jaar' });
        await item.waitFor();
        const box = await item.boundingBox();
        expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
        await page.keyboard.press('Escape');
        await expect.poll(() => item.isVisible()).toBe(false);
        expect(await settings.getAttribute('aria-expanded')).toBe('true');
        // Escape folds them away again, back on their button
        await page.getByLabel('Van', { exact: true }).focus();
        await page.keyboard.press('Escape');
        await expect.poll(() => settings.getAttribute('aria-expanded')).toBe('false');
        expect(await page.getByLabel('Opgave', { exact: true }).isVisible()).toBe(false);
        expect(
          await page.evaluate<boolean>(
            `document.activeElement?.classList.contains('change-settings-toggle') ?? false`,
          ),
        ).toBe(true);
      } finally {
        await page.setViewportSize({ width: 1440, height: 900 });
        // opened on a phone, the panel starts closed: a fresh start for the tests that follow
        await page.reload();
      }
    }, 120_000);

    it('draws the ties gained and lost between two dates, as many as the API counts', async () => {
      await wb.open(`#/verandering?van=${FROM}&tot=${TO}&level=organisation`);
      const expected = await getJson<ChangeBody>(wb, `/api/change?from=${FROM}&to=${TO}&level=organisation`);
      expect(expected.summary.tiesAdded + expected.summary.tiesRemoved).toBeGreaterThan(0);
      const map = await waitForChangeMap(page, (m) => m.nodes > 0);
      expect(map.gained).toBe(expected.summary.tiesAdded);
      expect(map.lost).toBe(expected.summary.tiesRemoved);

      const ties = page.getByTestId('change-figures').locator('tr[data-figure="ties"] td');
      await expect.poll(() => ties.nth(0).textContent()).toBe(number(expected.figures.before.ties));
      expect(await ties.nth(1).textContent()).toBe(number(expected.figures.after.ties));
      expect(await page.getByTestId('ties-added').locator('h3').textContent()).toContain(
        `(${number(expected.summary.tiesAdded)})`,
      );
      expect(await page.getByTestId('joined').locator('h3').textContent()).toContain(
        `(${number(expected.summary.actorsJoined)})`,
      );
      await expectAccessible(page, 'the change screen');
      await wb.screenshot('change-over-time.png');

      // around one opgave: the opgave's own change answer
      await page.getByLabel('Opgave', { exact: true }).selectOption(OPGAVE);
      await page.waitForURL(new RegExp(`opgave=${OPGAVE}`));
      const around = await getJson<ChangeBody>(
        wb,
        `/api/opgaven/${OPGAVE}/change?from=${FROM}&to=${TO}&level=organisation`,
      );
      const opgaveMap = await waitForChangeMap(
        page,
        (m) => m.nodes > 0 && m.gained === around.summary.tiesAdded && m.lost === around.summary.tiesRemoved,
      );
      expect(opgaveMap.nodes).toBeLessThan(map.nodes);
      await expect.poll(() => ties.nth(1).textContent()).toBe(number(around.figures.after.ties));
      await page.getByLabel('Opgave', { exact: true }).selectOption('');
      await waitForChangeMap(page, (m) => m.gained === expected.summary.tiesAdded && m.nodes === map.nodes);
    }, 120_000);

    it('fetches nothing with a person name or id once the raadsversie is on, also while replaying', async () => {
      const bodies: Promise<{ url: string; text: string }>[] = [];
      const listen = (response: Response) => {
        const url = response.url();
        if (/\/api\/(network|change|opgaven\/[^/]+\/(network|change))\b/.test(url))
          bodies.push(response.text().then((text) => ({ url, text })));
      };
      page.on('response', listen);
      try {
        await page.getByRole('checkbox', { name: 'Raadsversie' }).check();
        await page.waitForURL(/raad=1/);
        const expected = await getJson<ChangeBody>(
          wb,
          `/api/change?from=${FROM}&to=${TO}&level=organisation&view=raad`,
        );
        const map = await waitForChangeMap(
          page,
          (m) => m.folded > 0 && m.gained === expected.summary.tiesAdded,
        );
        expect(map.lost).toBe(expected.summary.tiesRemoved);
        expect(map.people).toBe(0);
        const labels = await page.evaluate<string>(
          `window.cy.nodes().map((n) => n.data('label')).join('\\n')`,
        );
        expect(personLeaks(labels)).toEqual([]);

        // the replay: the date shown moves on and the number of ties drawn changes
        const date = page.getByTestId('replay-date');
        await page.getByTestId('replay-play').click();
        const seen = new Map<string, number>();
        const deadline = Date.now() + 60_000;
        while (seen.size < 4 && Date.now() < deadline) {
          const shown = (await date.getAttribute('data-date')) ?? '';
          const probe = await page.evaluate<ChangeMapProbe | null>(CHANGE_MAP);
          if (shown && probe) seen.set(shown, probe.visibleEdges);
          await new Promise((wait) => setTimeout(wait, 250));
        }
        const days = [...seen.keys()];
        expect(days.length).toBeGreaterThanOrEqual(3);
        expect([...days].sort()).toEqual(days);
        expect(days[0]).toBe(FROM);
        expect(await date.textContent()).toMatch(/^Stand op \d{1,2} \w+ 20\d\d$/);
        await wb.screenshot('change-replay.png');
        await page.getByRole('button', { name: 'Pauzeren' }).click();

        // by keyboard: the slider's ends are the two dates
        const slider = page.getByTestId('replay-slider');
        await slider.focus();
        await page.keyboard.press('End');
        await expect.poll(() => date.getAttribute('data-date')).toBe(TO);
        // the end date's map is drawn a moment after the slider moves: wait for its ties
        const atEnd = await waitForChangeMap(page, (m) => m.visibleEdges === expected.figures.after.ties);
        await page.keyboard.press('Home');
        await expect.poll(() => date.getAttribute('data-date')).toBe(FROM);
        await expect
          .poll(async () => (await page.evaluate<ChangeMapProbe>(CHANGE_MAP)).visibleEdges)
          .toBe(expected.figures.before.ties);
        expect(atEnd.visibleEdges).toBe(expected.figures.after.ties);
        const counts = new Set([...seen.values(), atEnd.visibleEdges, expected.figures.before.ties]);
        expect(counts.size).toBeGreaterThan(1);
        await expectAccessible(page, 'the change screen during the replay');
      } finally {
        page.off('response', listen);
      }
      const fetched = await Promise.all(bodies);
      expect(fetched.length).toBeGreaterThan(2);
      expect(fetched.every((f) => f.url.includes('view=raad'))).toBe(true);
      for (const f of fetched) expect(personLeaks(f.text), f.url).toEqual([]);
    }, 180_000);

    it('shows the key figures the API computes and downloads them as CSV', async () => {
      await wb.open('#/kerncijfers?peildatum=2024-01-01');
      const expected = await getJson<KeyFiguresBody>(wb, '/api/key-figures?asOf=2024-01-01');
      const figure = (name: string) => page.locator(`[data-figure="${name}"]`);
      await expect.poll(() => figure('partners-now').textContent()).toBe(number(expected.now.partners));
      expect(await figure('partners-before').textContent()).toBe(number(expected.before.partners));
      expect(await figure('cross-now').textContent()).toBe(number(expected.now.crossDomainTies));
      expect(await figure('cross-before').textContent()).toBe(number(expected.before.crossDomainTies));
      expect(await figure('spof-now').textContent()).toBe(number(expected.now.singlePointsOfFailure.length));
      expect(await figure('spof-resolved').textContent()).toBe(
        number(expected.singlePointsOfFailureResolved),
      );
      expect(await figure('spof-new').textContent()).toBe(number(expected.singlePointsOfFailureNew));
      expect(await figure('casussen-total').textContent()).toBe(number(expected.casussen.total));
      expect(await figure('casussen-active').textContent()).toBe(number(expected.casussen.active));
      for (const d of expected.now.partnersPerDomain) {
        const cell = page.getByTestId('domain-table').locator(`tr[data-domain="${d.domain}"] td`).nth(1);
        expect(await cell.textContent(), d.domain).toBe(number(d.partners));
      }
      for (const o of expected.opgaven) {
        const cell = page.locator(`[data-testid="required-table"] tr[data-opgave-id="${o.id}"] td`);
        if (o.share !== null)
          expect(await cell.textContent()).toContain(
            `${o.presentRoles} van ${o.requiredRoles} verplichte partners`,
          );
      }
      expect(await page.getByLabel('Vergelijken met').inputValue()).toBe(expected.before.date);
      await expectAccessible(page, 'the key figures');
      await wb.screenshot('key-figures.png');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Kerncijfers als CSV' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('kerncijfers-2024-01-01.csv');
      const path = await download.path();
      const text = readFileSync(path, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.slice(1).split('\r\n')[0]).toBe(`onderdeel;kenmerk;${expected.before.date};2024-01-01`);
      expect(personLeaks(text)).toEqual([]);
    }, 120_000);

    it('raises no script errors', () => {
      expect(wb.scriptErrors).toEqual([]);
    });
  },
);
