import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { eventually, expectAccessible, getJson, pick } from './edit-helpers.ts';
import { SCREENSHOTS, startWorkbench, type Workbench } from './session.ts';

type Page_<T> = { items: T[]; total: number };
type Member = {
  id: string;
  personId: string | null;
  userId: string | null;
  label: string;
  until: string | null;
};

describe.skipIf(skipBrowserTests())('the team of a casus', () => {
  let wb: Workbench;
  let page: Page;
  let casus = '';

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(15_000);
    casus =
      (await getJson<Page_<{ id: string }>>(wb, '/api/opgaven?kind=casus&status=actief&limit=1')).items[0]
        ?.id ?? '';
    await wb.open(`#/opgaven/${casus}`);
  });
  afterAll(async () => {
    await wb?.close();
  });

  it('shows who may see the casus, and lets the beheerder add and remove a person by keyboard', async () => {
    const team = () => getJson<Page_<Member>>(wb, `/api/opgaven/${casus}/team`);
    const person = (await getJson<Page_<{ id: string; name: string }>>(wb, '/api/people?limit=1&q=a'))
      .items[0];
    expect(person).toBeDefined();
    await page.getByRole('button', { name: 'Deelnemers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Deelnemers aan de opgave' });
    const panel = dialog.getByTestId('casus-team');
    await panel.getByRole('heading', { name: 'Team van deze casus' }).waitFor();
    await panel.getByText('Nog niemand in het team').waitFor();

    await pick(panel, 'Persoon', person?.name ?? '');
    await panel.getByLabel('Tot en met (niet verplicht)').fill('2099-12-31');
    await panel.getByRole('button', { name: 'Toevoegen aan team' }).focus();
    await page.keyboard.press('Enter');
    await panel
      .locator('li')
      .filter({ hasText: person?.name ?? '' })
      .waitFor();
    await panel.getByRole('status').filter({ hasText: 'staat nu in het team' }).waitFor();
    expect((await team()).items).toEqual([
      expect.objectContaining({ personId: person?.id, userId: null, until: '2099-12-31' }),
    ]);

    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await panel.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOTS, `casus-team-${width}.png`) });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    await expectAccessible(page, 'the casus team panel');

    await panel.getByRole('button', { name: `Uit team: ${person?.name}` }).click();
    await eventually('the team empty again', team, (t) => t.total === 0);
    await panel.getByText('Nog niemand in het team').waitFor();
  }, 120_000);
});
