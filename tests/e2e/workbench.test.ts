import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { laidOut, startWorkbench, today, type Workbench } from './session.ts';

// just the fields the assertions read
type OpgavenList = { items: { id: string; kind: string; code: string | null }[] };
type NetworkCounts = { nodes: unknown[]; edges: unknown[] };

const nlNumber = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

describe.skipIf(skipBrowserTests())('the workbench in Chromium', () => {
  let wb: Workbench;
  let page: Page;
  const api = async <T>(path: string): Promise<T> => {
    const response = await wb.api(path);
    expect(response.status, `GET ${path}`).toBe(200);
    return (await response.json()) as T;
  };
  const screenshot = (name: string) => wb.screenshot(name);

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('lists opgaven and casussen, casussen with their pseudonymous code', async () => {
    await wb.open();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const items = page.locator('[data-opgave-id]');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThanOrEqual(8);

    const casussen = await api<OpgavenList>('/api/opgaven?kind=casus');
    const casus = casussen.items[0];
    expect(casus?.code).toBeTruthy();
    const casusItem = page.locator(`[data-opgave-id="${casus?.id}"]`);
    expect(await casusItem.getAttribute('data-kind')).toBe('casus');
    expect(await casusItem.textContent()).toContain(casus?.code);
    await screenshot('start.png');
  }, 60_000);

  it('draws the whole network, laid out', async () => {
    await page.getByRole('link', { name: /Het hele netwerk/ }).click();
    const map = await wb.waitForMap(
      'the whole sample network',
      (m) => m.nodes > 200 && m.edges > 500 && laidOut(m),
    );

    // Without a chosen date the map shows today's network.
    const network = await api<NetworkCounts>(`/api/network?asOf=${today()}`);
    expect(map.nodes).toBe(network.nodes.length);
    expect(map.edges).toBe(network.edges.length);
    expect(await page.getByTestId('network-summary').textContent()).toContain(
      `${nlNumber(map.nodes)} actoren`,
    );
    await screenshot('network.png');
  }, 90_000);

  it('opens an opgave and folds it to organisations', async () => {
    await page.getByRole('link', { name: /Terug naar opgaven/ }).click();
    await page.locator('[data-kind="opgave"] a').first().click();
    const persons = await wb.waitForMap('an opgave', (m) => m.nodes > 0 && laidOut(m));
    await screenshot('opgave-personen.png');

    await page.getByRole('radio', { name: 'Organisaties' }).check();
    const organisations = await wb.waitForMap(
      'the opgave at organisation level',
      (m) => m.nodes !== persons.nodes && m.kinds.join() === 'organisation' && laidOut(m),
    );
    expect(organisations.kinds).toEqual(['organisation']);
    expect(page.url()).toContain('level=organisation');
    await screenshot('opgave-organisaties.png');
  }, 90_000);

  it('runs without script errors or CSP violations', () => {
    expect(wb.scriptErrors).toEqual([]);
  });
});
