/**
 * How fast the editing tools answer, in headless Chromium against a real server on the whole
 * Zuid-Limburg sample network (people level): a tie saved through the form until the map shows it,
 * undo and redo until the map follows, PNG and SVG export, and the dry run of an import.
 * Run: `npx tsx tests/bench/edit.bench.ts` (needs the built client: `pnpm build`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@regiekaart/api';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/browser.ts';
import { signIn } from '../e2e/session.ts';
import { median, ms, waitFor } from './page-timing.ts';

const WEB_INDEX = fileURLToPath(new URL('../../apps/web/dist/index.html', import.meta.url));
const RUNS = 3;
const BENCH_PASSWORD = 'bewerk-proef-wachtwoord-733';
const IMPORT_ROWS = 500;

type Network = {
  nodes: { id: string; label: string; kind: string }[];
  edges: { source: string; target: string }[];
};

// strings, not functions: tsx may add helpers that do not exist in the page
const EDGES = 'window.cy ? window.cy.edges().length : -1';
const LAID_OUT = `document.querySelector('[data-testid="network-map"]')?.getAttribute('data-layout-state') === 'done'`;

/** Milliseconds from `act` until the map has `edges` edges and has finished its layout. */
async function untilEdges(page: Page, edges: number, act: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await act();
  await waitFor(page, `${EDGES} === ${edges} && ${LAID_OUT}`);
  return performance.now() - started;
}

async function pick(page: Page, field: string, label: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: field, exact: true }).fill(label);
  await dialog.getByRole('option').filter({ hasText: label }).first().click();
}

async function main(): Promise<void> {
  if (!existsSync(WEB_INDEX))
    throw new Error(`bench: no built client at ${WEB_INDEX}; run \`pnpm build\` first`);
  const dir = mkdtempSync(join(tmpdir(), 'regiekaart-edit-bench-'));
  const server = await startServer({
    port: 0,
    dbPath: join(dir, 'sample.db'),
    adminPassword: BENCH_PASSWORD,
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
    // signed in as the beheerder, as the editing tools need
    const { cookie } = await signIn(server.url, 'beheerder', BENCH_PASSWORD);
    await page.context().addCookies([{ name: cookie.name, value: cookie.value, url: server.url }]);
    await page.goto(`${server.url}/#/netwerk`);
    await waitFor(page, `${EDGES} > 0 && ${LAID_OUT}`, 180_000);
    const today = new Date().toISOString().slice(0, 10);
    const network = (await (
      await fetch(`${server.url}/api/network?asOf=${today}`, {
        headers: { cookie: `${cookie.name}=${cookie.value}` },
      })
    ).json()) as Network;
    const linked = new Set(
      network.edges.flatMap((e) => [`${e.source}|${e.target}`, `${e.target}|${e.source}`]),
    );
    const people = network.nodes.filter((n) => n.kind === 'person');
    const labels = new Map<string, number>();
    for (const p of people) labels.set(p.label, (labels.get(p.label) ?? 0) + 1);
    // unambiguous names, so the pick-list finds exactly these people
    const unique = people.filter((p) => labels.get(p.label) === 1);
    const pairs: [string, string][] = [];
    for (let i = 0; i < unique.length && pairs.length < RUNS; i += 7) {
      const a = unique[i];
      const b = unique[unique.length - 1 - i];
      if (a && b && a.id !== b.id && !linked.has(`${a.id}|${b.id}`)) pairs.push([a.label, b.label]);
    }
    console.log(
      `edit bench: headless Chromium, 1440x900, whole sample network (${network.nodes.length} nodes, ` +
        `${network.edges.length} edges), median of ${RUNS}`,
    );

    const save: number[] = [];
    const undo: number[] = [];
    const redo: number[] = [];
    for (const [from, to] of pairs) {
      const before = await page.evaluate<number>(EDGES);
      await page.getByRole('button', { name: 'Nieuwe verbinding' }).click();
      await pick(page, 'Van', from);
      await pick(page, 'Naar', to);
      await page.getByRole('dialog').getByLabel('Soort verbinding').selectOption('overleg');
      save.push(
        await untilEdges(page, before + 1, () =>
          page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click(),
        ),
      );
      await page.locator('h1').focus();
      undo.push(await untilEdges(page, before, () => page.keyboard.press('Control+Z')));
      redo.push(await untilEdges(page, before + 1, () => page.keyboard.press('Control+Shift+Z')));
    }
    console.log(`tie saved through the form, until drawn  ${ms(median(save)).padStart(9)}`);
    console.log(`undo (Ctrl+Z), until the map follows      ${ms(median(undo)).padStart(9)}`);
    console.log(`redo (Ctrl+Shift+Z), until the map follows ${ms(median(redo)).padStart(8)}`);

    const png = await page.evaluate<{ ms: number; bytes: number }>(`(() => {
      const start = performance.now();
      const blob = window.cy.png({ full: true, scale: 2, output: 'blob', bg: '#ffffff' });
      return { ms: performance.now() - start, bytes: blob.size };
    })()`);
    console.log(
      `PNG of the whole map (print, 3508 px)    ${ms(png.ms).padStart(9)}  ${(png.bytes / 1024).toFixed(0)} KiB`,
    );

    for (const item of ['Afbeelding (SVG)', 'Gegevens (GraphML)']) {
      await page.getByRole('button', { name: /Exporteren/ }).click();
      const started = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByText(item, { exact: true }).click(),
      ]);
      await download.path();
      console.log(`${`${item}: click to file`.padEnd(42)} ${ms(performance.now() - started).padStart(9)}`);
    }

    const rows = Array.from({ length: IMPORT_ROWS }, (_, i) => `Bench partner ${i + 1};zorg;partner`);
    const csv = ['naam;domein;soort', ...rows, ''].join('\r\n');
    await page.getByRole('button', { name: 'Importeren' }).click();
    const started = performance.now();
    await page
      .getByRole('dialog')
      .getByLabel('Bestand')
      .setInputFiles({ name: 'bench.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('import-report').waitFor({ timeout: 60_000 });
    console.log(
      `import dry run, ${IMPORT_ROWS} rows, until the report shows ${ms(performance.now() - started).padStart(6)}`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
