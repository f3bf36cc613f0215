import type { Locator, Page } from 'playwright-core';
import type { Workbench } from './session.ts';

/** Helpers for the editing tests: reading the map through `window.cy` and driving the workbench's controls. */

export type Point = { x: number; y: number };

/** Where a node is drawn, in page coordinates (for page.mouse). */
export async function nodeOnScreen(page: Page, id: string): Promise<Point> {
  const map = page.getByTestId('network-map');
  // page.mouse works in viewport coordinates: the whole map must be in view
  await map.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  // strings, not functions: the test transform may add helpers that do not exist in the page
  const rendered = await page.evaluate<Point | null>(
    `(() => { const n = window.cy && window.cy.getElementById(${JSON.stringify(id)});
      return n && !n.empty() ? n.renderedPosition() : null; })()`,
  );
  if (!rendered) throw new Error(`e2e: node ${id} is not on the map`);
  const box = await map.boundingBox();
  if (!box) throw new Error('e2e: the map has no box');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

/** A node's model position (what a saved view stores). */
export function nodePosition(page: Page, id: string): Promise<Point | null> {
  return page.evaluate<Point | null>(
    `(() => { const n = window.cy && window.cy.getElementById(${JSON.stringify(id)});
      return n && !n.empty() ? { x: n.position('x'), y: n.position('y') } : null; })()`,
  );
}

export function edgeCount(page: Page): Promise<number> {
  return page.evaluate<number>('window.cy ? window.cy.edges().length : -1');
}

/** Waits until `read` gives a value that `accept` takes, or fails naming `what`. */
export async function eventually<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((wait) => setTimeout(wait, 150));
  }
  throw new Error(`e2e: never saw ${what}; last seen ${JSON.stringify(last)}`);
}

/** Types into a searchable pick-list and chooses the option whose text starts with `label`. */
export async function pick(scope: Page | Locator, field: string, label: string): Promise<void> {
  const input = scope.getByRole('combobox', { name: field, exact: true });
  await input.fill(label);
  const option = scope.getByRole('option').filter({ hasText: label }).first();
  await option.waitFor();
  await option.click();
}

export type Analysis = { nodes: Record<string, { degree: number }> };
export type NetworkBody = {
  nodes: { id: string; label: string; kind: string }[];
  edges: { id: string; source: string; target: string }[];
};

export async function getJson<T>(wb: Workbench, path: string): Promise<T> {
  const response = await wb.api(path);
  if (!response.ok) throw new Error(`e2e: GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Two people on the map that have no tie between them, both with at least one tie (so both are drawn). */
export function unlinkedPair(network: NetworkBody, skip: ReadonlySet<string> = new Set()): [string, string] {
  const linked = new Set(
    network.edges.flatMap((e) => [`${e.source}|${e.target}`, `${e.target}|${e.source}`]),
  );
  const people = network.nodes.filter((n) => n.kind === 'person' && !skip.has(n.id));
  for (const a of people) {
    for (const b of people) {
      if (a.id < b.id && !linked.has(`${a.id}|${b.id}`)) return [a.id, b.id];
    }
  }
  throw new Error('e2e: every pair of people is already linked');
}
