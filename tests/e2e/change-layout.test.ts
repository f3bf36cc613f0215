import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

type Positions = Record<string, { x: number; y: number }>;

const OPGAVE = 'opg-zl-verward';
const FROM = '2021-10-01';
const TO = '2023-10-01';
const CHANGE = `#/verandering?van=${FROM}&tot=${TO}&opgave=${OPGAVE}`;
const WHOLE = `#/verandering?van=${FROM}&tot=${TO}`;

// strings, not functions: the test transform may add helpers that do not exist in the page
const POSITIONS = `(() => Object.fromEntries(window.cy.nodes().filter((n) => !n.isParent()).map((n) => [n.id(), { x: Math.round(n.position('x') * 10) / 10, y: Math.round(n.position('y') * 10) / 10 }])))()`;
const CHANGE_STATE = `(() => {
  const canvas = document.querySelector('[data-testid="change-map"]');
  return canvas && window.cy ? { layout: canvas.getAttribute('data-layout-state'), nodes: window.cy.nodes().length } : null;
})()`;

async function changeMapDone(page: Page): Promise<Positions> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const state = await page.evaluate<{ layout: string; nodes: number } | null>(CHANGE_STATE);
    if (state?.layout === 'done' && state.nodes > 0) return page.evaluate<Positions>(POSITIONS);
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error('e2e: the change map never settled');
}

/** The ids both drawings have, and those whose places differ. */
function compare(a: Positions, b: Positions): { common: number; moved: string[] } {
  const common = Object.keys(a).filter((id) => b[id]);
  const moved = common.filter(
    (id) =>
      Math.abs((a[id]?.x ?? 0) - (b[id]?.x ?? 0)) > 0.5 || Math.abs((a[id]?.y ?? 0) - (b[id]?.y ?? 0)) > 0.5,
  );
  return { common: common.length, moved };
}

describe.skipIf(skipBrowserTests())('the change-over-time map stands still', () => {
  let wb: Workbench;
  let page: Page;

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('puts every actor where it stands on the map screen, and in the same place when opened again', async () => {
    await wb.open(`#/opgaven/${OPGAVE}?level=organisation`);
    await wb.waitForMap('the opgave at organisation level', (m) => m.nodes > 5 && laidOut(m));
    const onMap = await page.evaluate<Positions>(POSITIONS);

    await wb.open(CHANGE);
    const first = await changeMapDone(page);
    const withMap = compare(onMap, first);
    console.info(`change map: ${Object.keys(first).length} actors, ${withMap.common} also on the map screen`);
    expect(withMap.common).toBeGreaterThan(5);
    expect(withMap.moved).toEqual([]);
    // spread out, not stacked
    const spots = new Set(Object.values(first).map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spots.size).toBe(Object.keys(first).length);
    await wb.screenshot('change-layout-1440.png');

    await page.reload();
    expect(await changeMapDone(page)).toEqual(first);
    await wb.open(`#/opgaven/${OPGAVE}?level=organisation`);
    await wb.waitForMap('the opgave again', (m) => m.nodes > 5 && laidOut(m));
    await wb.open(CHANGE);
    expect(await changeMapDone(page)).toEqual(first);
    await expectAccessible(page, 'the change screen');
  }, 120_000);

  it('lays out the same union the same way when nothing is kept, and the map screen follows it', async () => {
    wb.server.db.prepare('DELETE FROM map_layouts').run();
    await wb.open(WHOLE);
    await page.reload();
    const first = await changeMapDone(page);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    // forgotten again: computed again, and the same
    wb.server.db.prepare('DELETE FROM map_layouts').run();
    await page.reload();
    expect(await changeMapDone(page)).toEqual(first);
    // kept by the first open: the same again, and the whole network's map uses those places
    await page.reload();
    expect(await changeMapDone(page)).toEqual(first);
    await wb.open('#/netwerk?level=organisation');
    await wb.waitForMap('the whole network at organisation level', (m) => m.nodes > 10 && laidOut(m));
    const onMap = compare(first, await page.evaluate<Positions>(POSITIONS));
    expect(onMap.common).toBeGreaterThan(10);
    expect(onMap.moved).toEqual([]);
  }, 120_000);

  it('keeps every actor in its place during the replay, and the actors in between in theirs', async () => {
    await wb.open(CHANGE);
    const union = await changeMapDone(page);
    const slider = page.getByTestId('replay-slider');
    const date = page.getByTestId('replay-date');
    const atMoments: Positions[] = [];
    for (let round = 0; round < 2; round++) {
      await slider.focus();
      await page.keyboard.press('Home');
      await expect.poll(() => date.getAttribute('data-date')).toBe(FROM);
      // a quarter in: actors and ties of that day only
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => date.getAttribute('data-date')).not.toBe(FROM);
      await changeMapDone(page);
      await page.waitForTimeout(500);
      const now = await page.evaluate<Positions>(POSITIONS);
      expect(compare(union, now).moved).toEqual([]);
      atMoments.push(now);
      await page.getByRole('button', { name: 'Terug naar de vergelijking' }).click();
      await expect
        .poll(async () => compare(union, await page.evaluate<Positions>(POSITIONS)).common)
        .toBe(Object.keys(union).length);
    }
    expect(atMoments[1]).toEqual(atMoments[0]);
  }, 120_000);

  it('draws the change step of a presentation on the same places', async () => {
    await wb.open(CHANGE);
    const union = await changeMapDone(page);
    const view = await wb.api('/api/views', {
      method: 'POST',
      body: {
        opgaveId: OPGAVE,
        name: 'Verandering',
        positions: {},
        filters: { level: 'organisation', asOf: TO },
        styling: { layout: 'preset', compareFrom: FROM },
      },
    });
    expect(view.status).toBe(201);
    const { id: viewId } = (await view.json()) as { id: string };
    const deck = await wb.api('/api/presentations', {
      method: 'POST',
      body: { name: 'Verandering', raad: false, steps: [{ viewId, title: 'Wat veranderde' }] },
    });
    expect(deck.status).toBe(201);
    const { id: deckId } = (await deck.json()) as { id: string };
    await wb.open(`#/presentaties/${deckId}?stap=1&raad=0`);
    await page.getByTestId('presenter').waitFor();
    const shown = await changeMapDone(page);
    const same = compare(union, shown);
    expect(same.common).toBe(Object.keys(union).length);
    expect(same.moved).toEqual([]);
  }, 120_000);
});
