import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { eventually, getJson, isolatedNode, nodeOnScreen, nodePosition, type Point } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

const OPGAVE = 'opg-wm-verward';

type View = {
  id: string;
  name: string;
  caption: string | null;
  opgaveId: string | null;
  positions: Record<string, Point>;
  filters: Record<string, unknown>;
};

const near = (a: Point | null, b: Point | null | undefined, tolerance = 0.5) =>
  Boolean(a && b && Math.abs(a.x - b.x) <= tolerance && Math.abs(a.y - b.y) <= tolerance);

describe.skipIf(skipBrowserTests())('saved views', () => {
  let wb: Workbench;
  let page: Page;
  let nodeId: string;
  let dragged: Point;
  let viewUrl: string;
  let viewId: string;
  const views = async () => (await getJson<{ items: View[] }>(wb, `/api/views?opgaveId=${OPGAVE}`)).items;

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(15_000);
    await wb.open(`#/opgaven/${OPGAVE}?level=organisation`);
    await wb.waitForMap('the opgave by organisation', (m) => m.nodes > 3 && laidOut(m));
    nodeId = await isolatedNode(page);
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('saves the map after a node was dragged: positions, filters and a caption', async () => {
    const before = await nodePosition(page, nodeId);
    const from = await nodeOnScreen(page, nodeId);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 6 });
    await page.mouse.move(from.x + 120, from.y + 70, { steps: 6 });
    await page.mouse.up();
    const after = await nodePosition(page, nodeId);
    expect(after).not.toBeNull();
    expect(near(before, after, 20)).toBe(false);
    dragged = after as Point;

    await page.getByTestId('views-panel').getByRole('button', { name: 'Weergave opslaan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Weergave opslaan' });
    await dialog.getByLabel('Naam').fill('Voor de raad');
    await dialog.getByLabel('Bijschrift').fill('Wie werkt samen rond verward gedrag, per organisatie.');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });

    await eventually(
      'the view id in the URL',
      async () => page.url(),
      (url) => url.includes('view='),
    );
    viewUrl = page.url();
    const saved = (await views()).find((v) => v.name === 'Voor de raad');
    expect(saved).toBeDefined();
    viewId = saved?.id ?? '';
    expect(viewUrl).toContain(`view=${viewId}`);
    expect(saved?.caption).toBe('Wie werkt samen rond verward gedrag, per organisatie.');
    expect(saved?.filters).toMatchObject({ level: 'organisation', hops: 1 });
    expect(near(saved?.positions[nodeId] ?? null, dragged)).toBe(true);
    await page.getByTestId('views-panel').locator(`[data-view-id="${viewId}"]`).waitFor();
  }, 60_000);

  it('reopens from its URL with the node where it was dragged (preset layout, not fcose)', async () => {
    // a fresh page load from the bare link: the view brings its own filters
    await page.goto('about:blank');
    await page.goto(`${wb.server.url}/#/opgaven/${OPGAVE}?view=${viewId}`);
    await wb.waitForMap('the saved view', (m) => m.nodes > 3 && m.kinds.join() === 'organisation');
    const position = await eventually(
      'the dragged node at its saved place',
      () => nodePosition(page, nodeId),
      (p) => near(p, dragged),
    );
    expect(near(position, dragged)).toBe(true);
    expect(page.url()).toContain('level=organisation');
    const saved = (await views()).find((v) => v.id === viewId);
    const everyNode = await page.evaluate<Record<string, Point>>(
      `Object.fromEntries(window.cy.nodes().map((n) => [n.id(), { x: n.position('x'), y: n.position('y') }]))`,
    );
    for (const [id, point] of Object.entries(everyNode))
      expect(near(point, saved?.positions[id]), id).toBe(true);
    await wb.screenshot('view-reopened.png');
  }, 60_000);

  it('renames a view and deletes it; the delete can be undone', async () => {
    const panel = page.getByTestId('views-panel');
    await panel.getByRole('button', { name: 'Voor de raad bewerken' }).click();
    const dialog = page.getByRole('dialog', { name: /Weergave wijzigen/ });
    await dialog.getByLabel('Naam').fill('Voor de raad 2026');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await eventually(
      'the new name',
      async () => (await views()).map((v) => v.name),
      (n) => n.includes('Voor de raad 2026'),
    );

    await panel.getByRole('button', { name: 'Voor de raad 2026 verwijderen' }).click();
    await eventually(
      'no views',
      async () => (await views()).length,
      (n) => n === 0,
    );
    await page.getByRole('button', { name: /Ongedaan maken/ }).click();
    const restored = await eventually('the view back', views, (v) => v.length === 1);
    expect(restored[0]).toMatchObject({ id: viewId, name: 'Voor de raad 2026' });
    expect(near(restored[0]?.positions[nodeId] ?? null, dragged)).toBe(true);
  }, 60_000);

  it('runs without script errors', () => {
    expect(wb.scriptErrors).toEqual([]);
  });
});
