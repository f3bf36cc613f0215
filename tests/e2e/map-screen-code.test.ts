import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { SCREENSHOTS, workbenchForTests } from './session.ts';

// a string, not a function: the test transform may add helpers that do not exist in the page
const RECORD_DONE = `(() => {
  window.__mapDoneAt = null;
  new MutationObserver(() => {
    const map = document.querySelector('[data-testid="network-map"]');
    if (window.__mapDoneAt === null && map?.getAttribute('data-layout-state') === 'done') window.__mapDoneAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-layout-state'] });
})()`;

// when the page asked for the map's metrics (ms since it opened), or null
const ANALYSIS_ASKED_AT = `performance.getEntriesByType('resource').find((r) => new URL(r.name).pathname === '/api/analysis')?.startTime ?? null`;

/**
 * The map screen's code is loaded apart from the app and rendered without Suspense; if it cannot be
 * loaded the screen says so in Dutch and offers to try again. A map's metrics are asked for once it
 * has drawn itself, so the server's analysis does not take the machine from the first picture.
 */
describe.skipIf(skipBrowserTests())("the map screen's code and metrics, in Chromium", () => {
  const workbench = workbenchForTests();

  it('asks for the metrics of the sample network only after the map is drawn', async () => {
    const wb = workbench();
    const page = await wb.page.context().newPage();
    await page.addInitScript(RECORD_DONE);
    await page.goto(`${wb.server.url}/#/netwerk`);
    await page.locator('[data-testid="network-map"][data-layout-state="done"]').waitFor({ timeout: 60_000 });
    // the insights panel shows what the metrics say once they are here
    let askedAt: number | null = null;
    for (const until = Date.now() + 30_000; askedAt === null && Date.now() < until; ) {
      askedAt = (await page.evaluate(ANALYSIS_ASKED_AT)) as number | null;
      if (askedAt === null) await page.waitForTimeout(100);
    }
    expect(askedAt).not.toBeNull();
    const doneAt = (await page.evaluate('window.__mapDoneAt')) as number | null;
    expect(doneAt).not.toBeNull();
    expect(askedAt as number).toBeGreaterThanOrEqual(doneAt as number);
    await page.close();
  }, 90_000);

  it('says in Dutch when the code cannot be loaded, and tries again on request', async () => {
    const wb = workbench();
    const page = await wb.page.context().newPage();
    let blocked = true;
    await page.route(/\/assets\/MapScreen-[^/]*\.js$/, (route) =>
      blocked ? route.abort() : route.continue(),
    );
    await page.goto(`${wb.server.url}/#/netwerk`);
    const alert = page.getByRole('alert');
    await alert
      .getByText('Dit scherm kon niet worden geladen', { exact: false })
      .waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'map-screen-code-failed-1440.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SCREENSHOTS, 'map-screen-code-failed-390.png') });
    blocked = false;
    await alert.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.locator('[data-testid="network-map"][data-layout-state="done"]').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  }, 90_000);
});
