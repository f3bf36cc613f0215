import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
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

/**
 * Two people on the map that have no tie between them. Given the nodes' screen gaps, the pair whose
 * more crowded end is the most free, so a pointer cannot miss either.
 */
export function unlinkedPair(network: NetworkBody, gaps?: ReadonlyMap<string, number>): [string, string] {
  const linked = new Set(
    network.edges.flatMap((e) => [`${e.source}|${e.target}`, `${e.target}|${e.source}`]),
  );
  const people = network.nodes.filter((n) => n.kind === 'person');
  let best: [string, string] | null = null;
  let bestScore = -1;
  for (const a of people) {
    for (const b of people) {
      if (a.id >= b.id || linked.has(`${a.id}|${b.id}`)) continue;
      if (!gaps) return [a.id, b.id];
      const score = Math.min(gaps.get(a.id) ?? 0, gaps.get(b.id) ?? 0);
      if (score > bestScore) {
        bestScore = score;
        best = [a.id, b.id];
      }
    }
  }
  if (!best) throw new Error('e2e: every pair of people is already linked');
  return best;
}

/** Each node's distance on screen to its nearest other node, largest first. */
export function nodeGaps(page: Page): Promise<[string, number][]> {
  return page.evaluate<[string, number][]>(`(() => {
    const nodes = window.cy.nodes().filter((n) => !n.data('group') && !n.isParent());
    const gaps = nodes.map((a) => {
      const p = a.renderedPosition();
      let gap = Infinity;
      nodes.forEach((b) => {
        if (a === b) return;
        const q = b.renderedPosition();
        gap = Math.min(gap, Math.hypot(p.x - q.x, p.y - q.y));
      });
      return [a.id(), gap];
    });
    return gaps.sort((x, y) => y[1] - x[1]);
  })()`);
}

/** The node farthest from any other on screen: a click or drag there hits it and nothing else. */
export async function isolatedNode(page: Page): Promise<string> {
  const [first] = await nodeGaps(page);
  if (!first) throw new Error('e2e: no node on the map');
  return first[0];
}

/** Each node's screen gap to its nearest neighbour, by id. */
export async function gapsById(page: Page): Promise<Map<string, number>> {
  return new Map(await nodeGaps(page));
}

/** No serious or critical axe violations on the page as it is now (open dialogs included). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // legacy mode runs in the page itself: the session's page has no browser context of its own
  const result = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `axe on ${what}`).toEqual([]);
}
