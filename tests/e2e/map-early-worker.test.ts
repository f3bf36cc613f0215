import { describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { laidOut, workbenchForTests } from './session.ts';

/**
 * A map opened from its address starts its layout worker while the app is still loading: the
 * worker's script is asked for before the app knows who is signed in, so it does not wait on the
 * server behind the map's own data (render bench: about 0.2 s of a large map's first open). The
 * map's data is asked for as soon as the session is known, before React has drawn anything.
 */
describe.skipIf(skipBrowserTests())('the layout worker of a map opened from its address, in Chromium', () => {
  const workbench = workbenchForTests();

  it('is asked for before the session is known, and the map is laid out with it', async () => {
    const wb = workbench();
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

  it("asks for the map's data as soon as the session is known, before the map screen's code", async () => {
    const wb = workbench();
    const page = await wb.page.context().newPage();
    const events: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path === '/api/network') events.push('data asked');
      if (/\/assets\/MapScreen-[^/]*\.js$/.test(path)) events.push('map code asked');
      // asked by the workbench once React has drawn it
      if (path === '/api/domains') events.push('workbench drawn');
    });
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/session') events.push('session known');
    });
    await page.goto(`${wb.server.url}/#/netwerk`);
    await page.locator('[data-testid="network-map"][data-layout-state="done"]').waitFor({ timeout: 60_000 });
    for (const event of ['session known', 'data asked', 'map code asked', 'workbench drawn'])
      expect(events).toContain(event);
    expect(events.indexOf('session known')).toBeLessThan(events.indexOf('data asked'));
    // the server answers the data first: the code would only have made it wait
    expect(events.indexOf('data asked')).toBeLessThan(events.indexOf('map code asked'));
    expect(events.indexOf('data asked')).toBeLessThan(events.indexOf('workbench drawn'));
    await page.close();
  }, 60_000);

  it('is not started on a screen without a map', async () => {
    const wb = workbench();
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
