import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { pageAs, SCREENSHOTS, workbenchForTests } from './session.ts';

const PASSWORD = 'alleen-kijken-proef-4412';

/**
 * A lezer reads the map, its notes and its saved views, and exports; the workbench offers them no
 * tool that the server would refuse (new, import, templates, drawing, notes or views to write).
 */
describe.skipIf(skipBrowserTests())('the map for a lezer, in Chromium', () => {
  const workbench = workbenchForTests();

  it('offers reading and exporting only', async () => {
    const wb = workbench();
    const { page, context, errors } = await pageAs(
      wb,
      { username: 'lees', password: PASSWORD, name: 'Lezer', role: 'lezer' },
      '#/opgaven/opg-wm-verward',
    );

    const toolbar = page.getByRole('toolbar', { name: 'Bewerken' });
    expect(await toolbar.getByRole('button').allTextContents()).toEqual(['Exporteren ▾']);
    for (const name of ['Notitie bij de kaart', 'Weergave opslaan', 'Nieuwe organisatie', 'Importeren']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    }
    // what a lezer may read is still there
    expect(await page.getByTestId('views-panel').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Notities en acties' }).count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'lezer-map-1440.png') });
    await expectAccessible(page, 'the map for a lezer');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, 'lezer-map-390.png') });
    expect(await page.getByRole('button', { name: 'Meer bewerkingen' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
