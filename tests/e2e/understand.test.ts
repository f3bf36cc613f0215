import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { laidOut, startWorkbench, today, type Workbench } from './session.ts';

// just the fields the assertions read
type NetworkBody = { nodes: { id: string; domain: string | null }[]; edges: { id: string }[] };
type AnalysisBody = {
  nodes: Record<string, { betweenness: number }>;
  groups: {
    tieMatrix: { groups: (string | null)[]; observed: number[][] };
    eiIndex: { groups: unknown[] };
  };
  insights: { singlePointsOfFailure: { articulationPoints: { id: string; cutOff: number }[] } };
};

const OPGAVE = 'opg-ps-nazorg';
const BROKER = 'per-028';
const BROKER_NAME = 'Nicole Kerckhoffs';

/** In the page: the map's emphasis, as tests read it through `window.cy`. */
const EMPHASIS = `(() => {
  const cy = window.cy;
  const ids = (selector) => cy.nodes(selector).map((n) => n.id()).sort();
  return {
    selected: ids(':selected'),
    highlighted: ids('.highlighted'),
    faded: cy.nodes('.faded').length,
    removed: ids('.removed'),
    cutOff: ids('.cut-off'),
  };
})()`;
type Emphasis = {
  selected: string[];
  highlighted: string[];
  faded: number;
  removed: string[];
  cutOff: string[];
};

const closedNeighbourhood = (
  network: NetworkBody & { edges: { source: string; target: string }[] },
  id: string,
) => {
  const ids = new Set([id]);
  for (const e of network.edges) {
    if (e.source === id) ids.add(e.target);
    if (e.target === id) ids.add(e.source);
  }
  return [...ids].sort();
};

describe.skipIf(skipBrowserTests())('finding your way and understanding the network', () => {
  let wb: Workbench;
  let page: Page;
  const api = async <T>(path: string): Promise<T> => {
    const response = await wb.api(path);
    expect(response.status, `GET ${path}`).toBe(200);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('offers a start screen without serious accessibility problems', async () => {
    await wb.open('#/');
    await page.locator('[data-opgave-id]').first().waitFor();
    await expectAccessible(page, 'the start screen');
    await wb.screenshot('understand-start.png');
  }, 60_000);

  it('opens an opgave and filters it by domain, with the filter in the URL and the caption', async () => {
    await page.locator(`[data-opgave-id="${OPGAVE}"] a`).click();
    await wb.waitForMap('the opgave', (m) => m.nodes > 10 && laidOut(m));

    await page.getByRole('button', { name: /^Domein/ }).click();
    await page.getByRole('checkbox', { name: 'Zorg' }).check();
    await page.getByRole('checkbox', { name: 'Veiligheid' }).check();
    await page.getByRole('button', { name: /^Domein/ }).click();
    const expected = await api<NetworkBody>(
      `/api/opgaven/${OPGAVE}/network?hops=1&asOf=${today()}&domain=zorg,veiligheid`,
    );
    const map = await wb.waitForMap(
      'only zorg and veiligheid',
      (m) => m.nodes === expected.nodes.length && laidOut(m),
    );
    expect(map.edges).toBe(expected.edges.length);
    const domains = await page.evaluate<string[]>(
      `[...new Set(window.cy.nodes().map((n) => n.data('domain')))].sort()`,
    );
    expect(domains).toEqual(['veiligheid', 'zorg']);
    expect(page.url()).toContain('domain=zorg,veiligheid');
    expect(await page.getByTestId('map-caption').textContent()).toContain('domein: Zorg, Veiligheid');
    await wb.screenshot('understand-filter-domain.png');
  }, 90_000);

  it('replays the network through time with the date slider', async () => {
    await page.getByRole('button', { name: 'Alle filters wissen' }).click();
    const slider = page.getByTestId('time-slider');
    await slider.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await page.waitForURL(/asOf=2022-01-01/);
    const expected = await api<NetworkBody>(`/api/opgaven/${OPGAVE}/network?hops=1&asOf=2022-01-01`);
    const now = await api<NetworkBody>(`/api/opgaven/${OPGAVE}/network?hops=1&asOf=${today()}`);
    expect(expected.edges.length).not.toBe(now.edges.length);
    const map = await wb.waitForMap(
      'the opgave on 1 January 2022',
      (m) => m.nodes === expected.nodes.length && m.edges === expected.edges.length && laidOut(m),
    );
    expect(map.edges).toBe(expected.edges.length);
    expect(await page.getByTestId('map-caption').textContent()).toContain('zoals op 1 januari 2022');
    await wb.screenshot('understand-filter-date.png');

    await page.getByRole('button', { name: 'Vandaag', exact: true }).click();
    await wb.waitForMap('the opgave today', (m) => m.edges === now.edges.length && laidOut(m));
    expect(page.url()).not.toContain('asOf=');
  }, 90_000);

  it('finds the broker, selects it and explains its metrics in the side panel', async () => {
    await page.getByLabel('Zoek een actor op de kaart').fill(BROKER_NAME);
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    const panel = page.getByTestId('selection-panel');
    await panel.getByText(BROKER_NAME).first().waitFor();
    const emphasis = await page.evaluate<Emphasis>(EMPHASIS);
    expect(emphasis.selected).toEqual([BROKER]);

    const betweenness = panel.locator('[data-metric="betweenness"]');
    await betweenness.waitFor();
    expect(await betweenness.textContent()).toContain('makelaar: ligt op veel kortste paden tussen anderen');
    expect(await panel.locator('[data-metric="constraint"]').textContent()).toContain(
      'hoe sterk het netwerk van deze persoon in zichzelf gesloten is',
    );
    expect(await panel.getByTestId('brokerage-list').textContent()).toContain('Poortwachter');
    // the sample's note on the broker, read-only here
    await panel
      .getByTestId('annotation-list')
      .getByText(/Enige schakel/)
      .waitFor();
    await panel.getByText('Zorg- en Veiligheidshuis Parkstad').first().waitFor();
    await wb.screenshot('understand-broker.png');
  }, 60_000);

  it('lists insights and picks one out on the map', async () => {
    const network = await api<NetworkBody & { edges: { source: string; target: string }[] }>(
      `/api/opgaven/${OPGAVE}/network?hops=1&asOf=${today()}`,
    );
    await page.getByRole('tab', { name: 'Inzichten' }).click();
    const broker = page.locator(`[data-insight="broker:${BROKER}"]`);
    await broker.click();
    expect(await broker.getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(`window.cy.nodes('.highlighted').length > 0`);
    const emphasis = await page.evaluate<Emphasis>(EMPHASIS);
    expect(emphasis.highlighted).toEqual(closedNeighbourhood(network, BROKER));
    expect(emphasis.faded).toBe(network.nodes.length - emphasis.highlighted.length);

    const cut = page.locator(`[data-insight="cut:${BROKER}"]`);
    await cut.click();
    await page.waitForFunction(`window.cy.nodes('.highlighted').length !== ${emphasis.highlighted.length}`);
    const cutEmphasis = await page.evaluate<Emphasis>(EMPHASIS);
    const analysis = await api<AnalysisBody>(`/api/opgaven/${OPGAVE}/analysis?hops=1&asOf=${today()}`);
    const point = analysis.insights.singlePointsOfFailure.articulationPoints.find((a) => a.id === BROKER);
    expect(point?.cutOff).toBeGreaterThan(0);
    expect(cutEmphasis.highlighted.length).toBe((point?.cutOff ?? 0) + 1);
    await expectAccessible(page, 'the map with the insights panel open');
    await wb.screenshot('understand-insights.png');
  }, 60_000);

  it('shows what falls apart without the broker, and finds the three most damaging actors', async () => {
    const analysis = await api<AnalysisBody>(`/api/opgaven/${OPGAVE}/analysis?hops=1&asOf=${today()}`);
    const cutOff = analysis.insights.singlePointsOfFailure.articulationPoints.find(
      (a) => a.id === BROKER,
    )?.cutOff;
    await page.getByRole('tab', { name: 'Wat als' }).click();
    await page.getByRole('button', { name: `${BROKER_NAME} laten wegvallen` }).click();
    const headline = page.getByTestId('what-if-cut-off');
    await headline.waitFor();
    expect(await headline.getAttribute('data-count')).toBe(String(cutOff));
    expect(await headline.textContent()).toContain(`${cutOff} actoren raken los`);
    expect(Number(await page.getByTestId('what-if-components').textContent())).toBeGreaterThan(1);
    const emphasis = await page.evaluate<Emphasis>(EMPHASIS);
    expect(emphasis.removed).toEqual([BROKER]);
    expect(emphasis.cutOff).toHaveLength(cutOff ?? -1);
    await wb.screenshot('understand-what-if.png');

    await page.getByRole('button', { name: /Zoek de 3 actoren/ }).click();
    await page.waitForFunction(`window.cy.nodes('.removed').length === 3`);
    expect(await page.locator('.chip-list li').count()).toBe(3);
    await expectAccessible(page, 'the map with the what-if panel open');
  }, 60_000);

  it('shows the domain heatmap with the same numbers in a table, and the E-I index', async () => {
    const analysis = await api<AnalysisBody>(`/api/opgaven/${OPGAVE}/analysis?hops=1&asOf=${today()}`);
    const { groups, observed } = analysis.groups.tieMatrix;
    await page.getByRole('tab', { name: 'Domeinen' }).click();
    const heatmap = page.getByTestId('domain-heatmap');
    await heatmap.waitFor();
    expect(await heatmap.locator('[data-cell]').count()).toBe(groups.length ** 2);
    const rows = page.getByTestId('domain-table').locator('tbody tr');
    expect(await rows.count()).toBe((groups.length * (groups.length + 1)) / 2);
    // the first pair of the table is the first cell of the matrix
    expect(await rows.first().locator('td').nth(1).textContent()).toBe(String(observed[0]?.[0]));
    const zorg = groups.indexOf('zorg');
    const veiligheid = groups.indexOf('veiligheid');
    const cell = heatmap.locator(`[data-cell="${groups[zorg]}|${groups[veiligheid]}"] text`);
    expect(await cell.textContent()).toBe(String(observed[zorg]?.[veiligheid]));
    expect(await page.getByTestId('ei-table').locator('tbody tr').count()).toBe(
      analysis.groups.eiIndex.groups.length,
    );
    expect(page.url()).toContain('pane=domeinen');
    await wb.screenshot('understand-heatmap.png');
  }, 60_000);

  it('lists every actor in a table that sorts by a metric with the keyboard and selects on the map', async () => {
    const analysis = await api<AnalysisBody>(`/api/opgaven/${OPGAVE}/analysis?hops=1&asOf=${today()}`);
    const byBetweenness = Object.entries(analysis.nodes).sort((a, b) => b[1].betweenness - a[1].betweenness);
    await page.getByRole('tab', { name: 'Tabel' }).click();
    const table = page.getByTestId('actor-table');
    await table.waitFor();
    const header = table.locator('button[data-column="betweenness"]');
    await header.focus();
    await page.keyboard.press('Enter');
    const th = table.locator('th', { has: page.locator('button[data-column="betweenness"]') });
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    expect(await table.locator('tbody tr').first().getAttribute('data-node-id')).toBe(byBetweenness[0]?.[0]);
    await page.keyboard.press('Enter');
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    await page.keyboard.press('Enter');
    expect(await th.getAttribute('aria-sort')).toBe('descending');

    const second = byBetweenness[1]?.[0] ?? '';
    const rowButton = table.locator(`tr[data-node-id="${second}"] button`);
    await rowButton.focus();
    await page.keyboard.press('Enter');
    expect(await rowButton.getAttribute('aria-pressed')).toBe('true');
    const emphasis = await page.evaluate<Emphasis>(EMPHASIS);
    expect(emphasis.selected).toEqual([second]);
    await expectAccessible(page, 'the table view');
    await wb.screenshot('understand-table.png');
  }, 60_000);

  it('keeps the view in the URL, so a bookmark opens the same map', async () => {
    const hash = `#/opgaven/${OPGAVE}?level=organisation&minStrength=3&sizeBy=degree&pane=kaart`;
    await wb.open(hash);
    const expected = await api<NetworkBody>(
      `/api/opgaven/${OPGAVE}/network?level=organisation&hops=1&asOf=${today()}&minStrength=3`,
    );
    await wb.waitForMap('the bookmarked view', (m) => m.nodes === expected.nodes.length && laidOut(m));
    expect(await page.getByRole('radio', { name: 'Organisaties' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Minimale sterkte').inputValue()).toBe('3');
    expect(await page.getByLabel('Grootte van de knopen').inputValue()).toBe('degree');
    const sizes = await page.evaluate<number[]>(
      `[...new Set(window.cy.nodes().map((n) => Math.round(n.data('size'))))]`,
    );
    expect(sizes.length).toBeGreaterThan(2);
  }, 60_000);

  it('focuses on one actor and its direct contacts', async () => {
    const network = await api<NetworkBody & { edges: { source: string; target: string }[] }>(
      `/api/opgaven/${OPGAVE}/network?hops=1&asOf=${today()}`,
    );
    const ego = closedNeighbourhood(network, BROKER);
    await wb.open(`#/opgaven/${OPGAVE}`);
    await wb.waitForMap('the opgave', (m) => m.nodes === network.nodes.length && laidOut(m));
    await page.getByLabel('Zoek een actor op de kaart').fill(BROKER_NAME);
    await page.getByRole('button', { name: 'Zoek', exact: true }).click();
    await page.getByRole('tab', { name: 'Selectie' }).click();
    await page.getByRole('button', { name: 'Alleen deze actor en directe contacten tonen' }).click();
    await wb.waitForMap('the ego network', (m) => m.nodes === ego.length && laidOut(m));
    expect(page.url()).toContain(`focus=${BROKER}`);
    expect(await page.getByTestId('map-caption').textContent()).toContain(`focus op ${BROKER_NAME}`);
    await page.getByRole('button', { name: 'Focus opheffen' }).click();
    await wb.waitForMap('the opgave again', (m) => m.nodes === network.nodes.length && laidOut(m));
  }, 60_000);

  it('runs without script errors', () => {
    expect(wb.scriptErrors).toEqual([]);
  });
});
