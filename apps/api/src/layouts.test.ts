import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { sample } from '../test/sample.ts';

const OPGAVE = 'opg-ps-pga';
const CASUS = 'cas-mh-2020-117';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(sample);
});
afterAll(() => h.stop());

describe('map layouts', () => {
  it('gives an empty layout for a map nothing was kept for', async () => {
    const { status, body } = await h.call('GET', '/api/layouts/netwerk/person');
    expect(status).toBe(200);
    expect(body).toEqual({ opgaveId: null, level: 'person', positions: {}, updatedAt: null });
  });

  it('keeps positions per map and level: PUT replaces, PATCH sets only the nodes given', async () => {
    const put = await h.call('PUT', `/api/layouts/opgaven/${OPGAVE}/person`, {
      positions: { 'per-028': { x: 10.04, y: -20 }, 'per-090': { x: 30, y: 40 } },
    });
    expect(put.status).toBe(200);
    expect(put.body.positions).toEqual({ 'per-028': { x: 10, y: -20 }, 'per-090': { x: 30, y: 40 } });
    expect(put.body.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const patch = await h.call('PATCH', `/api/layouts/opgaven/${OPGAVE}/person`, {
      positions: { 'per-090': { x: 31, y: 41 }, 'org-politie-wm': { x: 1, y: 2 } },
    });
    expect(patch.status).toBe(200);
    const read = await h.call('GET', `/api/layouts/opgaven/${OPGAVE}/person`);
    expect(read.body.positions).toEqual({
      'per-028': { x: 10, y: -20 },
      'per-090': { x: 31, y: 41 },
      'org-politie-wm': { x: 1, y: 2 },
    });
    // other maps and levels are untouched
    expect((await h.call('GET', `/api/layouts/opgaven/${OPGAVE}/organisation`)).body.positions).toEqual({});
    expect((await h.call('GET', '/api/layouts/netwerk/person')).body.positions).toEqual({});

    const replaced = await h.call('PUT', `/api/layouts/opgaven/${OPGAVE}/person`, {
      positions: { 'per-001': { x: 0, y: 0 } },
    });
    expect(replaced.body.positions).toEqual({ 'per-001': { x: 0, y: 0 } });
  });

  it('keeps the whole network apart from the opgaven', async () => {
    await h.call('PUT', '/api/layouts/netwerk/grouped', { positions: { 'per-001': { x: 5, y: 6 } } });
    const { body } = await h.call('GET', '/api/layouts/netwerk/grouped');
    expect(body).toMatchObject({
      opgaveId: null,
      level: 'grouped',
      positions: { 'per-001': { x: 5, y: 6 } },
    });
  });

  it('lets a lezer read a layout but not change it', async () => {
    const lezer = await h.as('lezer');
    const read = await lezer('GET', `/api/layouts/opgaven/${OPGAVE}/person`);
    expect(read.status).toBe(200);
    expect(read.body.positions['per-001']).toEqual({ x: 0, y: 0 });
    for (const method of ['PUT', 'PATCH'] as const) {
      const write = await lezer(method, `/api/layouts/opgaven/${OPGAVE}/person`, {
        positions: { 'per-001': { x: 99, y: 99 } },
      });
      expect(write.status).toBe(403);
      expect(write.type).toContain('application/problem+json');
    }
    const after = await h.call('GET', `/api/layouts/opgaven/${OPGAVE}/person`);
    expect(after.body.positions['per-001']).toEqual({ x: 0, y: 0 });
  });

  it('hides the layout of a casus from those who may not see the casus, as its map is hidden', async () => {
    const kept = await h.call('PUT', `/api/layouts/opgaven/${CASUS}/person`, {
      positions: { 'per-199': { x: 1, y: 1 } },
    });
    expect(kept.status).toBe(200);
    const lezer = await h.as('lezer');
    const regisseur = await h.as('regisseur');
    for (const caller of [lezer, regisseur]) {
      const read = await caller('GET', `/api/layouts/opgaven/${CASUS}/person`);
      expect(read.status).toBe(404);
      expect(read.text).not.toContain('per-199');
      // the same answer as for its network
      expect((await caller('GET', `/api/opgaven/${CASUS}/network`)).status).toBe(404);
    }
    const write = await regisseur('PATCH', `/api/layouts/opgaven/${CASUS}/person`, {
      positions: { 'per-199': { x: 9, y: 9 } },
    });
    expect(write.status).toBe(404);
    expect((await h.call('GET', `/api/layouts/opgaven/${CASUS}/person`)).body.positions).toEqual({
      'per-199': { x: 1, y: 1 },
    });
  });

  it('refuses an unknown opgave with 404 and an unknown level with 400 naming the field', async () => {
    const missing = await h.call('GET', '/api/layouts/opgaven/opg-bestaat-niet/person');
    expect(missing.status).toBe(404);
    const level = await h.call('GET', `/api/layouts/opgaven/${OPGAVE}/personen`);
    expect(level.status).toBe(400);
    expect(level.body.errors).toEqual([expect.objectContaining({ field: 'level' })]);
  });

  it('refuses bad positions with 400 naming the field, and keeps what was there', async () => {
    const before = (await h.call('GET', `/api/layouts/opgaven/${OPGAVE}/person`)).body.positions;
    const cases: [unknown, string][] = [
      [{ positions: { 'per-001': { x: 'links', y: 0 } } }, 'positions.per-001.x'],
      [{ positions: { 'per-001': { x: 1e9, y: 0 } } }, 'positions.per-001.x'],
      [{ positions: { 'per-001': { x: 1 } } }, 'positions.per-001.y'],
      [{ positions: { 'per 001!': { x: 1, y: 1 } } }, 'positions.per 001!'],
      [{ positions: {}, extra: true }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const reply = await h.call('PUT', `/api/layouts/opgaven/${OPGAVE}/person`, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const text = await h.call('PUT', `/api/layouts/opgaven/${OPGAVE}/person`, 'x', {
      'Content-Type': 'text/plain',
    });
    expect(text.status).toBe(415);
    expect((await h.call('GET', `/api/layouts/opgaven/${OPGAVE}/person`)).body.positions).toEqual(before);
  });

  it('forgets the layout of an opgave that is deleted', async () => {
    const made = await h.call('POST', '/api/opgaven', { name: 'Tijdelijk', level: 'lokaal', kind: 'opgave' });
    await h.call('PUT', `/api/layouts/opgaven/${made.body.id}/person`, { positions: { a: { x: 1, y: 1 } } });
    expect((await h.call('DELETE', `/api/opgaven/${made.body.id}`)).status).toBe(204);
    expect(
      h.db.prepare('SELECT count(*) FROM map_layouts WHERE opgave_id = ?').pluck().get(made.body.id),
    ).toBe(0);
  });

  it('documents its routes in the OpenAPI document', async () => {
    const { body } = await h.call('GET', '/api/openapi.json');
    for (const path of ['/layouts/netwerk/{level}', '/layouts/opgaven/{id}/{level}'])
      expect(Object.keys(body.paths[path] ?? {}).sort(), path).toEqual(['get', 'patch', 'put']);
  });
});
