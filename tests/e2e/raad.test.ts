import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { eventually, expectAccessible } from './edit-helpers.ts';
import { personLeaks, sample } from './sample.ts';
import { laidOut, SCREENSHOTS, startWorkbench, today, type Workbench } from './session.ts';

const OPGAVE = 'opg-ps-pga';
const CASUS = sample.opgaven.find((o) => o.kind === 'casus')!;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PAST_DAY = '2022-01-01';
const PAST_DAY_TEXT = '1 januari 2022';
const PURPOSE = 'Jaarverslag netwerkregie 2025';

type Received = { url: string; raad: boolean; body: string };

const KINDS = '[...new Set(window.cy.nodes().map((n) => n.data("kind")))].sort()';
const OVERIG = 'window.cy.nodes().filter((n) => n.id().startsWith("overig-")).length';

describe.skipIf(skipBrowserTests())('the raadsversie of the map', () => {
  let wb: Workbench;
  let page: Page;
  const received: Received[] = [];
  const bodies: Promise<void>[] = [];
  const downloads: { name: string; text: string }[] = [];
  /** responses that arrive from here on count as the raadsversie's */
  let raad = false;

  /** Chooses an item of the export menu and answers the downloaded file. */
  const download = async (item: string) => {
    await page.getByRole('button', { name: /Exporteren/ }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText(item, { exact: true }).click(),
    ]);
    const bytes = await readFile(await file.path());
    return { name: file.suggestedFilename(), bytes };
  };
  const downloadText = async (item: string) => {
    const { name, bytes } = await download(item);
    const text = bytes.toString('utf8');
    downloads.push({ name, text });
    return { name, text };
  };

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(20_000);
    page.on('response', (response) => {
      const url = response.url();
      if (!new URL(url).pathname.startsWith('/api/')) return;
      const entry: Received = { url, raad, body: '' };
      received.push(entry);
      const read = response.text().then(
        (body) => {
          entry.body = body;
        },
        () => {
          // a cancelled request or a download has no body to read here
        },
      );
      bodies.push(read);
    });
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('shows people in the working view, so the leak check can fail', async () => {
    await wb.open('#/netwerk');
    await wb.waitForMap('the whole network', (m) => m.kinds.includes('person') && laidOut(m));
    await eventually(
      'the working network with person names',
      async () => received.filter((r) => !r.raad).flatMap((r) => personLeaks(r.body)).length,
      (n) => n > 0,
    );
  }, 90_000);

  it('switches on the raadsversie: organisations only, banner and footer', async () => {
    // let the working view settle, so what arrives next answers the raadsversie
    await page.waitForTimeout(1_000);
    raad = true;
    await page.getByRole('switch', { name: 'Raadsversie' }).click();
    await page.waitForURL(/raad=1/);
    await wb.waitForMap('the raadsversie', (m) => m.kinds.join() === 'organisation' && laidOut(m));
    expect(await page.evaluate<string[]>(KINDS)).toEqual(['organisation']);

    await expect
      .poll(() => page.getByTestId('raad-banner').textContent())
      .toContain('Raadsversie: zonder namen van personen');
    const todayText = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${today()}T00:00:00Z`),
    );
    const footer = page.locator('.raad-footer');
    await expect.poll(() => footer.textContent()).toContain(`Gegevens van ${todayText}`);
    expect(await footer.textContent()).toContain('Verantwoording aan de gemeenteraad');
    // the level is fixed, person-only tools and the editing tools are gone
    expect(await page.getByRole('radio', { name: 'Personen' }).isDisabled()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /groeperen/ }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: /Nieuwe persoon/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: /Notities/ }).count()).toBe(0);
  }, 90_000);

  it('folds organisations with fewer than the minimum number of people into "overig"', async () => {
    const before = await page.evaluate<number>(OVERIG);
    await page.getByLabel('Minimum aantal personen').selectOption('5');
    await page.waitForURL(/minPeople=5/);
    const overig = await eventually(
      'overig nodes with minPeople 5',
      () => page.evaluate<number>(OVERIG),
      (n) => n > 0 && n >= before,
    );
    expect(overig).toBeGreaterThan(0);
    expect(await page.evaluate<string[]>(KINDS)).toEqual(['organisation']);
  }, 90_000);

  it('shows the data date in the footer after a change of date; no accessibility violations', async () => {
    const slider = page.getByTestId('time-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await page.waitForURL(new RegExp(`asOf=${PAST_DAY}`));
    await wb.waitForMap('the raadsversie in 2022', (m) => m.kinds.join() === 'organisation' && laidOut(m));
    await expect
      .poll(() => page.locator('.raad-footer').textContent())
      .toContain(`Gegevens van ${PAST_DAY_TEXT}`);
    await page.getByLabel('Doel (in de voettekst)').fill(PURPOSE);
    await page.keyboard.press('Tab');
    await page.waitForURL(/doel=Jaarverslag/);
    await expect.poll(() => page.locator('.raad-footer').textContent()).toContain(`Doel: ${PURPOSE}`);
    await expectAccessible(page, 'the raadsversie of the map');
    await wb.screenshot('raadsversie-kaart.png');
  }, 90_000);

  it('exports redacted data and images with the footer, the PNG at print resolution', async () => {
    const csv = await downloadText('Gegevens (CSV)');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text).toMatch(/overig-/);
    const graphml = await downloadText('Gegevens (GraphML)');
    expect(graphml.text).toContain('<graphml');

    const svg = await downloadText('Afbeelding (SVG)');
    expect(svg.name).toMatch(/raadsversie.*\.svg$/);
    expect(svg.text).toContain(`Gegevens van ${PAST_DAY_TEXT}`);
    expect(svg.text).toContain('Raadsversie');
    expect(svg.text).toContain(PURPOSE);
    await writeFile(join(SCREENSHOTS, 'raadsversie-export.svg'), svg.text);

    const png = await download('Afbeelding (PNG)');
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(Math.max(width, height)).toBeGreaterThanOrEqual(3000);
    await writeFile(join(SCREENSHOTS, 'raadsversie-export.png'), png.bytes);
  }, 120_000);

  it('shows an opgave in the raadsversie from its URL, and exports it redacted', async () => {
    await wb.open(`#/opgaven/${OPGAVE}?raad=1`);
    await wb.waitForMap(
      'the opgave in the raadsversie',
      (m) => m.kinds.join() === 'organisation' && laidOut(m),
    );
    expect(await page.getByTestId('raad-banner').isVisible()).toBe(true);
    const csv = await downloadText('Gegevens (CSV)');
    expect(csv.text.length).toBeGreaterThan(20);
    await downloadText('Afbeelding (SVG)');
  }, 90_000);

  it('says a casus is only a count in the raadsversie', async () => {
    await wb.open(`#/opgaven/${CASUS.id}?raad=1`);
    await expect
      .poll(() => page.getByTestId('raad-casus').textContent())
      .toContain('Een casus is in de raadsversie alleen als aantal te zien');
    expect(await page.getByText(CASUS.name).count()).toBe(0);
  }, 60_000);

  it('received no person name or id after switching on, in responses or downloads', async () => {
    await Promise.allSettled(bodies);
    const afterSwitch = received.filter((r) => r.raad);
    expect(afterSwitch.some((r) => r.url.includes('view=raad'))).toBe(true);
    const leaks = afterSwitch
      .map((r) => ({ url: r.url, leaks: personLeaks(r.body) }))
      .filter((r) => r.leaks.length > 0);
    expect(leaks).toEqual([]);
    expect(downloads.length).toBeGreaterThanOrEqual(5);
    expect(downloads.map((d) => ({ name: d.name, leaks: personLeaks(d.text) }))).toEqual(
      downloads.map((d) => ({ name: d.name, leaks: [] })),
    );
    expect(wb.scriptErrors.filter((e) => !e.includes('404'))).toEqual([]);
  });
});
