import { readImport, readWorkbook } from '@regiekaart/io';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness(smallNetwork);
});
afterEach(() => h.stop());

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function download(cookie: string) {
  const response = await fetch(`${h.url}/api/import/invulbestand`, { headers: { cookie } });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('the workbook to fill in, GET /api/import/invulbestand', () => {
  it('gives the beheerder an empty workbook with this store’s domains and kinds of tie explained', async () => {
    h.db.prepare("INSERT INTO domains (code, label) VALUES ('sport', 'Sport en bewegen')").run();
    const { response, bytes } = await download(h.call.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="regiekaart-invulbestand.xlsx"',
    );
    const sheets = readWorkbook(bytes);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Uitleg', 'Organisaties', 'Personen', 'Verbindingen']);
    const explained = sheets[0]?.rows.map((row) => row.cells.join(' | ')).join('\n') ?? '';
    const labels = (table: string) =>
      (h.db.prepare(`SELECT label FROM ${table} ORDER BY rowid`).pluck().all() as string[]).join(', ');
    expect(explained).toContain(`Een van: ${labels('domains')}.`);
    expect(explained).toContain('Sport en bewegen');
    expect(explained).toContain(`Een van: ${labels('link_kinds')}.`);
    const types = h.db.prepare('SELECT DISTINCT type FROM organisations').pluck().all() as string[];
    expect(types.length).toBeGreaterThan(0);
    for (const type of types) expect(explained).toContain(type);
    expect(readImport('xlsx', bytes).organisations).toEqual([]);
  });

  it('imports as filled in: a dry run of the empty workbook has nothing to do and nothing to say', async () => {
    const { bytes } = await download(h.call.cookie);
    const dry = await h.call('POST', '/api/import?format=xlsx&dryRun=true', bytes, { 'content-type': XLSX });
    expect(dry.status).toBe(200);
    expect(dry.body.rows).toEqual([]);
    expect(dry.body.notes ?? []).toEqual([]);
  });

  it('is for those who may import: a lezer is refused', async () => {
    const lezer = await h.as('lezer');
    const { response } = await download(lezer.cookie);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
