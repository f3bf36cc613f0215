import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible, getJson } from './edit-helpers.ts';
import { laidOut, startWorkbench, today, type Workbench } from './session.ts';

/** The threshold in apps/web/src/routing/route.ts (LARGE_MAP_PEOPLE). */
const LARGE_MAP_PEOPLE = 80;

type Opgave = { id: string; name: string };
type Sized = Opgave & { people: number };

const levelInUrl = (page: Page) => new URL(page.url().replace('#', '')).searchParams.get('level');
const hashQuery = (page: Page) => new URLSearchParams(page.url().split('?')[1] ?? '');

describe.skipIf(skipBrowserTests())(
  'a large opgave opens at organisation level, its people one click away',
  () => {
    let wb: Workbench;
    let page: Page;
    let large: Sized;
    let small: Sized;

    const mapKinds = async (what: string) =>
      (await wb.waitForMap(what, (m) => m.nodes > 0 && laidOut(m))).kinds;
    const note = () => page.getByTestId('large-map-note');

    beforeAll(async () => {
      wb = await startWorkbench();
      page = wb.page;
      page.setDefaultTimeout(15_000);
      // how many people each opgave's person map shows, as the client asks for it (today, one step around)
      const opgaven = (await getJson<{ items: Opgave[] }>(wb, '/api/opgaven?kind=opgave&limit=100')).items;
      const sized: Sized[] = [];
      for (const o of opgaven) {
        const network = await getJson<{ nodes: { kind: string }[] }>(
          wb,
          `/api/opgaven/${o.id}/network?level=person&hops=1&asOf=${today()}`,
        );
        sized.push({ ...o, people: network.nodes.filter((n) => n.kind === 'person').length });
      }
      console.info(
        `people per opgave map: ${sized.map((o) => `${o.id} ${o.people}`).join(', ')}; above ${LARGE_MAP_PEOPLE}: ${
          sized.filter((o) => o.people > LARGE_MAP_PEOPLE).length
        } of ${sized.length}`,
      );
      const above = sized.filter((o) => o.people > LARGE_MAP_PEOPLE).sort((a, b) => b.people - a.people);
      const below = sized.filter((o) => o.people <= LARGE_MAP_PEOPLE).sort((a, b) => a.people - b.people);
      if (!above[0] || !below[0])
        throw new Error('e2e: the sample needs opgaven on both sides of the threshold');
      // the one just above the threshold: the rule, not only the largest map, decides
      large = above[above.length - 1] as Sized;
      small = below[below.length - 1] as Sized;
    });

    afterAll(async () => {
      await wb?.close();
    });

    it('opens a large opgave at organisation level and says why, with "Toon de mensen"', async () => {
      await wb.open(`#/opgaven/${large.id}`);
      expect(await mapKinds(`${large.name} at its opening level`)).toEqual(['organisation']);
      expect(levelInUrl(page)).toBeNull();
      await note().waitFor();
      expect(await note().textContent()).toContain(`Deze kaart telt ${large.people} mensen`);
      expect(await page.getByRole('radio', { name: 'Organisaties' }).isChecked()).toBe(true);
      await wb.screenshot('opening-level-large-1440.png');
      await expectAccessible(page, 'a large opgave at organisation level');

      // a reload keeps it
      await page.reload();
      expect(await mapKinds('the large opgave after a reload')).toEqual(['organisation']);
      await note().waitFor();

      // one click to the people, and that choice is kept in the URL and after a reload
      await page.getByRole('button', { name: 'Toon de mensen' }).click();
      await expect.poll(async () => (await wb.waitForMap('its people', laidOut)).kinds).toEqual(['person']);
      expect(levelInUrl(page)).toBe('person');
      expect(await note().count()).toBe(0);
      await page.reload();
      expect(await mapKinds('its people after a reload')).toEqual(['person']);
      expect(await note().count()).toBe(0);
    }, 120_000);

    it('gets to the people with one press of the level switch too, and from the keyboard', async () => {
      await wb.open(`#/opgaven/${large.id}`);
      expect(await mapKinds('the large opgave')).toEqual(['organisation']);
      await page.getByRole('radio', { name: 'Personen' }).check();
      await expect.poll(async () => (await wb.waitForMap('its people', laidOut)).kinds).toEqual(['person']);
      expect(levelInUrl(page)).toBe('person');

      // the note's button is reachable with Tab and works with Enter
      await wb.open(`#/opgaven/${large.id}`);
      expect(await mapKinds('the large opgave again')).toEqual(['organisation']);
      await page.getByRole('heading', { level: 1 }).focus();
      let reached = false;
      for (let i = 0; i < 60 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached =
          (await page.evaluate<string | null>(
            'document.activeElement && document.activeElement.textContent',
          )) === 'Toon de mensen';
      }
      expect(reached).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await wb.waitForMap('its people', laidOut)).kinds).toEqual(['person']);
    }, 120_000);

    it('lets a level in the URL win', async () => {
      await wb.open(`#/opgaven/${large.id}?level=person`);
      expect(await mapKinds('the large opgave, people asked for')).toEqual(['person']);
      expect(await note().count()).toBe(0);
      await wb.open(`#/opgaven/${small.id}?level=organisation`);
      expect(await mapKinds('the small opgave, organisations asked for')).toEqual(['organisation']);
      expect(await note().count()).toBe(0);
    }, 120_000);

    it('opens an opgave at or under the threshold at person level, without a note', async () => {
      await wb.open(`#/opgaven/${small.id}`);
      expect(await mapKinds(`${small.name} at its opening level`)).toContain('person');
      expect(levelInUrl(page)).toBeNull();
      expect(await note().count()).toBe(0);
      expect(await page.getByRole('radio', { name: 'Personen' }).isChecked()).toBe(true);
      // another view change keeps the level to the map: no level is written
      await page.getByRole('tab', { name: 'Inzichten' }).click();
      await expect.poll(() => hashQuery(page).get('paneel')).toBe('inzichten');
      expect(levelInUrl(page)).toBeNull();
    }, 120_000);

    it('fits the note on a phone', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await wb.open(`#/opgaven/${large.id}`);
      expect(await mapKinds('the large opgave on a phone')).toEqual(['organisation']);
      await note().waitFor();
      const box = await page.getByRole('button', { name: 'Toon de mensen' }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844).toBe(true);
      await wb.screenshot('opening-level-large-390.png');
      await expectAccessible(page, 'a large opgave on a phone');
      await page.setViewportSize({ width: 1440, height: 900 });
    }, 120_000);
  },
);
