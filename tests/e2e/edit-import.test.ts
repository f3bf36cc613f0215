import { readFileSync } from 'node:fs';
import { readWorkbook } from '@regiekaart/io';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible, getJson } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

const GOOD_ROW = 'Buurtteam Kerkrade-West;sociaal_domein;wijkteam';
const BAD_ROW = 'Onbekende Partner;ruimtevaart;gemeente';
const badFile = ['naam;domein;soort', GOOD_ROW, BAD_ROW, ''].join('\r\n');
const goodFile = ['naam;domein;soort', GOOD_ROW, ''].join('\r\n');

type Report = { rows: { entity: string; row: number; action: string; errors?: { field: string }[] }[] };

describe.skipIf(skipBrowserTests())('importing a file: dry run first, then on request', () => {
  let wb: Workbench;
  let page: Page;
  const count = async (q: string) =>
    (await getJson<{ total: number }>(wb, `/api/organisations?q=${encodeURIComponent(q)}`)).total;
  const choose = (name: string, content: string) =>
    page
      .getByRole('dialog', { name: 'Gegevens importeren' })
      .getByLabel('Bestand')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(15_000);
    await wb.open('#/opgaven/opg-ps-nazorg');
    await wb.waitForMap('the opgave', (m) => m.nodes > 3 && laidOut(m));
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('shows the dry-run report of a file with one bad row, with its row number and field; writes nothing', async () => {
    // what the API itself says about the file
    const response = await wb.api('/api/import?format=csv&dryRun=true', {
      method: 'POST',
      text: { content: badFile, type: 'text/csv' },
    });
    const expected = (await response.json()) as Report;
    const rejected = expected.rows.find((r) => r.action === 'reject');
    expect(rejected?.errors?.[0]?.field).toBe('domein');

    await page.getByRole('button', { name: 'Importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gegevens importeren' });
    await choose('partners.csv', badFile);
    const report = dialog.getByTestId('import-report');
    await report.waitFor();
    const organisations = report.locator('tr[data-entity="organisations"]');
    expect(await organisations.locator('[data-count="create"]').textContent()).toBe('1');
    expect(await organisations.locator('[data-count="reject"]').textContent()).toBe('1');
    const row = dialog.getByTestId('import-rows').locator('tbody tr[data-action="reject"]');
    expect(await row.count()).toBe(1);
    expect(await row.getAttribute('data-row')).toBe(String(rejected?.row));
    expect(await row.textContent()).toContain('domein');
    expect(await row.textContent()).toContain('Onbekende Partner');
    expect(await dialog.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);
    await wb.screenshot('import-dry-run-rejected.png');
    await expectAccessible(page, 'the dry-run report');

    expect(await count('Buurtteam Kerkrade-West')).toBe(0);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await count('Buurtteam Kerkrade-West')).toBe(0);
  });

  it('imports a good file only after "Importeren"', async () => {
    await page.getByRole('button', { name: 'Importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gegevens importeren' });
    await choose('partners.csv', goodFile);
    await dialog.getByTestId('import-report').waitFor();
    expect(await dialog.getByTestId('import-rows').locator('tr[data-action="reject"]').count()).toBe(0);
    expect(await count('Buurtteam Kerkrade-West')).toBe(0);

    await dialog.getByRole('button', { name: 'Importeren' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Import voltooid' }).waitFor();
    expect(await dialog.getByRole('heading', { name: 'Geïmporteerd' }).count()).toBe(1);
    expect(await count('Buurtteam Kerkrade-West')).toBe(1);
    await wb.screenshot('import-done.png');
    await expectAccessible(page, 'the import done');

    // an opgave's map shows its participants: the dialog says where the new organisation shows, and leads there
    const where = dialog.getByTestId('imported-where');
    expect(await where.textContent()).toContain(
      'op de kaart van het hele netwerk, op het niveau organisaties',
    );
    await where.getByRole('link', { name: 'Bekijk ze op de kaart' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).hash).toBe('#/netwerk?level=organisation');
    await wb.waitForMap('the whole network of organisations', (m) => m.nodes > 20);
    await expect
      .poll(() =>
        page.evaluate<boolean>(
          `window.cy.nodes().some((n) => n.data('label') === 'Buurtteam Kerkrade-West')`,
        ),
      )
      .toBe(true);

    // imported again from here, it says they are on this map
    await page.getByRole('button', { name: 'Importeren' }).click();
    await choose(
      'partners-2.csv',
      ['naam;domein;soort', 'Buurtteam Brunssum-Noord;sociaal_domein;wijkteam', ''].join('\r\n'),
    );
    await dialog.getByTestId('import-report').waitFor();
    await dialog.getByRole('button', { name: 'Importeren' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Import voltooid' }).waitFor();
    expect(await dialog.getByTestId('imported-where').textContent()).toBe('Ze staan nu op deze kaart.');
    await dialog.getByRole('button', { name: 'Sluiten' }).first().click();
  });

  it('offers an empty workbook to fill in, with the columns the import reads', async () => {
    await page.getByRole('button', { name: 'Importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gegevens importeren' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('link', { name: 'Invulbestand (Excel) downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('regiekaart-invulbestand.xlsx');
    const sheets = readWorkbook(new Uint8Array(readFileSync(await download.path())));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Uitleg', 'Organisaties', 'Personen', 'Verbindingen']);
    expect(sheets[1]?.rows[0]?.cells).toContain('domein');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('refuses a file whose type it cannot tell, before sending anything', async () => {
    await page.getByRole('button', { name: 'Importeren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gegevens importeren' });
    await choose('partners.txt', goodFile);
    expect(await dialog.locator('.field-error').textContent()).toContain('Onbekend bestandstype');
    expect(await dialog.getByTestId('import-report').count()).toBe(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('runs without script errors', () => {
    expect(wb.scriptErrors).toEqual([]);
  });
});
