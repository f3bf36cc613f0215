import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';

let h: Harness;
beforeEach(async () => {
  h = await startHarness(smallNetwork);
});
afterEach(() => h.stop());

const csv = (lines: string[]) => ({ body: lines.join('\r\n'), headers: { 'content-type': 'text/csv' } });
const post = (query: string, file: { body: string; headers: Record<string, string> }) =>
  h.call('POST', `/api/import?format=csv&${query}`, file.body, file.headers);
const count = (table: string) => h.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

/** Ties naming both ends, in the store's own names with other case, accents and spaces. */
const ties = csv([
  'bron;doel;soort;sterkte',
  'anna  bakker;BRAM CLAESSENS;Structureel overleg;4',
  'Politie Limburg;Mondriaan;convenant;3',
  'Anna Bakker;Stichting Nieuwkomer;overleg;2',
]);

describe('names in an import', () => {
  it('resolves ends by name, offers an unknown name as new, and reports names instead of ids', async () => {
    const dry = await post('dryRun=true', ties);
    expect(dry.status).toBe(200);
    expect(dry.body.rows).toEqual([
      expect.objectContaining({
        entity: 'links',
        row: 2,
        action: 'create',
        label: 'Anna Bakker – Bram Claessens',
      }),
      expect.objectContaining({
        entity: 'links',
        row: 3,
        action: 'unchanged',
        label: 'Politie Limburg – Mondriaan',
      }),
      expect.objectContaining({
        entity: 'organisations',
        row: 4,
        action: 'create',
        label: 'Stichting Nieuwkomer',
      }),
      expect.objectContaining({
        entity: 'links',
        row: 4,
        action: 'create',
        label: 'Anna Bakker – Stichting Nieuwkomer',
      }),
    ]);
    expect(dry.body.names).toEqual([
      expect.objectContaining({
        name: 'Stichting Nieuwkomer',
        status: 'unknown',
        kind: 'organisation',
        choice: 'new',
      }),
    ]);
    expect(dry.body.summary.links).toEqual({ create: 2, update: 0, unchanged: 1, reject: 0 });
    expect(JSON.stringify(dry.body.rows)).not.toMatch(/sourceId|targetId/);
    expect(dry.body.importId).toBeUndefined();
    expect(count('change_sets')).toBe(1); // the fixture only
  });

  it('creates an unknown name as a person with nodes=person', async () => {
    const dry = await post('dryRun=true&nodes=person', ties);
    expect(dry.body.names[0]).toMatchObject({ name: 'Stichting Nieuwkomer', kind: 'person' });
    expect(dry.body.rows[2]).toMatchObject({ entity: 'people', action: 'create' });
  });

  it('uses an existing record the user chose for an unknown name', async () => {
    const choices = encodeURIComponent(JSON.stringify({ 'Stichting Nieuwkomer': 'rec' }));
    const real = await post(`choices=${choices}`, ties);
    expect(real.status).toBe(200);
    expect(real.body.rows.map((r: { action: string }) => r.action)).toEqual([
      'create',
      'unchanged',
      'create',
    ]);
    expect(real.body.rows[2].label).toBe('Anna Bakker – Reclassering Nederland');
    expect(
      h.db.prepare("SELECT count(*) FROM organisations WHERE name = 'Stichting Nieuwkomer'").pluck().get(),
    ).toBe(0);
  });

  it('refuses a bad choices parameter with 400 naming it', async () => {
    const reply = await post('choices=%7Bnope', ties);
    expect(reply.status).toBe(400);
    expect(reply.body.errors[0].field).toBe('choices');
  });

  it('lists the candidates of an ambiguous name and rejects the row until one is chosen', async () => {
    await h.call('POST', '/api/people', {
      name: 'Anna Bákker',
      memberships: [{ organisationId: 'ggz' }],
      allowDuplicate: true,
    });
    const dry = await post('dryRun=true', ties);
    const row = dry.body.rows.find(
      (r: { row: number; entity: string }) => r.entity === 'links' && r.row === 2,
    );
    expect(row.action).toBe('reject');
    expect(row.errors[0]).toMatchObject({ field: 'van' });
    expect(row.errors[0].message).toContain('Anna Bakker (Team OOV)');
    expect(row.errors[0].message).toContain('Anna Bákker (Mondriaan)');
    const ambiguous = dry.body.names.find((n: { status: string }) => n.status === 'ambiguous');
    expect(ambiguous.candidates.map((c: { name: string }) => c.name).sort()).toEqual([
      'Anna Bakker',
      'Anna Bákker',
    ]);

    const choices = encodeURIComponent(JSON.stringify({ 'anna  bakker': 'p1', 'Anna Bakker': 'p1' }));
    const real = await post(`choices=${choices}`, ties);
    expect(real.status).toBe(200);
    expect(real.body.applied).toBe(true);
  });

  it('creates nothing new when the same file is imported again', async () => {
    const first = await post('fileName=ketenpartners.csv', ties);
    expect(first.status).toBe(200);
    const links = count('links');
    const actors = count('actors');
    const again = await post('dryRun=true', ties);
    expect(again.body.rows.map((r: { action: string }) => r.action)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(again.body.summary.links).toEqual({ create: 0, update: 0, unchanged: 3, reject: 0 });
    const real = await post('', ties);
    expect(real.status).toBe(200);
    expect([count('links'), count('actors')]).toEqual([links, actors]);
  });

  it('matches a record by the id a file gave it before, after matching it by name once', async () => {
    const people = csv([
      'id;naam;functie',
      'x-17;Eva Frissen;FACT-behandelaar',
      'x-18;Gijs Hameleers;wijkverpleegkundige',
    ]);
    const first = await post('', people);
    expect(first.body.rows.map((r: { action: string }) => r.action)).toEqual(['unchanged', 'create']);
    const byFileId = csv(['bron;doel;soort', 'x-17;x-18;informeel']);
    const tie = await post('dryRun=true', byFileId);
    expect(tie.body.rows[0]).toMatchObject({ action: 'create', label: 'Eva Frissen – Gijs Hameleers' });
  });
});

describe('import history and undo', () => {
  it('answers importId, lists the import with who, when, file and counts, and undoes it', async () => {
    const before = { links: count('links'), actors: count('actors') };
    const real = await post('fileName=ketenpartners.csv', ties);
    expect(real.body.importId).toMatch(/^imp-/);
    expect(count('links')).toBe(before.links + 2);

    const list = await h.call('GET', '/api/imports?kind=import');
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toMatchObject({
      id: real.body.importId,
      kind: 'import',
      username: 'beheerder',
      fileName: 'ketenpartners.csv',
      format: 'csv',
      undoneAt: null,
    });
    expect(list.body.items[0].summary.links).toMatchObject({ create: 2, unchanged: 1 });

    const undo = await h.call('DELETE', `/api/imports/${real.body.importId}`);
    expect(undo.status).toBe(200);
    expect(undo.body.undoneAt).toEqual(expect.any(String));
    expect({ links: count('links'), actors: count('actors') }).toEqual(before);
    expect(
      h.db.prepare("SELECT count(*) FROM organisations WHERE name = 'Stichting Nieuwkomer'").pluck().get(),
    ).toBe(0);

    const twice = await h.call('DELETE', `/api/imports/${real.body.importId}`);
    expect(twice.status).toBe(409);
    expect((await h.call('DELETE', '/api/imports/imp-onbekend')).status).toBe(404);
  });

  it('restores the previous values of rows an import updated', async () => {
    const update = csv(['id;naam;functie', 'p2;Bram Claessens;hoofdagent']);
    const real = await post('', update);
    expect(real.body.rows[0].action).toBe('update');
    expect((await h.call('GET', '/api/people/p2')).body.function).toBe('hoofdagent');
    expect((await h.call('DELETE', `/api/imports/${real.body.importId}`)).status).toBe(200);
    const p2 = (await h.call('GET', '/api/people/p2')).body;
    expect(p2.function).toBe('wijkagent');
    expect(p2.memberships.map((m: { organisationId: string }) => m.organisationId)).toEqual(['pol']);
  });

  it('refuses with 409 naming later changes that depend on the import', async () => {
    const real = await post('', ties);
    const nieuw = h.db
      .prepare("SELECT id FROM organisations WHERE name = 'Stichting Nieuwkomer'")
      .pluck()
      .get() as string;
    await h.call('POST', '/api/links', { sourceId: 'p5', targetId: nieuw, kind: 'informeel' });
    await new Promise((r) => setTimeout(r, 5));
    await h.call('PATCH', `/api/organisations/${nieuw}`, { domain: 'sociaal_domein' });
    const refused = await h.call('DELETE', `/api/imports/${real.body.importId}`);
    expect(refused.status).toBe(409);
    expect(refused.type).toContain('application/problem+json');
    expect(refused.body.dependents).toEqual(
      expect.arrayContaining([
        'organisatie Stichting Nieuwkomer is later gewijzigd',
        'verbinding Eva Frissen – Stichting Nieuwkomer is later toegevoegd',
      ]),
    );
    expect(refused.body.detail).not.toMatch(/org-|imp-/);
    expect(count('links')).toBeGreaterThan(0);
  });

  it('keeps the history for the beheerder: a regisseur neither lists it nor undoes another’s import', async () => {
    const real = await post('', ties);
    const regisseur = await h.as('regisseur');
    expect((await regisseur('GET', '/api/imports')).status).toBe(403);
    expect((await regisseur('DELETE', `/api/imports/${real.body.importId}`)).status).toBe(403);
    const lezer = await h.as('lezer');
    expect((await lezer('DELETE', `/api/imports/${real.body.importId}`)).status).toBe(403);
    expect((await lezer('POST', '/api/import?format=csv&dryRun=true', ties.body, ties.headers)).status).toBe(
      403,
    );
    expect((await lezer('GET', '/api/import/invulbestand')).status).toBe(403);
  });

  it('lets a regisseur import the network from a file, and undo that import', async () => {
    const regisseur = await h.as('regisseur');
    const people = count('people');
    const own = await regisseur('POST', '/api/import?format=csv', ties.body, ties.headers);
    expect(own.status).toBe(200);
    expect(own.body.applied).toBe(true);
    expect(count('organisations')).toBeGreaterThan(0);
    expect(count('people')).toBe(people);
    const undone = await regisseur('DELETE', `/api/imports/${own.body.importId}`);
    expect(undone.status).toBe(200);
    expect(
      h.db.prepare("SELECT count(*) FROM organisations WHERE name = 'Stichting Nieuwkomer'").pluck().get(),
    ).toBe(0);
  });

  it('refuses a regisseur a file with opgaven or notes, naming them, and writes nothing', async () => {
    const regisseur = await h.as('regisseur');
    const opgaven = count('opgaven');
    const dataset = {
      organisations: [{ name: 'Stichting Nieuwkomer', domain: 'zorg', type: 'stichting' }],
      opgaven: [{ id: 'op-nieuw', name: 'Nieuwe opgave', level: 'lokaal' }],
      annotations: [{ targetType: 'opgave', targetId: 'op1', text: 'nota' }],
    };
    for (const dryRun of [true, false]) {
      const refused = await regisseur('POST', `/api/import?format=json&dryRun=${dryRun}`, dataset);
      expect(refused.status).toBe(403);
      expect(refused.type).toContain('application/problem+json');
      expect(refused.body.detail).toContain('opgaven en casussen, notities');
      expect(refused.body.detail).toContain('beheerder');
    }
    expect(count('opgaven')).toBe(opgaven);
    expect(
      h.db.prepare("SELECT count(*) FROM organisations WHERE name = 'Stichting Nieuwkomer'").pluck().get(),
    ).toBe(0);
    // the same file is the beheerder's to import
    expect((await h.call('POST', '/api/import?format=json&dryRun=true', dataset)).status).toBe(200);
  });
});

describe('Excel uploads', () => {
  it('refuses .xls and macro workbooks, and a workbook sent under the wrong type, with Dutch messages', async () => {
    const xls = await h.call('POST', '/api/import?format=xlsx', 'x', {
      'content-type': 'application/vnd.ms-excel',
    });
    expect(xls.status).toBe(415);
    expect(xls.body.detail).toContain('.xls');
    const xlsm = await h.call('POST', '/api/import?format=xlsx', 'x', {
      'content-type': 'application/vnd.ms-excel.sheet.macroEnabled.12',
    });
    expect(xlsm.status).toBe(415);
    expect(xlsm.body.detail).toContain('macro');
    const wrong = await h.call('POST', '/api/import?format=xlsx', 'x', { 'content-type': 'text/csv' });
    expect(wrong.status).toBe(415);
  });
});

describe('a Dutch workbook written by openpyxl', () => {
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const workbook = () => readFileSync(new URL('../../../tests/fixtures/ketenpartners.xlsx', import.meta.url));

  it('dry-runs, offers the unknown partner as new, imports, re-imports unchanged, exports and undoes', async () => {
    const dry = await h.call('POST', '/api/import?format=xlsx&dryRun=true', workbook(), {
      'content-type': XLSX,
    });
    expect(dry.status).toBe(200);
    expect(dry.body.summary.organisations).toMatchObject({ create: 2, unchanged: 2 });
    expect(dry.body.summary.people).toMatchObject({ create: 1, unchanged: 1 });
    expect(dry.body.summary.links).toMatchObject({ create: 3, reject: 0 });
    expect(dry.body.names).toEqual([
      expect.objectContaining({ name: 'Stichting Welzijn Plus', status: 'unknown', kind: 'organisation' }),
    ]);
    expect(dry.body.rows.map((r: { label: string }) => r.label)).toContain('Bram Claessens – Sanne Hermans');

    const real = await h.call('POST', '/api/import?format=xlsx&fileName=ketenpartners.xlsx', workbook(), {
      'content-type': XLSX,
    });
    expect(real.status).toBe(200);
    const tie = h.db
      .prepare(
        "SELECT l.kind, l.since FROM links l JOIN people s ON s.id = l.source_id WHERE s.name = 'Bram Claessens' AND l.kind = 'casusoverleg' AND l.since IS NOT NULL",
      )
      .get();
    expect(tie).toEqual({ kind: 'casusoverleg', since: '2024-03-15' });

    const again = await h.call('POST', '/api/import?format=xlsx&dryRun=true', workbook(), {
      'content-type': XLSX,
    });
    for (const tally of Object.values(again.body.summary) as { create: number; reject: number }[])
      expect(tally).toMatchObject({ create: 0, reject: 0 });

    const exported = await h.call('GET', '/api/export?format=xlsx');
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe(XLSX);
    expect(exported.headers.get('content-disposition')).toMatch(/\.xlsx"$/);
    const opgave = await h.call('GET', '/api/opgaven/op1/export?format=xlsx');
    expect(opgave.status).toBe(200);
    expect(opgave.headers.get('content-type')).toBe(XLSX);

    expect((await h.call('DELETE', `/api/imports/${real.body.importId}`)).status).toBe(200);
    expect(h.db.prepare("SELECT count(*) FROM people WHERE name = 'Sanne Hermans'").pluck().get()).toBe(0);
  });

  it('answers 400 in Dutch for a file that is no workbook', async () => {
    const bad = await h.call('POST', '/api/import?format=xlsx', 'geen werkmap', { 'content-type': XLSX });
    expect(bad.status).toBe(400);
    expect(bad.type).toContain('application/problem+json');
    expect(bad.body.detail).toMatch(/Excel|werkmap|xlsx/i);
  });
});
