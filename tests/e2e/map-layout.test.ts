import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

type Positions = Record<string, { x: number; y: number }>;
type LabelBox = { id: string; label: string; x1: number; y1: number; x2: number; y2: number };

// strings, not functions: the test transform may add helpers that do not exist in the page
const POSITIONS = `(() => Object.fromEntries(window.cy.nodes().filter((n) => !n.isParent()).map((n) => [n.id(), { x: Math.round(n.position('x') * 10) / 10, y: Math.round(n.position('y') * 10) / 10 }])))()`;
const SOURCE = `document.querySelector('[data-testid="network-map"]').getAttribute('data-layout-source')`;
/** The boxes of the labels Cytoscape draws: not hidden, not empty, at least 4 px high on screen. */
const LABEL_BOXES = `(() => {
  const cy = window.cy;
  return cy.nodes().filter((n) => n.visible() && !n.hasClass('label-off') && String(n.data('label') || '') !== '')
    .map((n) => {
      const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false });
      return { id: n.id(), label: n.data('label'), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, h: b.h * cy.zoom() };
    })
    .filter((b) => Number.isFinite(b.x1) && b.h >= 4);
})()`;

function overlapping(boxes: LabelBox[]): string[] {
  const found: string[] = [];
  const tolerance = 0.5;
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as LabelBox;
      const b = boxes[j] as LabelBox;
      if (
        a.x1 + tolerance < b.x2 &&
        b.x1 + tolerance < a.x2 &&
        a.y1 + tolerance < b.y2 &&
        b.y1 + tolerance < a.y2
      )
        found.push(`${a.label} / ${b.label}`);
    }
  return found;
}

async function mapDone(wb: Workbench, what: string) {
  return wb.waitForMap(what, (m) => m.nodes > 0 && laidOut(m));
}

async function positions(page: Page): Promise<Positions> {
  return page.evaluate<Positions>(POSITIONS);
}

describe.skipIf(skipBrowserTests())('stable, readable map layouts in Chromium', () => {
  let wb: Workbench;
  let page: Page;
  let opgaveId: string;
  const keptOnServer = async (path: string): Promise<Positions> => {
    const response = await wb.api(path);
    expect(response.status).toBe(200);
    return ((await response.json()) as { positions: Positions }).positions;
  };

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    const opgaven = (await (await wb.api('/api/opgaven?kind=opgave&limit=100')).json()) as {
      items: { id: string }[];
    };
    opgaveId = opgaven.items[0]?.id ?? '';
  });

  afterAll(async () => {
    await wb?.close();
  });

  it('gives the same data the same layout, keeps it on the server and reuses it', async () => {
    const path = `/api/layouts/opgaven/${opgaveId}/person`;
    await wb.open(`#/opgaven/${opgaveId}`);
    await mapDone(wb, 'the opgave, first open');
    expect(await page.evaluate(SOURCE)).toBe('computed');
    const first = await positions(page);
    expect(Object.keys(first).length).toBeGreaterThan(10);
    // kept on the server once computed
    await expect
      .poll(async () => Object.keys(await keptOnServer(path)).length)
      .toBe(Object.keys(first).length);

    // forgotten on the server: computed again, and the same
    wb.server.db.prepare('DELETE FROM map_layouts').run();
    await page.reload();
    await mapDone(wb, 'the opgave, computed again');
    expect(await page.evaluate(SOURCE)).toBe('computed');
    expect(await positions(page)).toEqual(first);

    // opened again: the kept positions, the same drawing
    await page.reload();
    await mapDone(wb, 'the opgave, from the kept positions');
    expect(await page.evaluate(SOURCE)).toBe('kept');
    expect(await positions(page)).toEqual(first);
    await wb.screenshot('layout-opgave-1440.png');
  }, 120_000);

  it('keeps a node moved by hand after a reload and in the presenter', async () => {
    const path = `/api/layouts/opgaven/${opgaveId}/person`;
    const before = await positions(page);
    await page.getByTestId('network-map').scrollIntoViewIfNeeded();
    // the participant with the most ties, dragged 120 px to the right on screen
    const target = await page.evaluate<{ id: string; x: number; y: number }>(`(() => {
      const cy = window.cy;
      const node = cy.nodes().filter((n) => !n.isParent() && n.hasClass('participant')).max((n) => n.degree()).ele;
      const box = cy.container().getBoundingClientRect();
      const p = node.renderedPosition();
      return { id: node.id(), x: box.left + p.x, y: box.top + p.y };
    })()`);
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    for (let step = 1; step <= 6; step++) await page.mouse.move(target.x + step * 20, target.y + step * 5);
    await page.mouse.up();
    const moved = (await positions(page))[target.id];
    expect(moved?.x).toBeGreaterThan((before[target.id]?.x ?? 0) + 20);
    await expect.poll(async () => (await keptOnServer(path))[target.id]).toEqual(moved);

    await page.reload();
    await mapDone(wb, 'the opgave after the move');
    expect((await positions(page))[target.id]).toEqual(moved);

    // a presentation step of this map without positions of its own: the presenter uses the kept ones
    const view = await wb.api('/api/views', {
      method: 'POST',
      body: { opgaveId, name: 'Zonder posities', positions: {}, filters: { level: 'person', hops: 0 } },
    });
    expect(view.status).toBe(201);
    const { id: viewId } = (await view.json()) as { id: string };
    const deck = await wb.api('/api/presentations', {
      method: 'POST',
      body: { name: 'Posities', raad: false, steps: [{ viewId, title: 'De opgave' }] },
    });
    expect(deck.status).toBe(201);
    const { id: deckId } = (await deck.json()) as { id: string };
    await wb.open(`#/presentaties/${deckId}?stap=1&raad=0`);
    await page.getByTestId('presenter').waitFor();
    await mapDone(wb, 'the presenter');
    expect(await page.evaluate(SOURCE)).toBe('kept');
    const shown = await positions(page);
    expect(shown[target.id]).toEqual(moved);
  }, 120_000);

  it('"Opnieuw schikken" lays the map out anew, keeps it, and Ongedaan maken brings the old one back', async () => {
    const path = `/api/layouts/opgaven/${opgaveId}/person`;
    await wb.open(`#/opgaven/${opgaveId}`);
    await mapDone(wb, 'the opgave before rearranging');
    const before = await positions(page);
    await page.getByRole('button', { name: 'Opnieuw schikken' }).click();
    await expect
      .poll(async () => JSON.stringify(await keptOnServer(path)) !== JSON.stringify(before), {
        timeout: 30_000,
      })
      .toBe(true);
    await mapDone(wb, 'the rearranged opgave');
    const after = await positions(page);
    expect(after).not.toEqual(before);
    expect(await keptOnServer(path)).toEqual(after);
    await expectAccessible(page, 'the map with "Opnieuw schikken"');

    await page.getByRole('button', { name: 'Ongedaan maken', exact: true }).click();
    await expect.poll(async () => keptOnServer(path), { timeout: 30_000 }).toEqual(before);
    await expect.poll(async () => positions(page), { timeout: 30_000 }).toEqual(before);
  }, 120_000);

  it('draws no two labels over each other on any opgave of the sample or the whole network', async () => {
    const opgaven = (await (await wb.api('/api/opgaven?kind=opgave&limit=100')).json()) as {
      items: { id: string; name: string }[];
    };
    expect(opgaven.items.length).toBeGreaterThanOrEqual(10);
    const maps = [
      ...opgaven.items.map((o) => ({ hash: `#/opgaven/${o.id}`, what: o.name })),
      ...opgaven.items
        .slice(0, 3)
        .map((o) => ({ hash: `#/opgaven/${o.id}?level=organisation`, what: `${o.name}, organisaties` })),
      { hash: '#/netwerk', what: 'het hele netwerk' },
      { hash: '#/netwerk?level=organisation', what: 'het hele netwerk, organisaties' },
    ];
    for (const { hash, what } of maps) {
      await wb.open(hash);
      await page.reload();
      const map = await wb.waitForMap(what, laidOut);
      await page.waitForTimeout(300);
      const boxes = await page.evaluate<LabelBox[]>(LABEL_BOXES);
      expect(boxes.length, `${what}: labels shown`).toBeGreaterThanOrEqual(Math.min(map.nodes, 4));
      expect(overlapping(boxes), `${what}: overlapping labels`).toEqual([]);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [hash, name] of [
      [`#/opgaven/${opgaveId}`, 'layout-opgave-390.png'],
      ['#/netwerk', 'layout-network-390.png'],
    ] as const) {
      await wb.open(hash);
      await page.reload();
      await wb.waitForMap(`${hash} op een telefoon`, laidOut);
      await page.waitForTimeout(300);
      expect(overlapping(await page.evaluate<LabelBox[]>(LABEL_BOXES)), hash).toEqual([]);
      await wb.screenshot(name);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }, 300_000);

  it('names a larger share of the actors in view closer in, and the full name of a hovered actor', async () => {
    await wb.open('#/netwerk');
    await page.reload();
    await mapDone(wb, 'het hele netwerk');
    await page.waitForTimeout(300);
    const share = async () => {
      const named = (await page.evaluate<LabelBox[]>(LABEL_BOXES)).length;
      const inView = await page.evaluate<number>(`(() => {
        const ext = window.cy.extent();
        return window.cy.nodes().filter((n) => { const p = n.position(); return !n.isParent() && p.x > ext.x1 && p.x < ext.x2 && p.y > ext.y1 && p.y < ext.y2; }).length;
      })()`);
      return named / Math.max(1, inView);
    };
    const far = await share();
    await wb.screenshot('layout-network-1440.png');
    await page.evaluate(
      `void window.cy.zoom({ level: window.cy.zoom() * 3, renderedPosition: { x: window.cy.width() / 2, y: window.cy.height() / 2 } })`,
    );
    await page.waitForTimeout(400);
    expect(overlapping(await page.evaluate<LabelBox[]>(LABEL_BOXES))).toEqual([]);
    expect(await share()).toBeGreaterThan(far * 1.5);
    await page.getByTestId('network-map').scrollIntoViewIfNeeded();
    const hidden = await page.evaluate<{ id: string; x: number; y: number; label: string } | null>(`(() => {
      const cy = window.cy;
      const box = cy.container().getBoundingClientRect();
      const ext = cy.extent();
      const n = cy.nodes('.label-off').filter((n) => { const p = n.position(); return p.x > ext.x1 + 40 && p.x < ext.x2 - 40 && p.y > ext.y1 + 40 && p.y < ext.y2 - 40; })[0];
      if (!n) return null;
      const p = n.renderedPosition();
      return { id: n.id(), x: box.left + p.x, y: box.top + p.y, label: n.data('label') };
    })()`);
    expect(hidden).not.toBeNull();
    if (!hidden) return;
    await page.mouse.move(hidden.x, hidden.y);
    await expect
      .poll(() =>
        page.evaluate(`!window.cy.getElementById(${JSON.stringify(hidden.id)}).hasClass('label-off')`),
      )
      .toBe(true);
  }, 120_000);

  it('runs without script errors or CSP violations', () => {
    expect(wb.scriptErrors).toEqual([]);
  });
});
