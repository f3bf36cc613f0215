import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
import { checkDatabase } from './db/database.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(smallNetwork);
});
afterAll(() => h.stop());

const count = (table: string) => h.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

function expectProblem(
  reply: { status: number; type: string; body: { status: number; title: string } },
  status: number,
) {
  expect(reply.status).toBe(status);
  expect(reply.type).toContain('application/problem+json');
  expect(reply.body.status).toBe(status);
  expect(reply.body.title).toMatch(/\S/);
}

describe('error statuses', () => {
  it('answers 404 for an unknown id on every entity', async () => {
    for (const path of ['organisations', 'people', 'links', 'opgaven', 'templates', 'annotations', 'views']) {
      const reply = await h.call('GET', `/api/${path}/does-not-exist`);
      expectProblem(reply, 404);
      expect(reply.body.detail).toContain('does-not-exist');
    }
    expectProblem(await h.call('PATCH', '/api/people/nobody', { name: 'X' }), 404);
    expectProblem(await h.call('DELETE', '/api/links/nothing'), 404);
    expectProblem(await h.call('GET', '/api/opgaven/op1/participants/nobody'), 404);
    expectProblem(await h.call('GET', '/api/no-such-route'), 404);
  });

  it('answers 415 for a non-JSON body on a JSON route, text/plain included', async () => {
    const body = JSON.stringify({ name: 'X', domain: 'zorg', type: 'ggz' });
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      expectProblem(await h.call('POST', '/api/organisations', body, { 'content-type': type }), 415);
    }
    expect(count('organisations')).toBe(6);
  });

  it('answers 400 naming each invalid field', async () => {
    const reply = await h.call('POST', '/api/links', {
      sourceId: 'p1',
      targetId: 'p2',
      kind: 'overleg',
      strength: 9,
      since: '2024-02-30',
    });
    expectProblem(reply, 400);
    const fields = reply.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['since', 'strength']);
  });

  it('refuses unknown fields (no mass assignment)', async () => {
    const reply = await h.call('POST', '/api/organisations', {
      name: 'X',
      domain: 'zorg',
      type: 'ggz',
      createdAt: '1999',
    });
    expectProblem(reply, 400);
    expect(JSON.stringify(reply.body.errors)).toContain('createdAt');
  });

  it('answers 400 for malformed JSON', async () => {
    expectProblem(
      await h.call('POST', '/api/organisations', '{"name": ', { 'content-type': 'application/json' }),
      400,
    );
  });

  it('answers 422 naming the field for a reference to something that does not exist', async () => {
    const reply = await h.call('POST', '/api/links', {
      sourceId: 'p1',
      targetId: 'ghost',
      kind: 'verzonnen',
    });
    expectProblem(reply, 422);
    expect(reply.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'targetId']);
  });

  it('refuses a casus without a pseudonymous code, and a code that looks like a name', async () => {
    const noCode = await h.call('POST', '/api/opgaven', {
      name: 'Casus',
      level: 'individueel',
      kind: 'casus',
    });
    expectProblem(noCode, 400);
    expect(noCode.body.errors[0].field).toBe('code');
    const name = await h.call('POST', '/api/opgaven', {
      name: 'Casus',
      level: 'individueel',
      kind: 'casus',
      code: 'Jan de Vries',
    });
    expectProblem(name, 400);
  });

  it('answers 409 for a duplicate casus code and a duplicate id', async () => {
    const dup = await h.call('POST', '/api/opgaven', {
      name: 'X',
      level: 'individueel',
      kind: 'casus',
      code: 'WM-2024-001',
    });
    expectProblem(dup, 409);
    expectProblem(await h.call('POST', '/api/people', { id: 'pol', name: 'Id van een organisatie' }), 409);
  });

  it('answers 409 when deleting an organisation with members or links, and deletes everything with cascade=true', async () => {
    const refused = await h.call('DELETE', '/api/organisations/pol');
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({ members: 2, links: 1 });
    expect(count('organisations')).toBe(6);

    const done = await h.call('DELETE', '/api/organisations/pol?cascade=true');
    expect(done.status).toBe(204);
    expect(count('organisations')).toBe(5);
    expect(h.db.prepare("SELECT count(*) FROM memberships WHERE organisation_id = 'pol'").pluck().get()).toBe(
      0,
    );
    expect(h.db.prepare("SELECT count(*) FROM links WHERE id = 'l6'").pluck().get()).toBe(0);
    expect(checkDatabase(h.db).ok).toBe(true);
  });

  it('answers 409 when deleting a person with ties unless cascade=true', async () => {
    expectProblem(await h.call('DELETE', '/api/people/p6'), 409);
    expect((await h.call('DELETE', '/api/people/p6?cascade=true')).status).toBe(204);
  });

  it('writes nothing when one membership of a new person is invalid', async () => {
    const people = count('people');
    const memberships = count('memberships');
    const reply = await h.call('POST', '/api/people', {
      name: 'Half Geschreven',
      memberships: [{ organisationId: 'ggz' }, { organisationId: 'nergens' }],
    });
    expectProblem(reply, 422);
    expect(reply.body.errors[0].field).toBe('memberships.1.organisationId');
    expect(count('people')).toBe(people);
    expect(count('memberships')).toBe(memberships);
    expect(count('actors')).toBe(people + count('organisations'));
  });

  it('refuses an organisation placed under itself', async () => {
    expectProblem(await h.call('PATCH', '/api/organisations/gem', { parentId: 'gem-oov' }), 422);
  });

  it('answers 413 for a body over the limit, never 500', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), domain: 'zorg', type: 'ggz' });
    // Its own connection: the server stops reading an oversized body and closes the socket.
    const reply = await new Promise<{
      status: number;
      type: string;
      body: { status: number; title: string };
    }>((done, fail) => {
      const req = request(`${h.url}/api/organisations`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(big),
          connection: 'close',
        },
      });
      let answered = false;
      req.on('response', (res) => {
        answered = true;
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body: JSON.parse(text),
          }),
        );
      });
      // Writing the rest of the body may hit the closed socket after the answer came.
      req.on('error', (error) => {
        if (!answered) fail(error);
      });
      req.end(big);
    });
    expectProblem(reply, 413);
    expect(count('organisations')).toBe(5);
  });
});

describe('headers', () => {
  it('sends a CSP without unsafe-inline scripts, a year of HSTS, nosniff and no-store on the API', async () => {
    const { headers } = await h.call('GET', '/api/health');
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(headers.get('strict-transport-security')).toContain('max-age=31536000');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every entity path and the network endpoints, generated from the schemas', async () => {
    const { status, body } = await h.call('GET', '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    for (const path of [
      '/organisations',
      '/organisations/{id}',
      '/people',
      '/links',
      '/opgaven',
      '/opgaven/{id}/participants',
      '/opgaven/{id}/network',
      '/network',
      '/templates',
      '/annotations',
      '/views',
      '/import',
      '/export',
    ]) {
      expect(Object.keys(body.paths)).toContain(path);
    }
    const create = body.paths['/links'].post.requestBody.content['application/json'].schema;
    expect(create.properties.strength).toMatchObject({ minimum: 1, maximum: 5 });
    expect(create.additionalProperties).toBe(false);
  });
});
