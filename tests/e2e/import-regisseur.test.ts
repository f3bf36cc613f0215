import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { pageAs, SCREENSHOTS, workbenchForTests } from './session.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PASSWORD = 'ketenlijst-inlezen-proef-7391';

/**
 * A regisseur brings in their own Excel list: the workbench offers "Importeren" to whoever edits the
 * network, and the server lets a regisseur import organisations, people and ties, and undo that. What
 * stays the beheerder's (partner templates) is offered to read, not to edit.
 */
describe.skipIf(skipBrowserTests())('a regisseur imports their Excel list, in Chromium', () => {
  const workbench = workbenchForTests();

  it('dry-runs, imports and undoes a workbook as a regisseur', async () => {
    const wb = workbench();
    const { page, context, errors } = await pageAs(
      wb,
      { username: 'regisseur-import', password: PASSWORD, name: 'Regisseur Import', role: 'regisseur' },
      '#/netwerk',
    );

    await page.getByRole('button', { name: 'Importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gegevens importeren' });
    await dialog.getByLabel('Bestand').setInputFiles({
      name: 'ketenpartners.xlsx',
      mimeType: XLSX,
      buffer: readFileSync(new URL('../fixtures/ketenpartners.xlsx', import.meta.url)),
    });
    await dialog.getByTestId('import-report').waitFor();
    expect(await dialog.getByRole('alert').count()).toBe(0);
    await dialog.getByRole('button', { name: 'Importeren', exact: true }).click();
    await dialog.getByRole('status').filter({ hasText: 'Import voltooid' }).waitFor();
    const organisations = async () =>
      ((await (await wb.api('/api/organisations?q=Veilig%20Thuis%20Limburg')).json()) as { total: number })
        .total;
    expect(await organisations()).toBe(1);

    await dialog.getByRole('button', { name: 'Import ongedaan maken' }).click();
    await dialog.getByRole('status').filter({ hasText: 'ongedaan gemaakt' }).waitFor();
    expect(await organisations()).toBe(0);
    await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
    await dialog.waitFor({ state: 'detached' });

    // partner templates are the beheerder's: a regisseur reads them, without buttons that would fail
    await page.getByRole('button', { name: 'Partnersjablonen' }).click();
    const templates = page.getByTestId('templates-dialog');
    await templates.getByText('Een beheerder maakt en wijzigt de sjablonen.').waitFor();
    expect(await templates.getByRole('button', { name: 'Nieuw sjabloon' }).count()).toBe(0);
    expect(await templates.getByRole('button', { name: /bewerken/i }).count()).toBe(0);
    expect(await templates.locator('li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'sjablonen-regisseur-1440.png') });
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
