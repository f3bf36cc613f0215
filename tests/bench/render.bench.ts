/**
 * How fast the map draws, lays out and responds, in headless Chromium against a real server:
 * the whole Zuid-Limburg sample network and generated networks of 250, 2,000 and 10,000 people
 * (2.5 ties per person). Run: `npx tsx tests/bench/render.bench.ts` (needs the built client: `pnpm build`,
 * or another build named by REGIEKAART_E2E_WEB_ROOT). REGIEKAART_BENCH_SIZES=2000,10000 measures only those
 * generated networks (add `sample` for the sample network). Each map is opened for the first time
 * REGIEKAART_BENCH_RUNS times (3; once for 10,000 people), its kept layout dropped in between; the
 * figures are the medians, with the range of "layout done".
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@regiekaart/api';
import type { Browser } from 'playwright-core';
import { launchChromium, WEB_ROOT } from '../e2e/browser.ts';
import { signIn } from '../e2e/session.ts';
import { writeGeneratedDatabase } from './generated-network.ts';
import { timedInPage } from './timed-in-page.ts';

// the built client, or another build named by REGIEKAART_E2E_WEB_ROOT (as for the browser tests)
const WEB_INDEX = join(WEB_ROOT, 'index.html');
const TIMEOUT_MS = 180_000;
// which networks to measure: all by default
const SIZES = process.env.REGIEKAART_BENCH_SIZES?.split(',').map((size) => size.trim());
const GENERATED = SIZES ? SIZES.filter((size) => size !== 'sample').map(Number) : [250, 2000, 10_000];
const SAMPLE = !SIZES || SIZES.includes('sample');
// first opens per map: one machine's runs differ by 10-20 %, so one run says little about a target
const RUNS = Math.max(1, Number(process.env.REGIEKAART_BENCH_RUNS ?? 3));
const runsFor = (nodes: number) => (nodes >= 10_000 ? 1 : RUNS);
type MapState = { nodes: number; edges: number; layout: string | null };

type Figures = {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  layoutDoneMs: number;
  zoomMs: number;
  panMs: number;
  selectMs: number;
  /** a frame during a wheel zoom and a drag pan by hand (large maps hide their ties while the view moves) */
  wheelMs: number;
  dragMs: number;
  /** opened again: the positions the server kept, no layout */
  reopenMs: number;
  /**
   * a zoom until the ties are drawn again: large maps hide their ties while the view moves and draw
   * them once it has been still for 150 ms, so this is 150 ms plus a full drawing
   */
  settledMs: number;
};

// strings, not functions: tsx may add helpers that do not exist in the page
const MAP_STATE = `(() => {
  const cy = window.cy;
  const canvas = document.querySelector('[data-testid="network-map"]');
  return cy && canvas ? { nodes: cy.nodes().length, edges: cy.edges().length, layout: canvas.getAttribute('data-layout-state') } : null;
})()`;

const BENCH_PASSWORD = 'weergave-proef-wachtwoord-606';

async function measure(browser: Browser, server: RunningServer, hash: string): Promise<Figures> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // signed in before the clock starts, as a user who opens the map is
  const { cookie } = await signIn(server.url, 'beheerder', BENCH_PASSWORD);
  await page.context().addCookies([{ name: cookie.name, value: cookie.value, url: server.url }]);
  const started = performance.now();
  await page.goto(`${server.url}/${hash}`);
  let firstRenderMs = 0;
  let state: MapState | null = null;
  while (performance.now() - started < TIMEOUT_MS) {
    state = await page.evaluate<MapState | null>(MAP_STATE);
    if (state && state.nodes > 0 && firstRenderMs === 0) firstRenderMs = performance.now() - started;
    if (state && state.nodes > 0 && state.layout === 'done') break;
    await new Promise((wait) => setTimeout(wait, 20));
  }
  const layoutDoneMs = performance.now() - started;
  if (state?.layout !== 'done') {
    await page.close();
    throw new Error(`never finished its layout within ${TIMEOUT_MS / 1000} s`);
  }
  if (errors.length) throw new Error(`bench: script errors: ${errors.join('; ')}`);

  const zoomMs = await page.evaluate<number>(
    timedInPage(
      'cy.zoom({ level: cy.zoom() * 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })',
    ),
  );
  const panMs = await page.evaluate<number>(timedInPage('cy.panBy({ x: 120, y: -80 })'));
  await page.waitForTimeout(300);
  const settledMs = await page.evaluate<number>(
    timedInPage(
      'cy.zoom({ level: cy.zoom() / 1.6, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })',
      'performance.now() - start >= 150',
    ),
  );
  await page.waitForTimeout(300);
  // a tap goes through React state to the emphasis of the neighbourhood
  const selectMs = await page.evaluate<number>(
    timedInPage(
      "window.__benchNode.emit('tap')",
      "window.__benchNode.hasClass('highlighted') && window.__benchNode.selected()",
      // the best-tied actor is found before the clock starts: on 2,000 people that takes 10-25 ms
      "window.__benchNode = cy.nodes().filter((n) => !n.data('group')).max((n) => n.degree()).ele",
    ),
  );
  // by hand: a wheel turn over the map and a drag on its background, dispatched as the browser would
  const gesture = (events: string) =>
    page.evaluate<number>(
      timedInPage(`const box = cy.container().getBoundingClientRect();
        const at = (type, x, y, init = {}) => cy.container().dispatchEvent(new (type === 'wheel' ? WheelEvent : MouseEvent)(type, { bubbles: true, cancelable: true, clientX: box.left + x, clientY: box.top + y, button: 0, buttons: type === 'mouseup' ? 0 : 1, ...init }));
        ${events}`),
    );
  const wheelMs = await gesture(
    "at('wheel', cy.width() / 2, cy.height() / 2, { deltaY: -120 }); at('wheel', cy.width() / 2, cy.height() / 2, { deltaY: -120 })",
  );
  const dragMs = await gesture(
    "at('mousedown', 4, cy.height() - 4); at('mousemove', 30, cy.height() - 20); at('mousemove', 60, cy.height() - 40)",
  );
  await page.evaluate(
    `(() => { const box = window.cy.container().getBoundingClientRect(); window.cy.container().dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: box.left + 60, clientY: box.top + window.cy.height() - 40 })); })()`,
  );
  const reopened = performance.now();
  await page.reload();
  while (performance.now() - reopened < TIMEOUT_MS) {
    await new Promise((wait) => setTimeout(wait, 20));
    const again = await page.evaluate<MapState | null>(MAP_STATE);
    if (again && again.nodes > 0 && again.layout === 'done') break;
  }
  const reopenMs = performance.now() - reopened;
  await page.close();
  return {
    nodes: state.nodes,
    edges: state.edges,
    firstRenderMs,
    layoutDoneMs,
    zoomMs,
    panMs,
    selectMs,
    wheelMs,
    dragMs,
    reopenMs,
    settledMs,
  };
}

/**
 * Opens the map `runs` times as if for the first time (the layout the server kept from the run
 * before is dropped) and answers the median of each figure, with the range of "layout done".
 */
async function measureRuns(
  browser: Browser,
  server: RunningServer,
  hash: string,
  runs: number,
): Promise<{ median: Figures; layoutDone: number[] }> {
  const all: Figures[] = [];
  for (let run = 0; run < runs; run++) {
    if (run > 0) server.db.prepare('DELETE FROM map_layouts').run();
    all.push(await measure(browser, server, hash));
  }
  const median = (pick: (f: Figures) => number) => {
    const sorted = all.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)] as number;
  };
  const first = all[0] as Figures;
  const figures = Object.fromEntries(
    Object.keys(first).map((key) => [key, median((f) => f[key as keyof Figures])]),
  ) as Figures;
  return { median: figures, layoutDone: all.map((f) => f.layoutDoneMs) };
}

function report(name: string, { median: f, layoutDone }: { median: Figures; layoutDone: number[] }): void {
  const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;
  const range =
    layoutDone.length > 1
      ? ` (${layoutDone.length} runs: ${Math.round(Math.min(...layoutDone)).toLocaleString('en-US')}-${Math.round(Math.max(...layoutDone)).toLocaleString('en-US')})`
      : '';
  console.log(
    `${name.padEnd(34)} ${String(f.nodes).padStart(5)} nodes ${String(f.edges).padStart(5)} edges | ` +
      `first render ${ms(f.firstRenderMs).padStart(9)} | layout done ${ms(f.layoutDoneMs).padStart(9)}${range} | ` +
      `zoom ${ms(f.zoomMs).padStart(6)} | pan ${ms(f.panMs).padStart(6)} | select ${ms(f.selectMs).padStart(6)} | ` +
      `zoom until ties drawn ${ms(f.settledMs).padStart(6)} | ` +
      `by hand: wheel ${ms(f.wheelMs).padStart(6)}, drag ${ms(f.dragMs).padStart(6)} | ` +
      `reopened (kept positions) ${ms(f.reopenMs).padStart(9)}`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(WEB_INDEX))
    throw new Error(`bench: no built client at ${WEB_INDEX}; run \`pnpm build\` first`);
  const dir = mkdtempSync(join(tmpdir(), 'regiekaart-bench-'));
  const browser = await launchChromium();
  try {
    console.log(
      `render bench: headless Chromium, 1440x900, times from navigation, medians of ${RUNS} first opens (10,000 people: one); load average ${loadavg()
        .map((v) => v.toFixed(2))
        .join(' ')}`,
    );
    if (SAMPLE) {
      const sample = await startServer({
        port: 0,
        dbPath: join(dir, 'sample.db'),
        adminPassword: BENCH_PASSWORD,
        webRoot: WEB_ROOT,
      });
      try {
        report('sample, whole network, persons', await measureRuns(browser, sample, '#/netwerk', RUNS));
        report(
          'sample, whole network, organisations',
          await measureRuns(browser, sample, '#/netwerk?level=organisation', RUNS),
        );
      } finally {
        await sample.close();
      }
    }

    for (const people of GENERATED) {
      const path = join(dir, `generated-${people}.db`);
      writeGeneratedDatabase(path, people);
      const generated = await startServer({
        port: 0,
        dbPath: path,
        loadSample: false,
        adminPassword: BENCH_PASSWORD,
        webRoot: WEB_ROOT,
      });
      const name = `generated, ${people.toLocaleString('en-US')} people`;
      try {
        report(name, await measureRuns(browser, generated, '#/netwerk', runsFor(people)));
      } catch (error) {
        console.log(`${name.padEnd(34)} ${(error as Error).message}`);
      } finally {
        await generated.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
