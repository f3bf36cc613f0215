import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

/**
 * A map opened from its address starts its layout worker while the app is still loading: the
 * worker's script is asked for before the app knows who is signed in, so it does not wait on the
 * server behind the map's own data (render bench: about 0.2 s of a large map's first open).
 */
describe.skipIf(skipBrowserTests())('the layout worker of a map opened from its address, in Chromium', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await startWorkbench();
  }, 120_000);

  afterAll(async () => {
    await wb?.close();
  });

  it('is asked for before the session is known, and the map is laid out with it', async () => {
    const events: string[] = [];
    wb.page.on('request', (request) => {
      if (/layout\.worker[^/]*\.js$/.test(new URL(request.url()).pathname)) events.push('worker asked');
    });
    wb.page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/session') events.push('session known');
    });
    await wb.open('#/netwerk');
    await wb.waitForMap('het hele netwerk', laidOut);
    expect(events).toContain('worker asked');
    expect(events.indexOf('worker asked')).toBeLessThan(events.indexOf('session known'));
    expect(wb.scriptErrors).toEqual([]);
  }, 60_000);

  it('is not started on a screen without a map', async () => {
    const page = await wb.page.context().newPage();
    const workers: string[] = [];
    page.on('request', (request) => {
      if (/layout\.worker[^/]*\.js$/.test(new URL(request.url()).pathname)) workers.push(request.url());
    });
    await page.goto(`${wb.server.url}/#/toegankelijkheid`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForTimeout(500);
    expect(workers).toEqual([]);
    await page.close();
  }, 60_000);
});
