import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { eventually, expectAccessible, getJson, type NetworkBody, pick } from './edit-helpers.ts';
import { laidOut, startWorkbench, today, type Workbench } from './session.ts';

const OPGAVE = 'opg-mh-woonoverlast';

type Organisation = { id: string; name: string; parentId: string | null };

describe.skipIf(skipBrowserTests())('editing an organisation, with errors, undo and redo', () => {
  let wb: Workbench;
  let page: Page;
  let org: { id: string; label: string };
  const stored = (id: string) => getJson<Organisation>(wb, `/api/organisations/${id}`);
  const mapLabel = (id: string) =>
    page.evaluate<string | null>(
      `(() => { const n = window.cy && window.cy.getElementById(${JSON.stringify(id)}); return n && !n.empty() ? n.data('label') : null; })()`,
    );

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(15_000);
    await wb.open(`#/opgaven/${OPGAVE}?level=organisation`);
    await wb.waitForMap('the opgave by organisation', (m) => m.nodes > 3 && laidOut(m));
    const network = await getJson<NetworkBody>(
      wb,
      `/api/opgaven/${OPGAVE}/network?level=organisation&hops=1&asOf=${today()}`,
    );
    const first = network.nodes.find((n) => n.kind === 'organisation');
    if (!first) throw new Error('e2e: no organisation on the map');
    org = { id: first.id, label: first.label };
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('finds the organisation with the actor search and opens its form', async () => {
    const panel = page.getByTestId('edit-panel');
    await pick(panel, 'Actor zoeken', org.label);
    await panel.getByRole('button', { name: `${org.label} bewerken` }).click();
    const dialog = page.getByRole('dialog', { name: `Organisatie bewerken: ${org.label}` });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Naam').inputValue()).toBe(org.label);
  });

  it('shows the schema error next to the field and writes nothing', async () => {
    const dialog = page.getByRole('dialog', { name: /Organisatie bewerken/ });
    const name = dialog.getByLabel('Naam');
    await name.fill('   ');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const error = dialog.locator('[data-field-error="name"]');
    expect(await error.textContent()).toBe('mag niet leeg zijn');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    // the error is tied to the field for screen readers, and focus went to it
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await error.getAttribute('id'));
    expect(await page.evaluate<string | null>('document.activeElement && document.activeElement.id')).toBe(
      await name.getAttribute('id'),
    );
    expect((await stored(org.id)).name).toBe(org.label);
  });

  it("shows the API's error next to the field (an organisation under itself)", async () => {
    const dialog = page.getByRole('dialog', { name: /Organisatie bewerken/ });
    await dialog.getByLabel('Naam').fill(org.label);
    await pick(dialog, 'Valt onder (moederorganisatie)', org.label);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const error = dialog.locator('[data-field-error="parentId"]');
    await error.waitFor();
    expect(await error.textContent()).toContain('kan niet onder zichzelf vallen');
    expect(await dialog.locator('[data-field-error="name"]').count()).toBe(0);
    await wb.screenshot('edit-organisation-api-error.png');
    await expectAccessible(page, 'the organisation form with an error');
    expect((await stored(org.id)).parentId).toBeNull();
  });

  it('saves a valid edit, then undoes and redoes it (button and keyboard)', async () => {
    const renamed = `${org.label} (gewijzigd)`;
    const dialog = page.getByRole('dialog', { name: /Organisatie bewerken/ });
    await dialog.getByRole('combobox', { name: 'Valt onder (moederorganisatie)' }).fill('');
    await dialog.getByLabel('Naam').fill(renamed);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await stored(org.id)).toMatchObject({ name: renamed, parentId: null });
    await eventually(
      'the new name on the map',
      () => mapLabel(org.id),
      (l) => l === renamed,
    );

    await page.getByRole('button', { name: /Ongedaan maken/ }).click();
    await eventually(
      'the old name stored',
      async () => (await stored(org.id)).name,
      (n) => n === org.label,
    );
    await eventually(
      'the old name on the map',
      () => mapLabel(org.id),
      (l) => l === org.label,
    );
    await page
      .getByRole('status')
      .filter({ hasText: `Ongedaan gemaakt: Organisatie gewijzigd: ${renamed}` })
      .waitFor();

    await page.locator('h1').focus();
    await page.keyboard.press('Control+Shift+Z');
    await eventually(
      'the new name stored again',
      async () => (await stored(org.id)).name,
      (n) => n === renamed,
    );
    await page.keyboard.press('Control+Z');
    await eventually(
      'the old name once more',
      async () => (await stored(org.id)).name,
      (n) => n === org.label,
    );
    await wb.screenshot('edit-organisation-undone.png');
  }, 60_000);

  it('runs without script errors', () => {
    // the API's 422 shows as a failed request in the console; nothing else may
    expect(wb.scriptErrors.filter((e) => !e.includes('422'))).toEqual([]);
  });
});
