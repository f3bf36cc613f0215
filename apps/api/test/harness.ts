import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetInput, Role } from '@regiekaart/model';
import { type RunningServer, startServer } from '../src/server.ts';
import { importDataset } from '../src/services/dataset.service.ts';

/** The password of the beheerder `beheerder` in every test server. */
export const TEST_ADMIN_PASSWORD = 'proef-omgeving-sleutel-7391';
/** The password of every account the harness makes for other roles. */
export const TEST_USER_PASSWORD = 'testaccount-wachtwoord-5820';

// biome-ignore lint/suspicious/noExplicitAny: replies are read loosely in tests, their shapes asserted by value
export type Reply = { status: number; type: string; body: any; text: string; headers: Headers };
export type Caller = (
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Reply>;
/** A signed-in caller and what identifies its session. */
export type SignedIn = Caller & { cookie: string; csrfToken: string; userId: string };

export type Harness = RunningServer & {
  dir: string;
  dbPath: string;
  /** Requests as the beheerder `beheerder`, signed in once, with the CSRF header on every request. */
  call: SignedIn;
  /** Requests without a session. */
  anonymous: Caller;
  /** Signs in with a username and password. */
  signIn(username: string, password: string): Promise<SignedIn>;
  /** A caller for an account with this role, made on first use (`test-<role>`, no person). */
  as(role: Role): Promise<SignedIn>;
  /** Makes an account through the API (as beheerder) and signs in with it. */
  account(spec: { username: string; role: Role; personId?: string | null; name?: string }): Promise<SignedIn>;
  stop(): Promise<void>;
};

async function send(
  url: string,
  method: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<Reply> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
    if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const res = await fetch(url, init);
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  let parsed: unknown = text;
  if (/json/.test(type) && text) parsed = JSON.parse(text);
  return { status: res.status, type, body: parsed, text, headers: res.headers };
}

/** Logs in over HTTP and returns a caller that carries the session cookie and the CSRF token. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<SignedIn> {
  const reply = await send(`${baseUrl}/api/session`, 'POST', { username, password }, {});
  if (reply.status !== 200) throw new Error(`sign-in as ${username} failed: ${reply.status} ${reply.text}`);
  const cookie = (reply.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
  const csrfToken = String(reply.body.csrfToken);
  const caller = ((method, path, body, headers = {}) =>
    send(`${baseUrl}${path}`, method, body, {
      cookie,
      'x-csrf-token': csrfToken,
      ...headers,
    })) as SignedIn;
  return Object.assign(caller, { cookie, csrfToken, userId: String(reply.body.user.id) });
}

/** A real server on a random loopback port over a fresh SQLite file, optionally filled with a dataset. */
export async function startHarness(dataset?: DatasetInput): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'regiekaart-test-'));
  const dbPath = join(dir, 'test.db');
  const server = await startServer({
    port: 0,
    dbPath,
    loadSample: false,
    webRoot: join(dir, 'no-web'),
    adminPassword: TEST_ADMIN_PASSWORD,
  });
  if (dataset) {
    const report = importDataset(server.db, dataset as never);
    if (!report.applied)
      throw new Error(
        `fixture import failed: ${JSON.stringify(report.rows.filter((r) => r.action === 'reject'))}`,
      );
  }
  const call = await signIn(server.url, 'beheerder', TEST_ADMIN_PASSWORD);
  const anonymous: Caller = (method, path, body, headers = {}) =>
    send(`${server.url}${path}`, method, body, headers);
  const account: Harness['account'] = async ({ username, role, personId, name }) => {
    const created = await call('POST', '/api/users', {
      username,
      password: TEST_USER_PASSWORD,
      name: name ?? username,
      role,
      ...(personId ? { personId } : {}),
    });
    if (created.status !== 201) throw new Error(`account ${username}: ${created.status} ${created.text}`);
    return signIn(server.url, username, TEST_USER_PASSWORD);
  };
  const roles = new Map<Role, Promise<SignedIn>>();
  return {
    ...server,
    dir,
    dbPath,
    call,
    anonymous,
    signIn: (username, password) => signIn(server.url, username, password),
    account,
    as(role) {
      if (role === 'beheerder') return Promise.resolve(call);
      const existing = roles.get(role);
      if (existing) return existing;
      const made = account({ username: `test-${role}`, role });
      roles.set(role, made);
      return made;
    },
    async stop() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
