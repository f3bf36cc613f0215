import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { Page, Response } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { eventually, expectAccessible, getJson } from './edit-helpers.ts';
import { personLeaks, sample } from './sample.ts';
import { laidOut, SCREENSHOTS, signedInContext, startWorkbench, type Workbench } from './session.ts';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const broker = sample.people.find((p) => p.id === 'per-028');
const LEZER_PASSWORD = 'alleen-lezen-in-de-raad-8642';

type Presentation = { id: string; name: string; raad: boolean; steps: { viewId: string; title: string }[] };

const counter = (page: Page) => page.getByTestId('step-counter').textContent();
const heading = (page: Page) => page.locator('#presenter-step-title').textContent();
const mapKinds = (page: Page) =>
  page.evaluate<string[]>(
    'window.cy ? [...new Set(window.cy.nodes().map((n) => n.data("kind")))].sort() : []',
  );

describe.skipIf(skipBrowserTests())('presenting to the gemeenteraad in Chromium', () => {
  let wb: Workbench;
  let page: Page;
  let presentationId: string;
  let changeViewId: string;
  let figuresViewId: string;
  /** API answers the page received, with their bodies, while `recording` is on. */
  const answers: { url: string; body: string }[] = [];
  let recording = false;

  const waitForStep = async (n: number, of: number) => {
    await eventually(
      'the step counter',
      () => counter(page),
      (text) => text === `Stap ${n} van ${of}`,
    );
    await eventually(
      'the URL of the step',
      async () => page.url(),
      (url) => (n === 1 ? !url.includes('stap=') : url.includes(`stap=${n}`)),
    );
  };

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(20_000);
    page.on('response', (response: Response) => {
      if (!recording || !response.url().includes('/api/')) return;
      const url = response.url();
      response
        .text()
        .then((body) => answers.push({ url, body }))
        .catch(() => answers.push({ url, body: '' }));
    });
    // a third saved view at person level: people placed by hand, a person in focus and in the caption
    const view = await wb.api('/api/views', {
      method: 'POST',
      body: {
        id: 'vw-e2e-makelaar',
        opgaveId: 'opg-ps-pga',
        name: 'De makelaar tussen zorg en veiligheid',
        caption: `${broker?.name} verbindt het FACT-team met de rest.`,
        positions: { 'per-028': { x: 0, y: 0 } },
        filters: { level: 'person', hops: 1, focus: 'per-028' },
        styling: {},
      },
    });
    expect(view.status).toBe(201);
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('saves a comparison of two dates on the change screen as a view', async () => {
    await wb.open('#/verandering?van=2021-09-30&tot=2023-10-01&level=organisation');
    await page.getByTestId('change-summary').waitFor();
    await page.getByRole('button', { name: 'Opslaan als weergave' }).click();
    const dialog = page.getByRole('dialog', { name: 'Opslaan als weergave' });
    await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill('Sinds de samenwerking');
    await dialog.getByLabel('Bijschrift').fill('Wat de Zuid-Limburgse samenwerking opleverde.');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('De vergelijking is opgeslagen als weergave').waitFor();
    const views = await getJson<{
      items: { id: string; name: string; filters: unknown; styling: unknown }[];
    }>(wb, '/api/views?opgaveId=network');
    const view = views.items.find((v) => v.name === 'Sinds de samenwerking');
    expect(view?.filters).toEqual({ level: 'organisation', asOf: '2023-10-01' });
    expect(view?.styling).toEqual({ compareFrom: '2021-09-30' });
    changeViewId = view?.id ?? '';
  }, 90_000);

  it('saves the key figures of two dates as a view', async () => {
    await wb.open('#/kerncijfers?peildatum=2024-01-01&vergelijk=2023-01-01');
    await page.getByTestId('required-table').waitFor();
    await page.getByRole('button', { name: 'Opslaan als weergave' }).click();
    const dialog = page.getByRole('dialog', { name: 'Opslaan als weergave' });
    await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill('Het netwerk in cijfers');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('De kerncijfers zijn opgeslagen als weergave').waitFor();
    const views = await getJson<{
      items: { id: string; name: string; filters: unknown; styling: unknown }[];
    }>(wb, '/api/views?opgaveId=network');
    const view = views.items.find((v) => v.name === 'Het netwerk in cijfers');
    expect(view?.filters).toEqual({ asOf: '2024-01-01' });
    expect(view?.styling).toEqual({ slide: 'kerncijfers', compareFrom: '2023-01-01' });
    figuresViewId = view?.id ?? '';
  }, 90_000);

  it('builds a presentation from saved views: add, caption, reorder, save', async () => {
    await wb.open('#/presentaties');
    await page.getByRole('heading', { name: 'Presentaties', level: 1 }).waitFor();
    await page.locator('[data-presentation-id="prs-raad-2026"]').waitFor();
    await expectAccessible(page, 'the presentations list');

    const form = page.getByTestId('new-presentation-form');
    await form.getByRole('textbox', { name: 'Naam', exact: true }).fill('Jaarverslag netwerk 2026');
    await form.getByLabel('Doel', { exact: true }).fill('Verantwoording aan de gemeenteraad van Heerlen');
    expect(await form.getByLabel('Raadsversie', { exact: true }).isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Presentatie maken' }).click();
    await page.getByRole('heading', { name: /Presentatie bewerken: Jaarverslag netwerk 2026/ }).waitFor();
    presentationId = decodeURIComponent(/presentaties\/([^/]+)\/bewerken/.exec(page.url())?.[1] ?? '');
    expect(presentationId).not.toBe('');

    const addView = page.getByLabel('Opgeslagen weergave', { exact: true });
    for (const viewId of [
      'view-zl-organisaties',
      'view-ps-pga',
      'vw-e2e-makelaar',
      changeViewId,
      figuresViewId,
    ]) {
      await addView.selectOption(viewId);
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await page.locator(`.step-item[data-view-id="${viewId}"]`).waitFor();
    }
    const steps = page.getByTestId('step-list').locator('.step-item');
    expect(await steps.count()).toBe(5);
    // the new step takes the view's name and caption, and can be rewritten
    await steps
      .nth(0)
      .getByRole('textbox', { name: 'Titel', exact: true })
      .fill('Wie werkt met wie in Zuid-Limburg');
    await steps
      .nth(2)
      .getByRole('textbox', { name: 'Titel', exact: true })
      .fill('Eén makelaar houdt zorg en veiligheid bij elkaar');
    // the person-level step moves up to second place, by keyboard
    await page.getByRole('button', { name: 'Stap 3 omhoog' }).focus();
    await page.keyboard.press('Enter');
    await eventually(
      'the moved step',
      async () => steps.nth(1).getAttribute('data-view-id'),
      (id) => id === 'vw-e2e-makelaar',
    );
    // focus follows the moved step, so pressing again moves it on
    expect(await page.evaluate('document.activeElement.getAttribute("aria-label")')).toBe('Stap 2 omhoog');
    expect(await page.getByTestId('unsaved').count()).toBe(1);

    // an empty title is refused by the form, named at its field
    await steps.nth(2).getByRole('textbox', { name: 'Titel', exact: true }).fill('');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.locator('.form-summary').waitFor();
    expect(await page.locator('.form-summary').textContent()).toContain('Titel van stap (3)');
    await steps
      .nth(2)
      .getByRole('textbox', { name: 'Titel', exact: true })
      .fill('Persoonsgerichte aanpak Parkstad');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'De presentatie is opgeslagen.' }).waitFor();

    const saved = await getJson<Presentation>(wb, `/api/presentations/${presentationId}`);
    expect(saved.raad).toBe(true);
    expect(saved.steps.map((s) => s.viewId)).toEqual([
      'view-zl-organisaties',
      'vw-e2e-makelaar',
      'view-ps-pga',
      changeViewId,
      figuresViewId,
    ]);
    expect(saved.steps.map((s) => s.title)).toEqual([
      'Wie werkt met wie in Zuid-Limburg',
      'Eén makelaar houdt zorg en veiligheid bij elkaar',
      'Persoonsgerichte aanpak Parkstad',
      'Sinds de samenwerking',
      'Het netwerk in cijfers',
    ]);
    await page.getByTestId('unsaved').waitFor({ state: 'detached' });
    await expectAccessible(page, 'the presentation editor');
    await wb.screenshot('presentatie-bewerken.png');
  }, 120_000);

  it('steps through the presentation with the keyboard, in the raadsversie, naming no one', async () => {
    recording = true;
    await page.getByRole('link', { name: 'Presenteren', exact: true }).click();
    await page.getByTestId('presenter').waitFor();
    await waitForStep(1, 5);
    expect(await page.getByTestId('presenter').getAttribute('data-view')).toBe('raad');
    expect(await heading(page)).toBe('Wie werkt met wie in Zuid-Limburg');
    const first = await wb.waitForMap('the first step', (m) => m.nodes > 10 && laidOut(m));
    expect(first.kinds).toEqual(['organisation']);
    const footer = await page.getByTestId('presenter-footer').textContent();
    expect(footer).toContain('Doel: Verantwoording aan de gemeenteraad van Heerlen');
    expect(footer).toContain('Raadsversie');
    expect(footer).toMatch(/Gegevens van \d{1,2} \w+ \d{4}/);
    await expectAccessible(page, 'the presenter');
    await wb.screenshot('presentatie-stap-1.png');
    // a higher minimum folds more organisations into "overig", on the server
    await page.getByLabel('Minimum aantal personen').selectOption('10');
    const folded = await wb.waitForMap('more folded', (m) => m.nodes < first.nodes && laidOut(m));
    expect(folded.kinds).toEqual(['organisation']);
    expect(page.url()).toContain('minPeople=10');
    await page.getByLabel('Minimum aantal personen').selectOption('3');
    await wb.waitForMap('the default minimum again', (m) => m.nodes === first.nodes && laidOut(m));
    expect(page.url()).not.toContain('minPeople');

    await page.keyboard.press('ArrowRight');
    await waitForStep(2, 5);
    expect(await heading(page)).toBe('Eén makelaar houdt zorg en veiligheid bij elkaar');
    // the caption named the broker: the server blacked it out
    expect(await page.locator('.presenter-caption').textContent()).toBe(
      '[naam] verbindt het FACT-team met de rest.',
    );
    await wb.waitForMap('the second step', (m) => m.nodes > 1 && laidOut(m));
    expect(await mapKinds(page)).toEqual(['organisation']);
    await wb.screenshot('presentatie-stap-2-raad.png');

    // the clicker's blank-screen key darkens the room; any key brings the step back, without moving on
    await page.keyboard.press('b');
    await page.getByTestId('presenter-blank').waitFor();
    await page.keyboard.press('PageDown');
    await page.getByTestId('presenter-blank').waitFor({ state: 'detached' });
    await waitForStep(2, 5);
    await page.keyboard.press('PageDown');
    await waitForStep(3, 5);
    await page.keyboard.press('PageUp');
    await waitForStep(2, 5);
    await page.keyboard.press('Home');
    await waitForStep(1, 5);
    await page.keyboard.press('End');
    await waitForStep(5, 5);
    await page.keyboard.press('ArrowRight'); // past the end: stays
    await waitForStep(5, 5);
    // the key-figures step: the API's figures, then and now
    expect(await heading(page)).toBe('Het netwerk in cijfers');
    const keyFigures = await getJson<{
      before: { crossDomainTies: number };
      now: { crossDomainTies: number };
    }>(wb, '/api/key-figures?asOf=2024-01-01&compareWith=2023-01-01');
    await page.getByTestId('figures-slide').waitFor();
    expect(await page.getByTestId('figures-slide').textContent()).toContain(
      `${keyFigures.before.crossDomainTies} → ${keyFigures.now.crossDomainTies}`,
    );
    await wb.screenshot('presentatie-stap-5-kerncijfers.png');
    await page.keyboard.press('ArrowLeft');
    await waitForStep(4, 5);
    // the change step: ties gained and lost as the change answer counts them, in the raadsversie
    expect(await heading(page)).toBe('Sinds de samenwerking');
    const change = await getJson<{ summary: { tiesAdded: number; tiesRemoved: number } }>(
      wb,
      '/api/change?from=2021-09-30&to=2023-10-01&level=organisation&view=raad',
    );
    await page.locator('[data-testid="change-map"][data-layout-state="done"]').waitFor({ timeout: 60_000 });
    const drawn = await page.evaluate<{ gained: number; lost: number; kinds: string[] }>(
      '({ gained: window.cy.edges(".gained").length, lost: window.cy.edges(".lost").length, kinds: [...new Set(window.cy.nodes().map((n) => n.data("kind")))] })',
    );
    expect(drawn).toEqual({
      gained: change.summary.tiesAdded,
      lost: change.summary.tiesRemoved,
      kinds: ['organisation'],
    });
    expect(await page.locator('.presenter-figures').textContent()).toContain(`+${change.summary.tiesAdded}`);
    await wb.screenshot('presentatie-stap-4-verandering.png');
    await page.keyboard.press('PageUp');
    await waitForStep(3, 5);
    expect(await heading(page)).toBe('Persoonsgerichte aanpak Parkstad');
    await wb.waitForMap('the third step', (m) => m.nodes > 3 && laidOut(m));
    expect(await mapKinds(page)).toEqual(['organisation']);
    await page.getByRole('button', { name: 'Vorige stap' }).click();
    await waitForStep(2, 5);

    // wait for the last answers' bodies, then walk them all
    await new Promise((wait) => setTimeout(wait, 500));
    recording = false;
    const networks = answers.filter((a) => /\/network\?/.test(a.url));
    expect(networks.length).toBeGreaterThanOrEqual(3);
    expect(answers.some((a) => a.url.includes(`/api/presentations/${presentationId}/steps`))).toBe(true);
    for (const answer of answers) expect(personLeaks(answer.body), answer.url).toEqual([]);
  }, 180_000);

  it('exports the presentation as a PDF with a cover and one page per step', async () => {
    recording = false;
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByRole('button', { name: 'PDF-verslag maken' }).click(),
    ]);
    // named after the presentation, not its id
    expect(download.suggestedFilename()).toBe('Jaarverslag netwerk 2026.pdf');
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, 'presentatie-raadsversie.pdf');
    await download.saveAs(path);
    const bytes = new Uint8Array(readFileSync(path));
    const pdf = await getDocumentProxy(bytes);
    expect(pdf.numPages).toBe(6);
    const { text: raw } = await extractText(pdf, { mergePages: false });
    // lines wrap where the page is full
    const text = raw.map((t) => t.replace(/\s+/g, ' '));
    expect(text[0]).toContain('Jaarverslag netwerk 2026');
    expect(text[0]).toContain('Raadsversie: zonder namen van personen');
    expect(text[0]).toContain('Pagina 1 van 6');
    expect(text[1]).toContain('Wie werkt met wie in Zuid-Limburg');
    expect(text[1]).toContain('Kerncijfers');
    expect(text[1]).toContain('Pagina 2 van 6');
    // the map pages carry the colour and shape legend, in the domains' words
    expect(text[1]).toContain('Legenda');
    expect(text[1]).toContain('Veiligheid');
    expect(text[3]).toContain('Legenda');
    expect(text[2]).toContain('[naam] verbindt het FACT-team met de rest.');
    expect(text[3]).toContain('Persoonsgerichte aanpak Parkstad');
    expect(text[3]).toContain('Pagina 4 van 6');
    expect(text[4]).toContain('Sinds de samenwerking');
    expect(text[4]).toContain('verbindingen erbij');
    expect(text[4]).toContain('Groen en doorgetrokken: verbinding erbij');
    expect(text[4]).toContain('Van 30 september 2021 tot en met 1 oktober 2023');
    expect(text[4]).toContain('Pagina 5 van 6');
    expect(text[5]).toContain('Het netwerk in cijfers');
    expect(text[5]).toContain('Verplichte partners per opgave');
    expect(text[5]).toMatch(/\d+ van \d+ verplichte partners/);
    expect(text[5]).toContain('Pagina 6 van 6');
    for (const pageText of text) expect(personLeaks(pageText)).toEqual([]);
    // each step page carries its map as an image, sharp enough to print
    // (pdf.js took the first copy's buffer)
    const doc = await PDFDocument.load(readFileSync(path));
    for (const n of [1, 2, 3, 4]) {
      const xobjects = doc.getPage(n).node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
      const first = xobjects?.keys()[0];
      const image = first ? xobjects?.lookup(first) : undefined;
      expect(image, `image on page ${n + 1}`).toBeInstanceOf(PDFRawStream);
      const dict = (image as PDFRawStream).dict;
      expect(dict.get(PDFName.of('Subtype'))?.toString()).toBe('/Image');
      expect(Number(dict.get(PDFName.of('Width'))?.toString())).toBeGreaterThanOrEqual(1500);
    }
    await page.getByRole('status').filter({ hasText: 'Het PDF-verslag is gemaakt.' }).waitFor();
  }, 150_000);

  it('shows the working version with people when the raadsversie is switched off', async () => {
    await page.getByRole('checkbox', { name: 'Raadsversie' }).uncheck();
    await eventually(
      'the working version',
      async () => page.getByTestId('presenter').getAttribute('data-view'),
      (v) => v === 'werk',
    );
    await waitForStep(2, 5);
    expect(page.url()).toContain('raad=0');
    expect(await page.locator('.presenter-caption').textContent()).toContain(broker?.name ?? '?');
    await wb.waitForMap('the ego network of the broker', (m) => m.kinds.includes('person') && laidOut(m));
    await wb.screenshot('presentatie-stap-2-werk.png');
  }, 90_000);

  it('opens from its shared link for a lezer, who cannot edit it', async () => {
    const made = await wb.api('/api/users', {
      method: 'POST',
      body: { username: 'raadslid', name: 'Raadslid', role: 'lezer', password: LEZER_PASSWORD },
    });
    expect(made.status).toBe(201);
    const { context } = await signedInContext(wb.browser, wb.server.url, 'raadslid', LEZER_PASSWORD, {
      viewport: { width: 1600, height: 900 },
    });
    try {
      const lezer = await context.newPage();
      await lezer.goto(`${wb.server.url}/#/presentaties/${presentationId}?stap=3`);
      await lezer.getByTestId('step-counter').filter({ hasText: 'Stap 3 van 5' }).waitFor();
      expect(await lezer.locator('#presenter-step-title').textContent()).toBe(
        'Persoonsgerichte aanpak Parkstad',
      );
      await lezer.screenshot({ path: join(SCREENSHOTS, 'presentatie-lezer.png') });
      expect(await lezer.getByRole('link', { name: 'Bewerken' }).count()).toBe(0);
      await lezer.goto(`${wb.server.url}/#/presentaties`);
      await lezer.locator(`[data-presentation-id="${presentationId}"]`).waitFor();
      expect(await lezer.getByRole('link', { name: /^Bewerken/ }).count()).toBe(0);
      expect(await lezer.getByTestId('new-presentation-form').count()).toBe(0);
      await lezer.goto(`${wb.server.url}/#/presentaties/${presentationId}/bewerken`);
      await lezer.getByText('U kunt presentaties bekijken en presenteren, niet wijzigen.').waitFor();
      expect(await lezer.getByTestId('presentation-form').count()).toBe(0);
    } finally {
      await context.close();
    }
    expect(wb.scriptErrors.filter((e) => !e.includes('401'))).toEqual([]);
  }, 90_000);
});
