import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDataset, openDatabase, type RunningServer, startServer } from '@regiekaart/api';
import { type DatasetInput, DatasetSchema } from '@regiekaart/model';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, WEB_ROOT } from './browser.ts';

const WEB_INDEX = join(WEB_ROOT, 'index.html');
export const SCREENSHOTS = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));
const MAP_TIMEOUT_MS = 60_000;
/** The password of the beheerder `beheerder` in every workbench; the page is signed in as them. */
export const E2E_ADMIN_PASSWORD = 'werkbank-proef-wachtwoord-2468';

/** What the page's `window.cy` and the map element show; evaluated in the browser. */
export type MapProbe = {
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

export const laidOut = (map: MapProbe) => map.distinctPositions >= map.nodes * 0.9;

/** The browser's time zone in these tests unless a test names another (`startWorkbench`). */
export const BROWSER_TIME_ZONE = 'Europe/Amsterdam';

/**
 * Today as the client computes its default date: in the browser's time zone, not this process's
 * (between 23:00 and 24:00 UTC the two are different days).
 */
export const today = (timeZone = BROWSER_TIME_ZONE) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );

export type Workbench = {
  server: RunningServer;
  browser: Browser;
  page: Page;
  /** Script errors and CSP violations seen in the page so far. */
  scriptErrors: string[];
  /** Opens the app at a hash route (`#/`, `#/netwerk`, `#/opgaven/<id>`), signed in where needed. */
  open(hash?: string): Promise<void>;
  /** A request to the API as the page's user; JSON bodies are sent as application/json. */
  api(
    path: string,
    init?: { method?: string; body?: unknown; text?: { content: string; type: string } },
  ): Promise<Response>;
  waitForMap(what: string, accept: (map: MapProbe) => boolean): Promise<MapProbe>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
};

/** Signs in through the API; the session cookie and the CSRF token every write must carry. */
export async function signIn(
  url: string,
  username: string,
  password: string,
): Promise<{ cookie: { name: string; value: string }; csrfToken: string }> {
  const response = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`e2e: signing in as ${username} failed (${response.status})`);
  const [name = '', value = ''] = (response.headers.getSetCookie()[0] ?? '').split(';')[0]?.split('=') ?? [];
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: { name, value }, csrfToken };
}

/** A test's own server; `close` stops it and removes its temp folder and database. */
export type TestServer = { server: RunningServer; close(): Promise<void> };

/**
 * A real server on a random port over a fresh SQLite file in a temp folder, serving the built client:
 * with the sample network, or with `dataset` imported instead (a generated large network). The
 * beheerder `beheerder` signs in with E2E_ADMIN_PASSWORD. The one place in tests/e2e that starts one.
 */
export async function startTestServer(
  options: { dataset?: DatasetInput; oidc?: Parameters<typeof startServer>[0]['oidc'] } = {},
): Promise<TestServer> {
  if (!existsSync(WEB_INDEX)) {
    throw new Error(`e2e: no built client at ${WEB_INDEX}; run \`pnpm build\` first (pnpm test does)`);
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'regiekaart-e2e-'));
  const dbPath = join(dir, 'e2e.db');
  if (options.dataset) {
    const db = openDatabase(dbPath);
    try {
      const report = importDataset(db, DatasetSchema.parse(options.dataset));
      if (!report.applied) throw new Error(`e2e: the test's dataset was refused: ${JSON.stringify(report)}`);
    } finally {
      db.close();
    }
  }
  const server = await startServer({
    port: 0,
    dbPath,
    webRoot: WEB_ROOT,
    adminPassword: E2E_ADMIN_PASSWORD,
    loadSample: !options.dataset,
    ...(options.oidc ? { oidc: options.oidc } : {}),
  });
  return {
    server,
    async close() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type PageOptions = { viewport?: { width: number; height: number }; timezoneId?: string };

/**
 * A browser context signed in on `url` as `username` (the session cookie set, as the app's own
 * sign-in would), in Dutch, at 1440x900 in the tests' time zone unless told otherwise.
 */
export async function signedInContext(
  browser: Browser,
  url: string,
  username: string,
  password: string,
  options: PageOptions = {},
): Promise<{ context: BrowserContext; cookie: { name: string; value: string }; csrfToken: string }> {
  const { cookie, csrfToken } = await signIn(url, username, password);
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: 'nl-NL',
    timezoneId: options.timezoneId ?? BROWSER_TIME_ZONE,
  });
  await context.addCookies([{ ...cookie, url, httpOnly: true, sameSite: 'Lax' }]);
  return { context, cookie, csrfToken };
}

/**
 * A page of the workbench signed in as a new account with `role` (made through the API by the
 * beheerder), opened at `hash` and waited for until its map is drawn; `errors` collects its script
 * errors. Close its `context` when done.
 */
export async function pageAs(
  wb: Workbench,
  account: { username: string; password: string; name: string; role: 'regisseur' | 'lezer' },
  hash: string,
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const created = await wb.api('/api/users', { method: 'POST', body: account });
  if (created.status !== 201) throw new Error(`e2e: account ${account.username}: ${await created.text()}`);
  const { context } = await signedInContext(wb.browser, wb.server.url, account.username, account.password);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${wb.server.url}/${hash}`);
  await page
    .locator('[data-testid="network-map"][data-layout-state="done"]')
    .waitFor({ timeout: MAP_TIMEOUT_MS });
  return { page, context, errors };
}

/**
 * A workbench for the tests of one `describe`: started before them, closed after them. Call it in the
 * `describe` body; the answer gives the workbench once it has started.
 */
export function workbenchForTests(options: Parameters<typeof startWorkbench>[0] = {}): () => Workbench {
  let wb: Workbench | undefined;
  beforeAll(async () => {
    wb = await startWorkbench(options);
  }, 120_000);
  afterAll(async () => {
    await wb?.close();
  });
  return () => {
    if (!wb) throw new Error('e2e: the workbench has not started');
    return wb;
  };
}

/**
 * A real server over a fresh SQLite file with the sample network (or `dataset`), the built client,
 * and a Chromium page on it, signed in as the beheerder. Every browser test starts here, so signing in
 * lives in one place.
 */
export async function startWorkbench(
  options: PageOptions & { dataset?: DatasetInput } = {},
): Promise<Workbench> {
  const test = await startTestServer(options.dataset ? { dataset: options.dataset } : {});
  const { server } = test;
  const browser = await launchChromium();
  // the page shares the session: the app asks GET /api/session and finds it signed in
  const { context, cookie, csrfToken } = await signedInContext(
    browser,
    server.url,
    'beheerder',
    E2E_ADMIN_PASSWORD,
    options,
  );
  const page = await context.newPage();
  const scriptErrors: string[] = [];
  page.on('pageerror', (error) => scriptErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') scriptErrors.push(`console: ${message.text()}`);
  });

  return {
    server,
    browser,
    page,
    scriptErrors,
    async open(hash = '#/') {
      await page.goto(`${server.url}/${hash}`);
    },
    api(path, init = {}) {
      const headers: Record<string, string> = {
        cookie: `${cookie.name}=${cookie.value}`,
        'x-csrf-token': csrfToken,
      };
      if (init.text) headers['content-type'] = init.text.type;
      else if (init.body !== undefined) headers['content-type'] = 'application/json';
      const body = init.text
        ? init.text.content
        : init.body !== undefined
          ? JSON.stringify(init.body)
          : undefined;
      return fetch(`${server.url}${path}`, {
        method: init.method ?? 'GET',
        headers,
        ...(body !== undefined ? { body } : {}),
      });
    },
    async waitForMap(what, accept) {
      const deadline = Date.now() + MAP_TIMEOUT_MS;
      let last: MapProbe | null = null;
      while (Date.now() < deadline) {
        last = await page.evaluate<MapProbe | null>(PROBE_MAP);
        if (last && last.layout === 'done' && accept(last)) return last;
        await new Promise((wait) => setTimeout(wait, 200));
      }
      throw new Error(`e2e: the map never showed ${what}; last seen ${JSON.stringify(last)}`);
    },
    async screenshot(name) {
      await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
    },
    async close() {
      await browser.close();
      await test.close();
    },
  };
}
