import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { SCREENSHOTS, workbenchForTests } from './session.ts';

const EMPTY = '[data-testid="map-empty"]';

/**
 * A map with nobody on it says why, and offers what shows someone: a casus that has ended opens "as
 * of today" empty, and one click shows it on its last day; an opgave that begins later shows its first
 * day; filters that leave no one can be cleared from the map itself.
 */
describe.skipIf(skipBrowserTests())('a map with nobody on it, in Chromium', () => {
  const workbench = workbenchForTests();

  it('says that a closed casus ended, and shows it on its last day with one click', async () => {
    const wb = workbench();
    await wb.open('#/opgaven/cas-mh-2020-117');
    const empty = wb.page.locator(EMPTY);
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.textContent()).toContain('Deze casus liep tot 16 september 2021.');
    await wb.page.screenshot({ path: join(SCREENSHOTS, 'map-empty-ended-1440.png') });
    await expectAccessible(wb.page, 'the empty map of a closed casus');

    const show = empty.getByRole('button', { name: 'Toon de kaart zoals op 16 september 2021' });
    await show.focus();
    await wb.page.keyboard.press('Enter');
    const map = await wb.waitForMap('the casus on its last day', (probe) => probe.nodes > 0);
    expect(map.nodes).toBeGreaterThan(3);
    expect(wb.page.url()).toContain('asOf=2021-09-16');
    expect(await empty.count()).toBe(0);
  }, 90_000);

  it('says when an opgave begins, then what to do while it has nobody', async () => {
    const wb = workbench();
    const created = await wb.api('/api/opgaven', {
      method: 'POST',
      body: { name: 'Aanpak laaggeletterdheid 2031', level: 'lokaal', since: '2031-01-01' },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await wb.page.setViewportSize({ width: 390, height: 844 });
    await wb.open(`#/opgaven/${id}`);
    const empty = wb.page.locator(EMPTY);
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.textContent()).toContain('Deze opgave begint op 1 januari 2031.');
    await wb.page.screenshot({ path: join(SCREENSHOTS, 'map-empty-not-started-390.png') });
    // the notice lies within the screen, over the map
    const box = await empty.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);

    await empty.getByRole('button', { name: 'Toon de kaart zoals op 1 januari 2031' }).click();
    await expect.poll(() => wb.page.url()).toContain('asOf=2031-01-01');
    await expect
      .poll(() => empty.textContent())
      .toContain('Zoals op 1 januari 2031 staat er niemand op deze kaart. Voeg deelnemers toe');
    expect(await empty.getByRole('button').count()).toBe(0);
    await wb.page.setViewportSize({ width: 1440, height: 900 });
  }, 90_000);

  it('offers to clear filters that leave nobody on the map', async () => {
    const wb = workbench();
    await wb.open('#/netwerk?domain=onderwijs&org=org-zvh-wm&minStrength=2');
    const empty = wb.page.locator(EMPTY);
    await empty.waitFor({ timeout: 30_000 });
    expect(await empty.textContent()).toContain('Geen actoren die bij de gekozen filters passen.');
    await empty.getByRole('button', { name: 'Alle filters wissen' }).click();
    const map = await wb.waitForMap('the whole network without filters', (probe) => probe.nodes > 100);
    expect(map.nodes).toBeGreaterThan(100);
    expect(wb.page.url()).not.toContain('minStrength');
    expect(await empty.count()).toBe(0);
  }, 90_000);
});
