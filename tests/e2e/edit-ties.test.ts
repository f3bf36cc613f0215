import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import {
  type Analysis,
  edgeCount,
  eventually,
  expectAccessible,
  gapsById,
  getJson,
  type NetworkBody,
  nodeOnScreen,
  pick,
  unlinkedPair,
} from './edit-helpers.ts';
import { laidOut, startWorkbench, today, type Workbench } from './session.ts';

const OPGAVE = 'opg-mh-woonoverlast';
const QUERY = `level=person&hops=1&asOf=${today()}`;

describe.skipIf(skipBrowserTests())('adding ties on the map', () => {
  let wb: Workbench;
  let page: Page;
  const network = () => getJson<NetworkBody>(wb, `/api/opgaven/${OPGAVE}/network?${QUERY}`);
  const analysis = () => getJson<Analysis>(wb, `/api/opgaven/${OPGAVE}/analysis?${QUERY}`);
  const label = (net: NetworkBody, id: string) => net.nodes.find((n) => n.id === id)?.label ?? id;

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(15_000);
    await wb.open(`#/opgaven/${OPGAVE}`);
    await wb.waitForMap('the opgave', (m) => m.nodes > 5 && laidOut(m));
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('adds a tie through the form with two actor pickers; the map and the metrics change', async () => {
    const before = await network();
    const metricsBefore = await analysis();
    const [a, b] = unlinkedPair(before);
    const edgesBefore = await edgeCount(page);
    expect(edgesBefore).toBe(before.edges.length);

    await page.getByRole('button', { name: 'Nieuwe verbinding' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe verbinding' });
    await dialog.waitFor();
    await pick(dialog, 'Van', label(before, a));
    await pick(dialog, 'Naar', label(before, b));
    await dialog.getByLabel('Soort verbinding').selectOption('casusoverleg');
    await dialog.getByLabel('Sterkte (1 = zwak, 5 = sterk)').selectOption('4');
    await wb.screenshot('edit-tie-form.png');
    await expectAccessible(page, 'the tie form');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });

    await eventually(
      'one more edge on the map',
      () => edgeCount(page),
      (n) => n === edgesBefore + 1,
    );
    const after = await network();
    expect(after.edges.length).toBe(before.edges.length + 1);
    expect(after.edges.some((e) => [e.source, e.target].sort().join() === [a, b].sort().join())).toBe(true);
    const metricsAfter = await analysis();
    expect(metricsAfter.nodes[a]?.degree).toBe((metricsBefore.nodes[a]?.degree ?? 0) + 1);
    expect(metricsAfter.nodes[b]?.degree).toBe((metricsBefore.nodes[b]?.degree ?? 0) + 1);
  }, 90_000);

  it('draws a tie by dragging from one node to another in "Verbinding tekenen" mode', async () => {
    await wb.waitForMap('the map after the first tie', (m) => laidOut(m));
    const before = await network();
    const metricsBefore = await analysis();
    const edgesBefore = await edgeCount(page);
    // ends that a pointer cannot miss
    const [a, b] = unlinkedPair(before, await gapsById(page));

    const toggle = page.getByRole('button', { name: /Verbinding tekenen/ });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    const from = await nodeOnScreen(page, a);
    const to = await nodeOnScreen(page, b);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.waitForTimeout(250);
    await page.mouse.up();

    const dialog = page.getByRole('dialog', { name: 'Nieuwe verbinding' });
    await dialog.waitFor();
    // both ends prefilled from the drawing
    expect(await dialog.getByRole('combobox', { name: 'Van', exact: true }).inputValue()).toBe(
      label(before, a),
    );
    expect(await dialog.getByRole('combobox', { name: 'Naar', exact: true }).inputValue()).toBe(
      label(before, b),
    );
    await dialog.getByLabel('Soort verbinding').selectOption('informeel');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');

    await eventually(
      'the drawn edge on the map',
      () => edgeCount(page),
      (n) => n === edgesBefore + 1,
    );
    const metricsAfter = await analysis();
    expect(metricsAfter.nodes[a]?.degree).toBe((metricsBefore.nodes[a]?.degree ?? 0) + 1);
    expect(metricsAfter.nodes[b]?.degree).toBe((metricsBefore.nodes[b]?.degree ?? 0) + 1);
    await wb.screenshot('edit-tie-drawn.png');
  }, 90_000);

  it('deletes a tie from its form, and undo brings it back', async () => {
    await wb.waitForMap('the map after the drawn tie', (m) => laidOut(m));
    const before = await network();
    const person = before.nodes.find(
      (n) => n.kind === 'person' && before.edges.some((e) => e.source === n.id),
    );
    if (!person) throw new Error('e2e: no person with a tie on the map');
    // the person found and selected: the edit panel lists their ties, each with "Bewerken"
    await page.getByLabel('Zoek een actor op de kaart').fill(person.label);
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    const tie = page.getByTestId('edit-panel').locator('[data-link-id]').first();
    await tie.waitFor();
    const linkId = (await tie.getAttribute('data-link-id')) ?? '';
    await tie.getByRole('button', { name: /^Verbinding met .* bewerken$/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Verbinding bewerken' });
    await dialog.waitFor();
    const missing: string[] = [];
    const onResponse = (response: Response) => {
      if (response.status() === 404)
        missing.push(`${response.request().method()} ${new URL(response.url()).pathname}`);
    };
    page.on('response', onResponse);
    await dialog.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      'the tie gone from the API',
      async () => (await wb.api(`/api/links/${encodeURIComponent(linkId)}`)).status,
      (status) => status === 404,
    );
    page.off('response', onResponse);
    // the open form does not ask again for the tie it has just deleted
    expect(missing).toEqual([]);
    await page.getByRole('button', { name: 'Ongedaan maken', exact: false }).first().click();
    await eventually(
      'the tie back after undo',
      async () => (await wb.api(`/api/links/${encodeURIComponent(linkId)}`)).status,
      (status) => status === 200,
    );
  }, 90_000);

  it('runs without script errors', () => {
    expect(wb.scriptErrors).toEqual([]);
  });
});
