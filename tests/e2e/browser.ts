import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

/**
 * Where the browser tests find Chromium, and whether they may skip without it.
 * The one place in tests/e2e that reads process.env.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built client the test server serves; another folder lets parallel builds stay apart. */
export const WEB_ROOT =
  process.env.REGIEKAART_E2E_WEB_ROOT ?? fileURLToPath(new URL('../../apps/web/dist/', import.meta.url));
const required = Boolean(process.env.CI || process.env.REGIEKAART_REQUIRE_BROWSER);
const available = existsSync(CHROMIUM_PATH);

/**
 * True when the browser tests should be skipped: Chromium is missing and nobody demanded it.
 * In CI (or with REGIEKAART_REQUIRE_BROWSER) a missing Chromium is not a skip but a failure,
 * raised by `launchChromium`.
 */
export function skipBrowserTests(): boolean {
  if (available || required) return false;
  const line = '!'.repeat(78);
  console.warn(
    [
      line,
      `!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}.`,
      '!! Install chromium or set CHROMIUM_PATH. Set REGIEKAART_REQUIRE_BROWSER=1 (or CI)',
      '!! to make a missing browser fail the run instead.',
      line,
    ].join('\n'),
  );
  return true;
}

export async function launchChromium(): Promise<Browser> {
  if (!available) {
    throw new Error(
      `e2e/browser: Chromium not found at ${CHROMIUM_PATH}; install it or set CHROMIUM_PATH ` +
        '(browser tests are required because CI or REGIEKAART_REQUIRE_BROWSER is set)',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
