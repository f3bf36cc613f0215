import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { skipBrowserTests } from './browser.ts';
import { getJson, type NetworkBody } from './edit-helpers.ts';
import { laidOut, startWorkbench, today, type Workbench } from './session.ts';

const OPGAVE = 'opg-mh-huiselijk-geweld';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe.skipIf(skipBrowserTests())('exporting the map and its data', () => {
  let wb: Workbench;
  let page: Page;

  /** Chooses an item of the export menu and answers the downloaded file. */
  const download = async (item: string) => {
    await page.getByRole('button', { name: /Exporteren/ }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText(item, { exact: true }).click(),
    ]);
    const path = await file.path();
    return { name: file.suggestedFilename(), bytes: await readFile(path) };
  };

  beforeAll(async () => {
    wb = await startWorkbench();
    page = wb.page;
    page.setDefaultTimeout(15_000);
    await wb.open(`#/opgaven/${OPGAVE}`);
    await wb.waitForMap('the opgave', (m) => m.nodes > 3 && laidOut(m));
  });

  afterAll(async () => {
    await wb?.close();
  });

  it("exports the map as a PNG at print size (long side 3508 px, A4 at 300 dpi) in the drawing's proportions", async () => {
    const { name, bytes } = await download('Afbeelding (PNG)');
    expect(name).toMatch(new RegExp(`^opgave-${OPGAVE}-\\d{4}-\\d{2}-\\d{2}\\.png$`));
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const extent = await page.evaluate<{ w: number; h: number }>(
      '(() => { const b = window.cy.elements().boundingBox(); return { w: b.w, h: b.h }; })()',
    );
    // full: the whole drawing, scaled so its long side fills A4 at 300 dpi
    expect(Math.abs(Math.max(width, height) - 3508)).toBeLessThanOrEqual(2);
    expect(Math.abs(width / height - extent.w / extent.h)).toBeLessThan(0.02);
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it('exports the map as SVG with every node and edge', async () => {
    const { name, bytes } = await download('Afbeelding (SVG)');
    expect(name.endsWith('.svg')).toBe(true);
    const svg = bytes.toString('utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const counts = await page.evaluate<{ nodes: number; edges: number; label: string }>(
      '({ nodes: window.cy.nodes().length, edges: window.cy.edges().length, label: window.cy.nodes()[0].data("label") })',
    );
    expect(svg.match(/<line /g)?.length).toBe(counts.edges);
    expect(svg.match(/<text /g)?.length).toBe(counts.nodes);
    expect(svg).toContain(counts.label.replace(/&/g, '&amp;'));
  });

  it("exports the opgave's data as GraphML and CSV, with the map's level, date and hops", async () => {
    const network = await getJson<NetworkBody>(wb, `/api/opgaven/${OPGAVE}/network?hops=1&asOf=${today()}`);
    const graphml = await download('Gegevens (GraphML)');
    expect(graphml.name).toMatch(/\.graphml$/);
    const xml = graphml.bytes.toString('utf8');
    expect(xml).toContain('<graphml');
    expect(xml.match(/<node /g)?.length).toBe(network.nodes.length);
    expect(xml.match(/<edge /g)?.length).toBe(network.edges.length);

    const csv = await download('Gegevens (CSV)');
    expect(csv.name).toMatch(/\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text).toContain(network.nodes[0]?.label ?? '(none)');
    await wb.screenshot('export-menu.png');
  });

  it('exports the whole network at organisation level through /api/network/export', async () => {
    await page.keyboard.press('Escape');
    await wb.open('#/netwerk?level=organisation');
    await wb.waitForMap('the network by organisation', (m) => m.nodes > 10 && laidOut(m));
    const network = await getJson<NetworkBody>(wb, `/api/network?level=organisation&asOf=${today()}`);
    const { name, bytes } = await download('Gegevens (GraphML)');
    expect(name).toMatch(/^netwerk-.*\.graphml$/);
    const xml = bytes.toString('utf8');
    expect(xml.match(/<node /g)?.length).toBe(network.nodes.length);
    expect(xml.match(/<edge /g)?.length).toBe(network.edges.length);
  }, 60_000);

  it('runs without script errors', () => {
    expect(wb.scriptErrors).toEqual([]);
  });
});
