/**
 * A timeline of the map's first open (not a bench): the requests the page makes and how long each took,
 * and a CPU profile of the page. Run: `REGIEKAART_E2E_WEB_ROOT=... npx tsx tests/bench/render-profile.ts [people]`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@regiekaart/api';
import { launchChromium } from '../e2e/browser.ts';
import { signIn } from '../e2e/session.ts';
import { writeGeneratedDatabase } from './generated-network.ts';

const PASSWORD = 'weergave-proef-wachtwoord-606';
const people = Number(process.argv[2] ?? 2000);
const out = process.env.PROFILE_OUT ?? '/tmp/layout4';
const dir = mkdtempSync(join(tmpdir(), 'regiekaart-profile-'));
const path = join(dir, 'g.db');
writeGeneratedDatabase(path, people);
const server = await startServer({
  port: 0,
  dbPath: path,
  loadSample: false,
  adminPassword: PASSWORD,
  webRoot: process.env.REGIEKAART_E2E_WEB_ROOT ?? '',
});
const browser = await launchChromium();
try {
  for (const round of process.env.PROFILE_ONCE ? [1] : [1, 2]) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    page.on('console', (m) => console.log('console:', m.text()));
    const { cookie } = await signIn(server.url, 'beheerder', PASSWORD);
    await page.context().addCookies([{ name: cookie.name, value: cookie.value, url: server.url }]);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    const rows: string[] = [];
    page.on('requestfinished', async (request) => {
      const timing = request.timing();
      const response = await request.response();
      const size = (await response?.body().catch(() => Buffer.alloc(0)))?.length ?? 0;
      rows.push(
        `${String(Math.round(timing.startTime - t0)).padStart(6)} +${String(Math.round(timing.responseEnd)).padStart(5)} ms (ttfb ${Math.round(timing.responseStart)}) ${String(size).padStart(8)} B ${request.method()} ${request.url().replace(server.url, '')}`,
      );
    });
    await page.goto(`${server.url}/#/netwerk`);
    for (;;) {
      const ready = await page.evaluate(
        `(() => { const c = document.querySelector('[data-testid="network-map"]'); return !!window.cy && window.cy.nodes().length > 0 && c?.getAttribute('data-layout-state') === 'done'; })()`,
      );
      if (ready) break;
      await new Promise((wait) => setTimeout(wait, 20));
    }
    const done = Date.now() - t0;
    if (process.env.PROFILE_SCREENSHOT) {
      await page.waitForTimeout(800);
      await page.screenshot({
        path: join(out, `map-${people}-${round}-${process.env.PROFILE_SCREENSHOT}.png`),
      });
    }
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(join(out, `profile-${people}-${round}.cpuprofile`), JSON.stringify(profile));
    const marks = await page.evaluate(
      `JSON.stringify(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]).concat(performance.getEntriesByType('navigation').map((n) => ['nav-domContentLoaded', Math.round(n.domContentLoadedEventEnd)])))`,
    );
    console.log(`round ${round}: layout done ${done} ms; marks ${marks}`);
    for (const row of rows.sort()) console.log(row);
    await page.close();
    // a fresh first open: drop the kept layout
    server.db.prepare('DELETE FROM map_layouts').run();
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
