import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { eventually, expectAccessible, getJson, pick } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A Dutch workbook written by openpyxl (tests/fixtures/make-ketenpartners.py). */
const workbook = readFileSync(new URL('../fixtures/regio-partners.xlsx', import.meta.url));

type Page_<T> = { items: T[]; total: number };
type Named = { id: string; name: string };

/** Chooses the option that starts with `label` in this very case (the pick-list search ignores case). */
async function pickExact(scope: Page | Locator, field: string, label: string): Promise<void> {
  await scope.getByRole('combobox', { name: field, exact: true }).fill(label);
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const option = scope
    .getByRole('option')
    .filter({ hasText: new RegExp(`^${escaped}`) })
    .first();
  await option.waitFor();
  await option.click();
}

describe.skipIf(skipBrowserTests())('real data in: an Excel workbook, duplicates and merging', () => {
  let wb: Workbench;
  let page: Page;
  const people = (q: string) => getJson<Page_<Named>>(wb, `/api/people?q=${encodeURIComponent(q)}`);
  /** A person drawn on the opened map, to select there. */
  let onMap = '';
  const plain = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
  /** People named as `onMap` in any case or spacing. */
  const namesakes = async () =>
    (await people(onMap.split(' ').at(-1) ?? onMap)).items.filter((p) => plain(p.name) === plain(onMap));
  const organisations = (q: string) =>
    getJson<Page_<Named>>(wb, `/api/organisations?q=${encodeURIComponent(q)}`);

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(20_000);
    await wb.open('#/opgaven/opg-ps-nazorg');
    await wb.waitForMap('the opgave', (m) => m.nodes > 3 && laidOut(m));
    onMap = await page.evaluate<string>(
      "window.cy.nodes().filter((n) => n.data('kind') === 'person').first().data('label')",
    );
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('dry-runs a Dutch workbook, lets the user place an unknown name, imports, and undoes the import', async () => {
    await page.getByRole('button', { name: 'Importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gegevens importeren' });
    await dialog
      .getByLabel('Bestand')
      .setInputFiles({ name: 'regio-partners.xlsx', mimeType: XLSX, buffer: workbook });
    const report = dialog.getByTestId('import-report');
    await report.waitFor();
    const links = report.locator('tr[data-entity="links"]');
    expect(await links.locator('[data-count="create"]').textContent()).toBe('3');
    const unknown = dialog.locator('fieldset.name-choice[data-name="Stichting Welzijn Plus"]');
    await unknown.waitFor();
    expect(await unknown.textContent()).toContain('staat nog niet in Regiekaart');
    const rows = dialog.getByTestId('import-rows');
    expect(await rows.textContent()).toContain('Sanne Hermans – Marco Kurvers');
    expect(await rows.textContent()).not.toMatch(/sourceId|targetId|per-\d|org-/);
    expect(await dialog.getByRole('radio', { name: 'personen' }).count()).toBe(1);
    await wb.screenshot('import-xlsx-dry-run.png');
    await expectAccessible(page, 'the import report with a name to place');

    // the unknown name is an existing partner under another name
    await unknown.getByRole('radio', { name: 'Een bestaande kiezen' }).check();
    await pick(unknown, 'Bestaande persoon of organisatie', 'Partners in Welzijn');
    await eventually(
      'the dry run with the chosen partner',
      async () => (await rows.textContent()) ?? '',
      (text) => text.includes('Buurtteam Geleen-Zuid – Partners in Welzijn'),
    );

    await dialog.getByRole('button', { name: 'Importeren', exact: true }).click();
    await dialog.getByText('Import voltooid').first().waitFor();
    expect((await people('Sanne Hermans')).total).toBe(1);
    expect((await organisations('Stichting Welzijn Plus')).total).toBe(0);
    await wb.screenshot('import-xlsx-done.png');

    await dialog.getByRole('button', { name: 'Import ongedaan maken' }).click();
    await dialog.getByText('De import is ongedaan gemaakt.').first().waitFor();
    expect((await people('Sanne Hermans')).total).toBe(0);
    expect((await organisations('Buurtteam Geleen-Zuid')).total).toBe(0);
    await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('asks "Bestaat deze al?" when a new person repeats a name, and creates one only when asked to', async () => {
    expect(await namesakes()).toHaveLength(1);
    await page.getByRole('button', { name: 'Nieuwe persoon' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe persoon' });
    await dialog.getByLabel('Naam').fill(`  ${onMap.toUpperCase()} `);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const warning = dialog.getByTestId('duplicate-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Bestaat deze al?');
    expect(await warning.getByRole('button', { name: new RegExp(`Ja, gebruik ${onMap}`) }).count()).toBe(1);
    expect(await namesakes()).toHaveLength(1);
    await wb.screenshot('duplicate-warning.png');
    await expectAccessible(page, 'the duplicate warning');

    await warning.getByRole('button', { name: 'Nee, toch een nieuwe aanmaken' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await namesakes()).toHaveLength(2);
  });

  it('merges the duplicate from the selection and undoes the merge', async () => {
    const all = await namesakes();
    const original = all.find((p) => p.name === onMap);
    const duplicate = all.find((p) => p.name !== onMap);
    expect(original && duplicate).toBeTruthy();
    const tiesOf = async (id: string) =>
      (await getJson<Page_<unknown>>(wb, `/api/links?actorId=${id}`)).total;
    const ties = await tiesOf(original?.id ?? '');

    const panel = page.getByTestId('edit-panel');
    await pickExact(panel, 'Actor zoeken', onMap);
    await panel.getByRole('button', { name: 'Samenvoegen met…' }).click();
    const dialog = page.getByRole('dialog', { name: `${onMap} samenvoegen` });
    await pickExact(dialog, 'Samenvoegen met', duplicate?.name ?? '');
    await wb.screenshot('merge-dialog.png');
    await expectAccessible(page, 'the merge dialog');
    await dialog.getByRole('button', { name: 'Samenvoegen', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await namesakes()).toHaveLength(1);
    expect(await tiesOf(duplicate?.id ?? '')).toBe(ties);

    await page
      .getByRole('button', { name: /Ongedaan maken|Ongedaan/ })
      .first()
      .click();
    await eventually(
      'the merge undone',
      async () => (await namesakes()).length,
      (n) => n === 2,
    );
    expect(await tiesOf(original?.id ?? '')).toBe(ties);
  }, 90_000);

  it('shows the import dialog on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    // on a phone the tool row keeps undo, redo and export; importing is under "Meer"
    await page.getByRole('button', { name: 'Meer bewerkingen' }).click();
    await page.getByRole('menuitem', { name: 'Importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gegevens importeren' });
    await dialog
      .getByLabel('Bestand')
      .setInputFiles({ name: 'regio-partners.xlsx', mimeType: XLSX, buffer: workbook });
    await dialog.getByTestId('import-report').waitFor();
    await wb.screenshot('import-xlsx-dry-run-phone.png');
    // the report is longer than the screen: "Importeren" stays in view at the dialog's foot
    const confirm = dialog.getByRole('button', { name: 'Importeren', exact: true });
    const scroller = await dialog.evaluate((d) => d.scrollHeight > d.clientHeight);
    expect(scroller).toBe(true);
    const box = await confirm.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    expect(
      await page.evaluate(
        `document.elementFromPoint(${box!.x + box!.width / 2}, ${box!.y + box!.height / 2})?.textContent`,
      ),
    ).toBe('Importeren');
    await expectAccessible(page, 'the import report on a phone');
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('runs without script errors', () => {
    // a refused write (the 409 of the duplicate check) is logged by the browser as a failed resource
    expect(wb.scriptErrors.filter((e) => !e.includes('409'))).toEqual([]);
  });
});
