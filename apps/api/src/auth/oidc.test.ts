import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLIENT,
  OTHER_CLIENT,
  startProvider,
  type TestProvider,
  walkProvider,
} from '../../test/oidc-provider.ts';
import { AnalysisRunner } from '../analysis/analysis-runner.ts';
import { createApp } from '../app.ts';
import { type Db, openDatabase } from '../db/database.ts';
import { parseRoleMapping } from '../env.ts';
import { ensureAdmin } from '../services/users.service.ts';
import { OidcClient, type OidcOptions } from './oidc.ts';

const ORIGIN = 'http://127.0.0.1';
const ADMIN_PASSWORD = 'herstel-sleutel-voor-noodgeval-5521';
const dir = mkdtempSync(join(tmpdir(), 'regiekaart-oidc-'));
let db: Db;
let op: TestProvider;
const runner = new AnalysisRunner(false);

beforeAll(async () => {
  db = openDatabase(join(dir, 'oidc.db'));
  await ensureAdmin(db, ADMIN_PASSWORD);
  op = await startProvider();
  op.accounts.set('sub-anna', {
    sub: 'sub-anna',
    preferred_username: 'anna.jansen',
    name: 'Anna Jansen',
    roles: ['regiekaart-regie'],
  });
  op.accounts.set('sub-bram', {
    sub: 'sub-bram',
    preferred_username: 'bram',
    name: 'Bram de Vries',
    roles: ['personeel'],
  });
  op.accounts.set('sub-cor', {
    sub: 'sub-cor',
    preferred_username: 'cor',
    name: 'Cor',
    roles: ['regiekaart-beheer', 'regiekaart-lezen'],
  });
});
afterAll(async () => {
  await op.stop();
  await runner.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function appWith(extra: Partial<OidcOptions> = {}, localLogin = true) {
  const options: OidcOptions = {
    issuer: op.issuer,
    clientId: CLIENT.id,
    clientSecret: CLIENT.secret,
    roleClaim: 'roles',
    roles: parseRoleMapping('regiekaart-beheer=beheerder,regiekaart-regie=regisseur,regiekaart-lezen=lezer'),
    ...extra,
  };
  return createApp({ db, runner, signIn: { oidc: new OidcClient(db, options), localLogin } });
}
type App = ReturnType<typeof appWith>;

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith(`${name}=`) && c.length > name.length + 1);

/** Starts at Regiekaart, walks the provider as `sub`, and returns to the callback. */
async function signIn(app: App, sub: string, rewrite?: (authorizationUrl: URL) => void) {
  op.signInAs = sub;
  const start = await app.request(`${ORIGIN}/api/session/oidc`);
  expect(start.status).toBe(302);
  const flow = cookieOf(start, 'regiekaart-oidc') ?? '';
  const authorization = new URL(start.headers.get('location') ?? '');
  expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorization.searchParams.get('nonce')).toBeTruthy();
  rewrite?.(authorization);
  const back = await walkProvider(authorization.toString());
  const callback = `${ORIGIN}${back.pathname}${back.search}`;
  const res = await app.request(callback, { headers: { cookie: flow } });
  return { res, callback, flow, session: cookieOf(res, 'regiekaart') };
}

const accountOf = (sub: string) =>
  db.prepare('SELECT id, username, name, role, oidc_issuer FROM users WHERE oidc_subject = ?').get(sub) as
    | { id: string; username: string; name: string; role: string; oidc_issuer: string }
    | undefined;

const lastLogin = () =>
  db.prepare("SELECT * FROM access_log WHERE action = 'login' ORDER BY id DESC LIMIT 1").get() as Record<
    string,
    unknown
  >;

describe('sign-in with the organisation account (OpenID Connect)', () => {
  it('makes the account on first sign-in with the mapped role and signs it in', async () => {
    const app = appWith();
    const { res, session } = await signIn(app, 'sub-anna');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/');
    expect(session).toBeDefined();
    const me = await app.request(`${ORIGIN}/api/session`, { headers: { cookie: session ?? '' } });
    expect(me.status).toBe(200);
    const body = (await me.json()) as {
      user: { username: string; role: string; name: string };
      csrfToken: string;
    };
    expect(body.user).toMatchObject({ username: 'anna.jansen', role: 'regisseur', name: 'Anna Jansen' });
    expect(body.csrfToken.length).toBeGreaterThan(20);
    expect(accountOf('sub-anna')).toMatchObject({ role: 'regisseur', oidc_issuer: op.issuer });
    // the access log names the provider and the subject
    expect(lastLogin()).toMatchObject({
      result: 'success',
      object_type: 'oidc',
      object_id: `${op.issuer} sub-anna`,
    });
    // a write needs the CSRF token as for a local account
    const write = await app.request(`${ORIGIN}/api/domains`, {
      method: 'POST',
      headers: { cookie: session ?? '', 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'oidc-proef', label: 'Proef' }),
    });
    expect(write.status).toBe(403);
  });

  it('takes the highest mapped role, and the role follows the claim at every sign-in', async () => {
    const app = appWith();
    await signIn(app, 'sub-cor');
    expect(accountOf('sub-cor')?.role).toBe('beheerder');
    const id = accountOf('sub-cor')?.id;
    op.accounts.set('sub-cor', {
      sub: 'sub-cor',
      preferred_username: 'cor',
      name: 'Cor',
      roles: ['regiekaart-lezen'],
    });
    const again = await signIn(app, 'sub-cor');
    expect(again.res.status).toBe(302);
    expect(accountOf('sub-cor')).toMatchObject({ id, role: 'lezer' });
    const count = db.prepare("SELECT count(*) FROM users WHERE oidc_subject = 'sub-cor'").pluck().get();
    expect(count).toBe(1);
  });

  it('refuses an account without a Regiekaart role with a clear Dutch page, and makes no account', async () => {
    const app = appWith();
    const { res, session } = await signIn(app, 'sub-bram');
    expect(res.status).toBe(403);
    expect(res.headers.get('content-type')).toContain('text/html');
    const page = await res.text();
    expect(page).toContain('Geen toegang tot Regiekaart');
    expect(page).toContain('heeft geen rol voor Regiekaart');
    expect(session).toBeUndefined();
    expect(accountOf('sub-bram')).toBeUndefined();
    expect(lastLogin()).toMatchObject({ result: 'denied', object_id: `${op.issuer} sub-bram` });
    op.accounts.set('sub-bram', { sub: 'sub-bram', preferred_username: 'bram' }); // no roles claim at all
    expect((await signIn(app, 'sub-bram')).res.status).toBe(403);
  });

  it('refuses a replayed state (the callback used a second time)', async () => {
    const app = appWith();
    const first = await signIn(app, 'sub-anna');
    expect(first.res.status).toBe(302);
    const replay = await app.request(first.callback, { headers: { cookie: first.flow } });
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('Aanmelden mislukt');
    expect(cookieOf(replay, 'regiekaart')).toBeUndefined();
  });

  it('refuses a callback without the browser that started the sign-in', async () => {
    const app = appWith();
    op.signInAs = 'sub-anna';
    const start = await app.request(`${ORIGIN}/api/session/oidc`);
    const back = await walkProvider(start.headers.get('location') ?? '');
    const res = await app.request(`${ORIGIN}${back.pathname}${back.search}`);
    expect(res.status).toBe(400);
  });

  it('refuses an ID token issued to another client (wrong audience), though the provider signed it', async () => {
    // the code and the token are the other client's: a genuine token, meant for another audience
    const app = appWith({
      fetch: (url, options) => {
        if (String(url).endsWith('/token') && options.body instanceof URLSearchParams) {
          options.body.set('client_id', OTHER_CLIENT.id);
          options.body.set('client_secret', OTHER_CLIENT.secret);
        }
        return fetch(url, options as RequestInit);
      },
    });
    const { res, session } = await signIn(app, 'sub-anna', (url) =>
      url.searchParams.set('client_id', OTHER_CLIENT.id),
    );
    expect(res.status).toBe(400);
    expect(session).toBeUndefined();
    expect(lastLogin()).toMatchObject({ result: 'failure' });
  });

  it('refuses an expired ID token', async () => {
    // the relying party's clock runs two hours ahead: the one-hour ID token has expired
    const app = appWith({ clockSkewSeconds: 2 * 3600 });
    const { res, session } = await signIn(app, 'sub-anna');
    expect(res.status).toBe(400);
    expect(session).toBeUndefined();
  });

  it('logs out here and at the provider (RP-initiated logout)', async () => {
    const app = appWith();
    const { session } = await signIn(app, 'sub-anna');
    const out = await app.request(`${ORIGIN}/api/session/oidc/logout`, {
      headers: { cookie: session ?? '' },
    });
    expect(out.status).toBe(302);
    const to = new URL(out.headers.get('location') ?? '');
    expect(to.origin).toBe(op.issuer);
    expect(to.searchParams.get('client_id')).toBe(CLIENT.id);
    expect(to.searchParams.get('post_logout_redirect_uri')).toBe(`${ORIGIN}/`);
    const me = await app.request(`${ORIGIN}/api/session`, { headers: { cookie: session ?? '' } });
    expect(me.status).toBe(401);
  });

  it('does not end a session when another site sends the browser to the logout address', async () => {
    const app = appWith();
    const { session } = await signIn(app, 'sub-anna');
    const out = await app.request(`${ORIGIN}/api/session/oidc/logout`, {
      headers: { cookie: session ?? '', 'sec-fetch-site': 'cross-site' },
    });
    expect(out.headers.get('location')).toBe('/');
    const me = await app.request(`${ORIGIN}/api/session`, { headers: { cookie: session ?? '' } });
    expect(me.status).toBe(200);
  });

  it('offers the sign-in on the login screen and documents the OIDC security scheme', async () => {
    const app = appWith({}, false);
    expect(await (await app.request(`${ORIGIN}/api/session/options`)).json()).toEqual({
      localLogin: false,
      oidc: true,
    });
    const doc = (await (await app.request(`${ORIGIN}/api/openapi.json`)).json()) as {
      components: { securitySchemes: Record<string, { type: string; openIdConnectUrl?: string }> };
    };
    expect(doc.components.securitySchemes.oidc).toEqual(
      expect.objectContaining({
        type: 'openIdConnect',
        openIdConnectUrl: `${op.issuer}/.well-known/openid-configuration`,
      }),
    );
  });

  it('with REGIEKAART_LOCAL_LOGIN=off refuses passwords, except for the first beheerder (recovery)', async () => {
    const app = appWith({}, false);
    const login = (username: string, password: string) =>
      app.request(`${ORIGIN}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
    const refused = await login('anna.jansen', 'wat-dan-ook-0000');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await login('beheerder', ADMIN_PASSWORD)).status).toBe(200);
    // and without OIDC the answer is 404 on its routes, passwords work
    const plain = createApp({ db, runner });
    expect((await plain.request(`${ORIGIN}/api/session/oidc`)).status).toBe(404);
    expect(await (await plain.request(`${ORIGIN}/api/session/options`)).json()).toEqual({
      localLogin: true,
      oidc: false,
    });
  });
});
