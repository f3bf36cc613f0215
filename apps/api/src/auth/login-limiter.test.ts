import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../../test/harness.ts';
import { type Db, openDatabase } from '../db/database.ts';
import { readEnv } from '../env.ts';
import {
  addressDelayMs,
  clientAddressOf,
  LOGIN_LIMITS,
  loginBlockedFor,
  normaliseUsername,
  recordFailedLogin,
} from './login-limiter.ts';

const SPACES = [' ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u200b', '\ufeff', '\u3000'];

/** A spelling of a name that a login form would take for the same name. */
const variantOf = (name: string) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...SPACES), { maxLength: 3 }),
      fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }),
      fc.array(fc.constantFrom(...SPACES), { maxLength: 3 }),
    )
    .map(([before, upper, after]) => {
      const body = [...name].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join('');
      return `${before.join('')}${body}${after.join('')}`;
    });

const NAME = fc.stringMatching(/^[a-z][a-z0-9._-]{2,20}$/);

let db: Db;
beforeAll(() => {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'regiekaart-limiter-')), 'store.db'));
});
afterAll(() => db.close());

describe('login limiter', () => {
  it('counts every whitespace, case and width variant of one name as that name', () => {
    fc.assert(
      fc.property(
        NAME.chain((name) => fc.tuple(fc.constant(name), variantOf(name))),
        ([name, variant]) => normaliseUsername(variant) === normaliseUsername(name),
      ),
    );
    expect(normaliseUsername('ｌｅｚｅｒ１')).toBe('lezer1'); // full-width letters
  });

  it('locks a name after five failures under any five of its spellings', () => {
    let run = 0;
    fc.assert(
      fc.property(
        NAME.chain((name) =>
          fc.tuple(
            fc.constant(name),
            fc.array(variantOf(name), { minLength: LOGIN_LIMITS.perUser, maxLength: LOGIN_LIMITS.perUser }),
          ),
        ),
        ([name, variants]) => {
          // each run hours after the previous one, so it has a window of its own
          const now = 1_000_000_000 + run++ * 10 * 60 * 60_000;
          for (const [i, v] of variants.entries()) recordFailedLogin(db, v, '10.0.0.1', now + i);
          // the name as typed once more, in yet another spelling, is refused; another name is not
          return (
            loginBlockedFor(db, ` ${name.toUpperCase()}\t`, '192.0.2.1', now + 10) > 0 &&
            loginBlockedFor(db, `${name}-ander`, '192.0.2.1', now + 10) === 0
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('slows an address with doubling delays instead of locking everyone behind it', () => {
    const now = 5_000_000_000;
    for (let i = 0; i < LOGIN_LIMITS.perAddress - 1; i++)
      recordFailedLogin(db, `naam-${i}`, '198.51.100.7', now + i);
    // a colleague behind the same address logs in at once
    expect(loginBlockedFor(db, 'collega', '198.51.100.7', now + 100)).toBe(0);
    recordFailedLogin(db, 'naam-x', '198.51.100.7', now + 100);
    expect(loginBlockedFor(db, 'collega', '198.51.100.7', now + 101)).toBe(1);
    expect(loginBlockedFor(db, 'collega', '198.51.100.7', now + 1200)).toBe(0);
    // other addresses are not slowed
    expect(loginBlockedFor(db, 'collega', '198.51.100.8', now + 101)).toBe(0);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (n) => {
        const delay = addressDelayMs(n);
        return (
          delay <= LOGIN_LIMITS.addressMaxDelaySeconds * 1000 &&
          delay <= addressDelayMs(n + 1) &&
          n < LOGIN_LIMITS.perAddress === (delay === 0)
        );
      }),
    );
  });

  it('takes the client address from X-Forwarded-For only behind a trusted proxy', () => {
    expect(clientAddressOf('203.0.113.9', '10.1.1.1', [])).toBe('203.0.113.9');
    expect(clientAddressOf('203.0.113.9', '10.1.1.1', ['192.0.2.10'])).toBe('203.0.113.9');
    expect(clientAddressOf('::ffff:192.0.2.10', '10.9.9.9, 10.1.1.1', ['192.0.2.10'])).toBe('10.1.1.1');
    // a chain of proxies: the right-most address that is not a proxy is the client
    expect(clientAddressOf('192.0.2.10', '10.1.1.1, 192.0.2.11', ['192.0.2.10', '192.0.2.11'])).toBe(
      '10.1.1.1',
    );
    expect(clientAddressOf('192.0.2.10', 'geen-adres', ['192.0.2.10'])).toBe('192.0.2.10');
    expect(clientAddressOf(undefined, '10.1.1.1', ['192.0.2.10'])).toBe('onbekend');
  });

  it('reads REGIEKAART_TRUST_PROXY as a list of addresses, and refuses anything else', () => {
    expect(readEnv({}).REGIEKAART_TRUST_PROXY).toEqual([]);
    expect(readEnv({ REGIEKAART_TRUST_PROXY: '10.0.0.5, ::1' }).REGIEKAART_TRUST_PROXY).toEqual([
      '10.0.0.5',
      '::1',
    ]);
    expect(() => readEnv({ REGIEKAART_TRUST_PROXY: 'proxy.intern' })).toThrow(/REGIEKAART_TRUST_PROXY/);
  });
});

describe('login limiter over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());

  it('refuses a sixth attempt after five failures spelled "lezer1\\t", " LEZER1", ...', async () => {
    await h.account({ username: 'lezer1', role: 'lezer' });
    for (const username of ['lezer1\t', ' LEZER1', 'Lezer1 ', '\u00a0lezer1', 'LEZER1\n']) {
      const reply = await h.anonymous('POST', '/api/session', {
        username,
        password: 'verkeerd-wachtwoord-1',
      });
      expect(reply.status, JSON.stringify(username)).toBe(401);
    }
    const blocked = await h.anonymous('POST', '/api/session', {
      username: 'lezer1',
      password: 'nog-een-poging-22',
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
