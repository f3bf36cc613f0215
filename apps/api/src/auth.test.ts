import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Harness,
  signIn,
  startHarness,
  TEST_ADMIN_PASSWORD,
  TEST_USER_PASSWORD,
} from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
import { AnalysisRunner } from './analysis/analysis-runner.ts';
import { createApp } from './app.ts';
import { LOGIN_LIMITS } from './auth/login-limiter.ts';
import { passwordProblems, verifyPassword } from './auth/passwords.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(smallNetwork);
});
afterAll(() => h.stop());

describe('signing in', () => {
  it('answers 401 problem+json to every API request without a session, except health, login and the API document', async () => {
    for (const [method, path] of [
      ['GET', '/api/organisations'],
      ['GET', '/api/opgaven/c1'],
      ['GET', '/api/network'],
      ['POST', '/api/organisations'],
      ['GET', '/api/session'],
      ['GET', '/api/no-such-route'],
    ] as const) {
      const reply = await h.anonymous(method, path, method === 'POST' ? { name: 'x' } : undefined);
      expect(reply.status, `${method} ${path}`).toBe(401);
      expect(reply.type).toContain('application/problem+json');
      expect(reply.body.title).toBe('Niet aangemeld');
    }
    expect((await h.anonymous('GET', '/api/health')).status).toBe(200);
    expect((await h.anonymous('GET', '/api/openapi.json')).status).toBe(200);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie, without Secure on localhost', async () => {
    const reply = await h.anonymous('POST', '/api/session', {
      username: 'beheerder',
      password: TEST_ADMIN_PASSWORD,
    });
    expect(reply.status).toBe(200);
    expect(reply.body.user).toMatchObject({ username: 'beheerder', role: 'beheerder' });
    expect(reply.body.user).not.toHaveProperty('passwordHash');
    expect(reply.body.csrfToken).toMatch(/^[\w-]{40,}$/);
    const cookie = reply.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^regiekaart=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('sets a __Host- prefixed Secure cookie on any other host', async () => {
    const runner = new AnalysisRunner(false);
    const app = createApp({ db: h.db, runner });
    const res = await app.request('https://regiekaart.gemeente.nl/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'beheerder', password: TEST_ADMIN_PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^__Host-regiekaart=[\w-]{40,};/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).not.toMatch(/Domain=/);
    await runner.close();
  });

  it('gives an unknown user and a wrong password the same answer', async () => {
    const unknown = await h.anonymous('POST', '/api/session', {
      username: 'bestaat-niet',
      password: 'een-wachtwoord-van-lengte',
    });
    const wrong = await h.anonymous('POST', '/api/session', {
      username: 'beheerder',
      password: 'een-wachtwoord-van-lengte',
    });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    const { instance: _a, ...a } = unknown.body;
    const { instance: _b, ...b } = wrong.body;
    expect(a).toEqual(b);
    expect(unknown.headers.getSetCookie()).toEqual([]);
  });

  it('limits failed logins per username with 429 and Retry-After, known or not', async () => {
    for (const username of ['niet-bestaand-account', 'test-slot']) {
      if (username === 'test-slot') await h.account({ username, role: 'lezer' });
      for (let i = 0; i < LOGIN_LIMITS.perUser; i++) {
        const reply = await h.anonymous('POST', '/api/session', {
          username,
          password: `fout-${i}-wachtwoord`,
        });
        expect(reply.status).toBe(401);
      }
      const blocked = await h.anonymous('POST', '/api/session', { username, password: TEST_USER_PASSWORD });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(blocked.body.title).toBe('Te veel pogingen');
    }
  });

  it('refuses login bodies that are not JSON (415) or carry unknown fields (400)', async () => {
    const form = await h.anonymous('POST', '/api/session', 'username=beheerder&password=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    const extra = await h.anonymous('POST', '/api/session', {
      username: 'beheerder',
      password: TEST_ADMIN_PASSWORD,
      role: 'beheerder',
    });
    expect(extra.status).toBe(400);
  });
});

describe('sessions', () => {
  it('logout revokes the session on the server', async () => {
    const caller = await signIn(h.url, 'beheerder', TEST_ADMIN_PASSWORD);
    expect((await caller('GET', '/api/session')).status).toBe(200);
    const out = await caller('DELETE', '/api/session');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toMatch(/Max-Age=0/);
    expect((await caller('GET', '/api/organisations')).status).toBe(401);
    expect(
      h.db.prepare('SELECT count(*) FROM sessions WHERE csrf_token = ?').pluck().get(caller.csrfToken),
    ).toBe(0);
  });

  it('ends a session after the idle time-out and after the absolute time-out', async () => {
    const idle = await signIn(h.url, 'beheerder', TEST_ADMIN_PASSWORD);
    h.db
      .prepare('UPDATE sessions SET last_seen_at = ? WHERE csrf_token = ?')
      .run(Date.now() - 31 * 60_000, idle.csrfToken);
    expect((await idle('GET', '/api/session')).status).toBe(401);

    const old = await signIn(h.url, 'beheerder', TEST_ADMIN_PASSWORD);
    h.db
      .prepare('UPDATE sessions SET expires_at = ? WHERE csrf_token = ?')
      .run(Date.now() - 1, old.csrfToken);
    expect((await old('GET', '/api/session')).status).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    const caller = await signIn(h.url, 'beheerder', TEST_ADMIN_PASSWORD);
    const token = caller.cookie.split('=')[1] ?? '';
    const hashes = h.db.prepare('SELECT token_hash FROM sessions').pluck().all() as string[];
    expect(hashes).not.toContain(token);
    expect(hashes.every((x) => /^[0-9a-f]{64}$/.test(x))).toBe(true);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the token, with a wrong one, or from another origin', async () => {
    const body = { name: 'Veilig Thuis', domain: 'zorg', type: 'veilig thuis' };
    const headers = { 'x-csrf-token': '' };
    expect((await h.call('POST', '/api/organisations', body, headers)).status).toBe(403);
    expect((await h.call('POST', '/api/organisations', body, { 'x-csrf-token': 'verkeerd' })).status).toBe(
      403,
    );
    expect(
      (await h.call('POST', '/api/organisations', body, { origin: 'https://kwaadaardig.example' })).status,
    ).toBe(403);
    expect((await h.call('DELETE', '/api/organisations/om', undefined, headers)).status).toBe(403);
    expect(h.db.prepare("SELECT count(*) FROM organisations WHERE name = 'Veilig Thuis'").pluck().get()).toBe(
      0,
    );
    expect((await h.call('POST', '/api/organisations', body, { origin: h.url })).status).toBe(201);
  });
});

describe('accounts', () => {
  it('stores scrypt hashes that verify, never the password', async () => {
    const made = await h.call('POST', '/api/users', {
      username: 'anna.bakker',
      password: TEST_USER_PASSWORD,
      name: 'Anna Bakker',
      role: 'regisseur',
      personId: 'p1',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      username: 'anna.bakker',
      role: 'regisseur',
      personId: 'p1',
      active: true,
    });
    expect(made.text).not.toContain('scrypt');
    const stored = h.db
      .prepare('SELECT password_hash FROM users WHERE id = ?')
      .pluck()
      .get(made.body.id) as string;
    expect(stored).toMatch(/^scrypt\$32768\$8\$3\$/);
    expect(stored).not.toContain(TEST_USER_PASSWORD);
    expect(await verifyPassword(TEST_USER_PASSWORD, stored)).toBe(true);
    expect(await verifyPassword('iets-anders-dan-dat', stored)).toBe(false);
  });

  it('refuses short and common passwords and ones holding the username', async () => {
    const make = (password: string) =>
      h.call('POST', '/api/users', { username: 'bram.c', password, name: 'Bram', role: 'lezer' });
    for (const password of [
      'kort',
      'password1234',
      'Welkom2024!!!',
      'qwertyuiop123',
      'bram.c-is-mijn-naam',
    ]) {
      const reply = await make(password);
      expect(reply.status, password).toBe(400);
      expect(reply.body.errors[0].field).toBe('password');
    }
    expect(passwordProblems('zeven-groene-fietsen-op-het-plein')).toEqual([]);
    expect((await make('zeven-groene-fietsen-op-het-plein')).status).toBe(201);
    expect((await make('zeven-groene-fietsen-op-het-plein')).status).toBe(409);
  });

  it('keeps the last beheerder, and ends sessions of an account whose role changes', async () => {
    const self = h.db.prepare("SELECT id FROM users WHERE username = 'beheerder'").pluck().get() as string;
    expect((await h.call('PATCH', `/api/users/${self}`, { role: 'lezer' })).status).toBe(409);
    expect((await h.call('DELETE', `/api/users/${self}`)).status).toBe(409);

    const regisseur = await h.account({ username: 'wordt-lezer', role: 'regisseur' });
    expect((await regisseur('GET', '/api/session')).status).toBe(200);
    expect((await h.call('PATCH', `/api/users/${regisseur.userId}`, { role: 'lezer' })).status).toBe(200);
    expect((await regisseur('GET', '/api/session')).status).toBe(401);
    const again = await signIn(h.url, 'wordt-lezer', TEST_USER_PASSWORD);
    expect((await again('GET', '/api/session')).body.user.role).toBe('lezer');
    expect(
      (await again('POST', '/api/organisations', { name: 'X', domain: 'zorg', type: 'ggz' })).status,
    ).toBe(403);

    expect((await h.call('PATCH', `/api/users/${regisseur.userId}`, { active: false })).status).toBe(200);
    await expect(signIn(h.url, 'wordt-lezer', TEST_USER_PASSWORD)).rejects.toThrow(/401/);
  });
});

describe('first start', () => {
  it('creates the beheerder with a generated password once, and never again', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { startServer } = await import('./server.ts');
    const dir = mkdtempSync(join(tmpdir(), 'regiekaart-first-'));
    const dbPath = join(dir, 'first.db');
    const first = await startServer({ port: 0, dbPath, loadSample: false, webRoot: join(dir, 'none') });
    expect(first.generatedAdmin?.username).toBe('beheerder');
    const password = first.generatedAdmin?.password ?? '';
    expect(passwordProblems(password, 'beheerder')).toEqual([]);
    const caller = await signIn(first.url, 'beheerder', password);
    expect((await caller('GET', '/api/session')).body.user.role).toBe('beheerder');
    await first.close();
    const second = await startServer({ port: 0, dbPath, loadSample: false, webRoot: join(dir, 'none') });
    expect(second.generatedAdmin).toBeUndefined();
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
