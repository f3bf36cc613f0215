import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { personLeaks, sample } from '../test/sample.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(sample);
});
afterAll(() => h.stop());

/** `onderdeel;kenmerk` -> the two values, as written. */
function rowsOf(text: string): { header: string[]; rows: Map<string, [string, string]> } {
  const [head = '', ...lines] = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const rows = new Map<string, [string, string]>();
  for (const line of lines) {
    const [part = '', figure = '', before = '', now = ''] = line.split(';');
    rows.set(`${part};${figure}`, [before, now]);
  }
  return { header: head.split(';'), rows };
}

const number = (cell: string | undefined) => Number((cell ?? '').replace(',', '.'));

describe('the key figures as CSV (format=csv)', () => {
  const query = 'asOf=2024-01-01&compareWith=2022-01-01';

  it('answers a spreadsheet with a BOM, a Dutch header and a file name with the date', async () => {
    const reply = await h.call('GET', `/api/key-figures?${query}&format=csv`);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(reply.headers.get('content-disposition')).toBe(
      'attachment; filename="kerncijfers-2024-01-01.csv"',
    );
    // Response.text() drops a BOM: read the bytes
    const raw = await fetch(`${h.url}/api/key-figures?${query}&format=csv`, {
      headers: { cookie: h.call.cookie },
    });
    const bytes = new Uint8Array(await raw.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rowsOf(reply.text).header).toEqual(['onderdeel', 'kenmerk', '2022-01-01', '2024-01-01']);
  });

  it('holds the numbers of the JSON answer, one row per figure, domain and opgave', async () => {
    const json = (await h.call('GET', `/api/key-figures?${query}`)).body;
    const { rows } = rowsOf((await h.call('GET', `/api/key-figures?${query}&format=csv`)).text);
    const domains = new Set(
      [...json.now.partnersPerDomain, ...json.before.partnersPerDomain].map(
        (d: { domain: string }) => d.domain,
      ),
    );
    // partners, domains, ties, cross-domain ties, brokers, density, components, 3 x weak spots, opgaven, 2 x casussen
    expect(rows.size).toBe(1 + domains.size + 5 + 3 + json.opgaven.length + 2);

    const pair = (key: string) => {
      const row = rows.get(key);
      expect(row, key).toBeDefined();
      return [number(row?.[0]), number(row?.[1])];
    };
    expect(pair('Partners;Organisaties in het netwerk')).toEqual([json.before.partners, json.now.partners]);
    expect(pair('Verbindingen;Verbindingen tussen organisaties')).toEqual([json.before.ties, json.now.ties]);
    expect(pair('Verbindingen;Verbindingen over domeinen heen')).toEqual([
      json.before.crossDomainTies,
      json.now.crossDomainTies,
    ]);
    expect(pair('Netwerk;Makelaars tussen domeinen')).toEqual([json.before.brokers, json.now.brokers]);
    expect(pair('Netwerk;Losse delen')).toEqual([json.before.components, json.now.components]);
    const [densityBefore, densityNow] = pair('Netwerk;Dichtheid');
    expect(densityBefore).toBeCloseTo(json.before.density, 3);
    expect(densityNow).toBeCloseTo(json.now.density, 3);
    for (const d of json.now.partnersPerDomain as { label: string; partners: number }[])
      expect(pair(`Partners per domein;${d.label}`)[1]).toBe(d.partners);
    expect(rows.get('Kwetsbare plekken;Opgelost sinds de vergelijkingsdatum')?.[1]).toBe(
      String(json.singlePointsOfFailureResolved),
    );
    expect(rows.get('Kwetsbare plekken;Nieuw sinds de vergelijkingsdatum')?.[1]).toBe(
      String(json.singlePointsOfFailureNew),
    );
    for (const o of json.opgaven as {
      name: string;
      share: number | null;
      presentRoles: number;
      requiredRoles: number;
    }[])
      expect(rows.get(`Verplichte partners per opgave;${o.name}`)?.[1]).toBe(
        o.share === null ? 'geen sjabloon' : `${o.presentRoles} van ${o.requiredRoles}`,
      );
    expect(pair('Casussen;Totaal')[1]).toBe(json.casussen.total);
    expect(pair('Casussen;Actief')[1]).toBe(json.casussen.active);
    expect(json.opgaven.some((o: { share: number | null }) => o.share !== null)).toBe(true);
  });

  it('names no person and no person id', async () => {
    for (const asOf of ['2020-06-01', '2024-01-01', '']) {
      const reply = await h.call('GET', `/api/key-figures?format=csv${asOf ? `&asOf=${asOf}` : ''}`);
      expect(reply.status).toBe(200);
      expect(personLeaks(reply.text), asOf).toEqual([]);
    }
  });

  it('refuses an unknown format with 400', async () => {
    expect((await h.call('GET', '/api/key-figures?format=xlsx')).status).toBe(400);
  });
});
