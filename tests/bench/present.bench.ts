/**
 * How fast presenting answers, in headless Chromium against a real server on the Zuid-Limburg sample:
 * a presentation of six steps (maps of the whole network and of an opgave, a change over time, the key
 * figures) in the raadsversie. Times: opening the presenter until the first map is laid out, each next
 * step (Page Down) until its map or slide stands, and the PDF report from the click until the download.
 * Run: `npx tsx tests/bench/present.bench.ts` (needs the built client: `pnpm build`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@regiekaart/api';
import { launchChromium } from '../e2e/browser.ts';
import { signIn } from '../e2e/session.ts';
import { median, ms, waitFor } from './page-timing.ts';

const WEB_INDEX = fileURLToPath(new URL('../../apps/web/dist/index.html', import.meta.url));
const BENCH_PASSWORD = 'presentatie-proef-wachtwoord-512';
const RUNS = 3;

// strings, not functions: tsx may add helpers that do not exist in the page
const STEP_READY = `(() => {
  const map = document.querySelector('[data-testid="network-map"], [data-testid="change-map"]');
  return Boolean(document.querySelector('[data-testid="figures-slide"]') || (map && map.getAttribute('data-layout-state') === 'done' && window.cy && window.cy.nodes().length > 0));
})()`;
const COUNTER = `document.querySelector('[data-testid="step-counter"]')?.textContent ?? ''`;

async function main(): Promise<void> {
  if (!existsSync(WEB_INDEX))
    throw new Error(`bench: no built client at ${WEB_INDEX}; run \`pnpm build\` first`);
  const dir = mkdtempSync(join(tmpdir(), 'regiekaart-present-bench-'));
  const server = await startServer({
    port: 0,
    dbPath: join(dir, 'sample.db'),
    adminPassword: BENCH_PASSWORD,
  });
  const browser = await launchChromium();
  try {
    const { cookie, csrfToken } = await signIn(server.url, 'beheerder', BENCH_PASSWORD);
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${server.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `${cookie.name}=${cookie.value}`,
          'x-csrf-token': csrfToken,
        },
        body: JSON.stringify(body),
      });
      if (response.status !== 201) throw new Error(`bench: POST ${path} answered ${response.status}`);
      return (await response.json()) as { id: string };
    };
    await post('/api/views', {
      id: 'vw-bench-verandering',
      name: 'Sinds de samenwerking',
      filters: { level: 'organisation', asOf: '2023-10-01' },
      styling: { compareFrom: '2021-09-30' },
    });
    await post('/api/views', {
      id: 'vw-bench-kerncijfers',
      name: 'Kerncijfers',
      filters: { asOf: '2024-01-01' },
      styling: { slide: 'kerncijfers', compareFrom: '2023-01-01' },
    });
    const views = [
      'view-zl-organisaties',
      'view-ps-pga',
      'vw-bench-verandering',
      'vw-bench-kerncijfers',
      'view-zl-organisaties',
      'view-ps-pga',
    ];
    const presentation = await post('/api/presentations', {
      name: 'Bench',
      raad: true,
      steps: views.map((viewId, i) => ({ viewId, title: `Stap ${i + 1}` })),
    });
    console.log(
      `present bench: headless Chromium, 1440x900, sample network, raadsversie, ${views.length} steps ` +
        '(maps, a change over time, key figures), median of ' +
        RUNS,
    );

    const open: number[] = [];
    const next: number[] = [];
    const pdf: number[] = [];
    let pdfBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL' });
      await context.addCookies([{ name: cookie.name, value: cookie.value, url: server.url }]);
      const page = await context.newPage();
      let started = performance.now();
      await page.goto(`${server.url}/#/presentaties/${presentation.id}`);
      await waitFor(page, STEP_READY);
      open.push(performance.now() - started);
      for (let step = 2; step <= views.length; step++) {
        started = performance.now();
        await page.keyboard.press('PageDown');
        await waitFor(page, `${COUNTER} === 'Stap ${step} van ${views.length}'`);
        await waitFor(page, STEP_READY);
        next.push(performance.now() - started);
      }
      started = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 180_000 }),
        page.getByRole('button', { name: 'PDF-verslag maken' }).click(),
      ]);
      const path = join(dir, `run-${run}.pdf`);
      await download.saveAs(path);
      pdf.push(performance.now() - started);
      pdfBytes = readFileSync(path).length;
      await context.close();
    }
    console.log(`  open the presenter until the first map stands   ${ms(median(open))}`);
    console.log(
      `  next step (Page Down) until it stands, median    ${ms(median(next))} (max ${ms(Math.max(...next))})`,
    );
    console.log(
      `  PDF report of ${views.length} steps + cover, click to download   ${ms(median(pdf))} (${(pdfBytes / 1e6).toFixed(1)} MB)`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
