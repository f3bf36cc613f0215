import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@regiekaart/api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, skipBrowserTests } from './browser.ts';

const WEB_INDEX = fileURLToPath(new URL('../../apps/web/dist/index.html', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));
const MAP_TIMEOUT_MS = 60_000;

/** What the page's `window.cy` and the map element show; evaluated in the browser. */
type MapProbe = {
  nodes: number;
  edges: number;
  distinctPositions: number;
  kinds: string[];
  layout: string | null;
};

// a string, not a function: the test transform may add helpers that do not exist in the page
const PROBE_MAP = `(() => {
  const cy = window.cy;
  const canvas = document.querySelector('[data-testid="network-map"]');
  if (!cy || !canvas) return null;
  const positions = new Set(cy.nodes().map((n) => Math.round(n.position('x')) + ',' + Math.round(n.position('y'))));
  return {
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    distinctPositions: positions.size,
    kinds: [...new Set(cy.nodes().map((n) => n.data('kind')))].sort(),
    layout: canvas.getAttribute('data-layout-state'),
  };
})()`;

async function waitForMap(page: Page, what: string, accept: (map: MapProbe) => boolean): Promise<MapProbe> {
  const deadline = Date.now() + MAP_TIMEOUT_MS;
  let last: MapProbe | null = null;
  while (Date.now() < deadline) {
    last = await page.evaluate<MapProbe | null>(PROBE_MAP);
    if (last && last.layout === 'done' && accept(last)) return last;
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`e2e: the map never showed ${what}; last seen ${JSON.stringify(last)}`);
}

// just the fields the assertions read
type OpgavenList = { items: { id: string; kind: string; code: string | null }[] };
type NetworkCounts = { nodes: unknown[]; edges: unknown[] };

const laidOut = (map: MapProbe) => map.distinctPositions >= map.nodes * 0.9;
/** Today in local time, as the client computes its default date. */
const today = () => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
const nlNumber = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

describe.skipIf(skipBrowserTests())('the workbench in Chromium', () => {
  let dir: string;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const scriptErrors: string[] = [];

  const api = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${server?.url}${path}`);
    expect(response.status, `GET ${path}`).toBe(200);
    return (await response.json()) as T;
  };
  const screenshot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });

  beforeAll(async () => {
    if (!existsSync(WEB_INDEX)) {
      throw new Error(`e2e: no built client at ${WEB_INDEX}; run \`pnpm build\` first (pnpm test does)`);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'regiekaart-e2e-'));
    server = await startServer({ port: 0, dbPath: join(dir, 'e2e.db') });
    browser = await launchChromium();
    page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    page.on('pageerror', (error) => scriptErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') scriptErrors.push(`console: ${message.text()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists opgaven and casussen, casussen with their pseudonymous code', async () => {
    await page.goto(server?.url ?? '');
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
    const map = await waitForMap(
      page,
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
    const persons = await waitForMap(page, 'an opgave', (m) => m.nodes > 0 && laidOut(m));
    await screenshot('opgave-personen.png');

    await page.getByRole('radio', { name: 'Organisaties' }).check();
    const organisations = await waitForMap(
      page,
      'the opgave at organisation level',
      (m) => m.nodes !== persons.nodes && m.kinds.join() === 'organisation' && laidOut(m),
    );
    expect(organisations.kinds).toEqual(['organisation']);
    expect(page.url()).toContain('level=organisation');
    await screenshot('opgave-organisaties.png');
  }, 90_000);

  it('runs without script errors or CSP violations', () => {
    expect(scriptErrors).toEqual([]);
  });
});
