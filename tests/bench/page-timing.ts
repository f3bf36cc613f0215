import type { Page } from 'playwright-core';

/** Helpers shared by the browser benches (not a bench itself: run.ts picks up `*.bench.ts` only). */
export const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
export const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;

/** Polls an expression in the page (page.waitForFunction would need 'unsafe-eval', which the CSP forbids). */
export async function waitFor(page: Page, expression: string, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(expression))) {
    if (performance.now() > deadline) throw new Error(`bench: never saw ${expression}`);
    await new Promise((wait) => setTimeout(wait, 10));
  }
}
