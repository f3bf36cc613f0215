import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { expectAccessible } from './edit-helpers.ts';
import { laidOut, startWorkbench, type Workbench } from './session.ts';

const OPGAVE = 'opg-zl-verward';
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 390, height: 844 },
] as const;

/** What lies over the map (caption, legend, replay row) and the actors drawn under any of it. */
type Covered = {
  nodes: number;
  overlays: { what: string; box: Box }[];
  under: { id: string; what: string }[];
  /** nodes drawn outside the canvas */
  outside: string[];
};
type Box = { x1: number; y1: number; x2: number; y2: number };

// a string, not a function: the test transform may add helpers that do not exist in the page
const COVERED = `(() => {
  const cy = window.cy;
  const canvas = cy.container();
  const c = canvas.getBoundingClientRect();
  const frame = canvas.closest('.workbench-main');
  const overlays = [...frame.querySelectorAll('[data-map-overlay]')]
    .map((el) => ({ what: el.className, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width > 0 && r.height > 0)
    .map(({ what, r }) => ({ what, box: { x1: r.left - c.left, y1: r.top - c.top, x2: r.right - c.left, y2: r.bottom - c.top } }));
  const under = [];
  const outside = [];
  const nodes = cy.nodes().filter((n) => !n.isParent() && n.visible());
  nodes.forEach((n) => {
    const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    if (b.x1 < 0 || b.y1 < 0 || b.x2 > c.width || b.y2 > c.height) outside.push(n.id());
    for (const { what, box } of overlays) {
      if (b.x1 < box.x2 && box.x1 < b.x2 && b.y1 < box.y2 && box.y1 < b.y2) under.push({ id: n.id(), what });
    }
  });
  return { nodes: nodes.length, overlays, under, outside };
})()`;

type LabelBox = { id: string; label: string; x1: number; y1: number; x2: number; y2: number };
/** The labels drawn (not hidden, not empty): their boxes and their font size on screen, in px. */
type Labels = { boxes: LabelBox[]; screenSizes: number[] };
const LABELS = `(() => {
  const cy = window.cy;
  const shown = cy.nodes().filter((n) => n.visible() && !n.hasClass('label-off') && String(n.data('label') || '') !== '');
  return {
    boxes: shown.map((n) => {
      const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false });
      return { id: n.id(), label: n.data('label'), x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    }).filter((b) => Number.isFinite(b.x1)),
    screenSizes: shown.map((n) => n.numericStyle('font-size') * cy.zoom()),
  };
})()`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function overlapping(boxes: LabelBox[]): string[] {
  const found: string[] = [];
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1))
      if (a.x1 + 0.5 < b.x2 && b.x1 + 0.5 < a.x2 && a.y1 + 0.5 < b.y2 && b.y1 + 0.5 < a.y2)
        found.push(`${a.label} / ${b.label}`);
  return found;
}

async function changeMapDone(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="change-map"][data-layout-state="done"]', { timeout: 60_000 });
}

describe.skipIf(skipBrowserTests())('a fitted map leaves room for what lies over it', () => {
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

  /** After the first open and after "Hele kaart tonen": no actor under the caption, legend or replay row. */
  async function expectClear(what: string, shot: string): Promise<void> {
    // the view settles a moment after the layout (labels, a late caption line)
    await page.waitForTimeout(400);
    const first = await page.evaluate<Covered>(COVERED);
    console.info(
      `[fit] ${what}: ${first.nodes} actors, overlays ${first.overlays.map((o) => `${o.what} ${Math.round(o.box.y1)}-${Math.round(o.box.y2)}`).join('; ')}`,
    );
    expect(first.overlays.length, `${what}: something lies over the map`).toBeGreaterThan(0);
    expect(first.under, `${what}: actors under an overlay after the first open`).toEqual([]);
    expect(first.outside, `${what}: actors outside the canvas`).toEqual([]);
    await wb.screenshot(shot);
    // zoomed in and back: "Hele kaart tonen" fits the same way
    await page.getByRole('button', { name: 'Inzoomen' }).first().click();
    await page.getByRole('button', { name: 'Inzoomen' }).first().click();
    await page.getByRole('button', { name: 'Hele kaart tonen' }).first().click();
    await page.waitForTimeout(300);
    const again = await page.evaluate<Covered>(COVERED);
    expect(again.under, `${what}: actors under an overlay after "Hele kaart tonen"`).toEqual([]);
    expect(again.outside, `${what}: actors outside the canvas after "Hele kaart tonen"`).toEqual([]);
  }

  for (const size of SIZES) {
    const at = `${size.width}x${size.height}`;
    it(`keeps every actor clear of the caption, legend and replay row at ${at}`, async () => {
      await page.setViewportSize(size);

      // as it opens: at organisation level, with a caption line on why, over the map
      await wb.open(`#/opgaven/${OPGAVE}`);
      await page.reload();
      await wb.waitForMap('the opgave', (m) => m.nodes > 5 && laidOut(m));
      await page.getByTestId('large-map-note').waitFor();
      await expectClear(`opgave at ${at}`, `fit-opgave-${at}.png`);

      await wb.open('#/netwerk');
      await wb.waitForMap('the whole network', (m) => m.nodes > 20 && laidOut(m));
      await expectClear(`whole network at ${at}`, `fit-network-${at}.png`);

      await wb.open(`#/verandering?van=2021-10-01&tot=2023-10-01&opgave=${OPGAVE}&level=organisation`);
      await page.reload();
      await changeMapDone(page);
      await expectClear(`change map at ${at}`, `fit-change-${at}.png`);
      await expectAccessible(page, `the change map at ${at}`);
    }, 180_000);
  }

  for (const size of [SIZES[0], SIZES[2]]) {
    const at = `${size.width}x${size.height}`;
    it(`labels the change map as the map screen does at ${at}: as large on screen, none overlapping`, async () => {
      await page.setViewportSize(size);
      await wb.open(`#/opgaven/${OPGAVE}?level=organisation`);
      await page.reload();
      await wb.waitForMap('the opgave', (m) => m.nodes > 5 && laidOut(m));
      await page.waitForTimeout(400);
      const onMap = await page.evaluate<Labels>(LABELS);

      await wb.open(`#/verandering?van=2021-10-01&tot=2023-10-01&opgave=${OPGAVE}&level=organisation`);
      await page.reload();
      await changeMapDone(page);
      await page.waitForTimeout(400);
      const onChange = await page.evaluate<Labels>(LABELS);
      console.info(
        `[labels] ${at}: map screen ${onMap.boxes.length} labels of ${median(onMap.screenSizes).toFixed(1)} px, change map ${onChange.boxes.length} of ${median(onChange.screenSizes).toFixed(1)} px`,
      );
      expect(onChange.boxes.length).toBeGreaterThanOrEqual(Math.min(8, onMap.boxes.length));
      expect(median(onChange.screenSizes)).toBeGreaterThanOrEqual(median(onMap.screenSizes) * 0.9);
      expect(median(onChange.screenSizes)).toBeGreaterThanOrEqual(9);
      expect(overlapping(onChange.boxes)).toEqual([]);
    }, 120_000);
  }

  it('runs without script errors', () => {
    expect(wb.scriptErrors).toEqual([]);
  });
});
