/**
 * Where the time of a zoom, a pan and a select goes on a drawn map (not a bench): a CPU profile of each,
 * summed by function (self time). Run: `REGIEKAART_E2E_WEB_ROOT=... npx tsx tests/bench/interaction-profile.ts [sample|people]`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '@regiekaart/api';
import { launchChromium } from '../e2e/browser.ts';
import { signIn } from '../e2e/session.ts';
import { writeGeneratedDatabase } from './generated-network.ts';
import { timedInPage } from './timed-in-page.ts';

const PASSWORD = 'weergave-proef-wachtwoord-606';
const which = process.argv[2] ?? 'sample';
const dir = mkdtempSync(join(tmpdir(), 'regiekaart-profile-'));
const path = join(dir, 'g.db');
if (which !== 'sample') {
  writeGeneratedDatabase(path, Number(which));
}
const server = await startServer({
  port: 0,
  dbPath: path,
  loadSample: which === 'sample',
  adminPassword: PASSWORD,
  webRoot: process.env.REGIEKAART_E2E_WEB_ROOT ?? '',
});
type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const browser = await launchChromium();
try {
  const [vw, vh] = (process.env.VIEWPORT ?? '1440x900').split('x').map(Number);
  const page = await browser.newPage({ viewport: { width: vw ?? 1440, height: vh ?? 900 }, locale: 'nl-NL' });
  page.on('console', (m) => console.log('console:', m.text()));
  const { cookie } = await signIn(server.url, 'beheerder', PASSWORD);
  await page.context().addCookies([{ name: cookie.name, value: cookie.value, url: server.url }]);
  await page.goto(`${server.url}/${process.env.PROFILE_HASH ?? '#/netwerk'}`);
  for (;;) {
    const ready = await page.evaluate(
      `(() => { const c = document.querySelector('[data-testid="network-map"]'); return !!window.cy && window.cy.nodes().length > 0 && c?.getAttribute('data-layout-state') === 'done'; })()`,
    );
    if (ready) break;
    await new Promise((wait) => setTimeout(wait, 20));
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const steps: [string, string, string?, string?][] = [
    [
      'zoom',
      'cy.zoom({ level: cy.zoom() * 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })',
    ],
    ['pan', 'cy.panBy({ x: 120, y: -80 })'],
    [
      'select',
      "window.__n.emit('tap')",
      "window.__n.hasClass('highlighted') && window.__n.selected()",
      "window.__n = cy.nodes().filter((n) => !n.data('group')).max((n) => n.degree()).ele",
    ],
  ];
  // more steps of one's own: EXTRA_STEPS='[["name", "action", "done"]]'
  if (process.env.EXTRA_STEPS) steps.push(...(JSON.parse(process.env.EXTRA_STEPS) as [string, string][]));
  for (const [name, action, done, setup] of steps) {
    await page.waitForTimeout(
      name === 'zoom' && process.env.FIRST_WAIT ? Number(process.env.FIRST_WAIT) : 600,
    );
    if (process.env.TRACE) {
      // where the main thread's time goes (style, layout, paint, script), from a Chromium trace
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
      const ms = await page.evaluate<number>(timedInPage(action, done, setup));
      const trace = JSON.parse((await browser.stopTracing()).toString()) as {
        traceEvents: { name: string; dur?: number; ph: string; tid: number }[];
      };
      const sums = new Map<string, number>();
      for (const e of trace.traceEvents)
        if (e.ph === 'X' && e.dur) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
      console.log(`\n${name}: ${Math.round(ms)} ms`);
      for (const [k, v] of [...sums.entries()].sort((a, b) => b[1] - a[1]).slice(0, 16))
        console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
      continue;
    }
    if (!process.env.NO_PROFILE) await cdp.send('Profiler.start');
    const ms = await page.evaluate<number>(timedInPage(action, done, setup));
    if (process.env.NO_PROFILE) {
      console.log(`${name}: ${Math.round(ms)} ms`);
      continue;
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    if (process.env.SAVE_PROFILES)
      (await import('node:fs')).writeFileSync(
        `${process.env.SAVE_PROFILES}/${name}.cpuprofile`,
        JSON.stringify(profile),
      );
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const self = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const n = byId.get(id);
      if (!n) return;
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    // inclusive time: a function's own samples and those of everything it called
    const parent = new Map<number, number>();
    for (const n of profile.nodes as (Node & { children?: number[] })[])
      for (const c of n.children ?? []) parent.set(c, n.id);
    const total = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const f = byId.get(at)?.callFrame;
        if (!f) break;
        const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
        if (seen.has(key)) continue;
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    });
    if (process.env.INCLUSIVE)
      for (const [k, v] of [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40))
        console.log(`  incl ${v.toFixed(1).padStart(7)} ms  ${k}`);
    const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 18);
    console.log(`\n${name}: ${Math.round(ms)} ms`);
    for (const [k, v] of top) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  }
  await page.close();
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
