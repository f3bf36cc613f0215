import { LoginSchema, type Session, SessionSchema } from '@regiekaart/model';
import { Hono } from 'hono';
import { clearFailedLogins, loginBlockedFor, recordFailedLogin } from '../auth/login-limiter.ts';
import { dummyPasswordHash, verifyPassword } from '../auth/passwords.ts';
import { createSession, purgeExpiredSessions, revokeSession, type SessionPolicy } from '../auth/sessions.ts';
import type { Db } from '../db/database.ts';
import { clientAddress } from '../http/client-address.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { ApiError } from '../http/problem.ts';
import { clearSessionCookie, setSessionCookie } from '../http/security.ts';
import { readJson } from '../http/validate.ts';
import { appendAccessLog } from '../services/access-log.service.ts';
import { findLogin, getUser } from '../services/users.service.ts';

/** Logging in (POST), who is signed in (GET) and logging out (DELETE) at /api/session. */
export function sessionRoutes(
  db: Db,
  docs: ApiDocs,
  policy: SessionPolicy,
  trustProxy: readonly string[] = [],
) {
  const tag = 'aanmelden';
  docs.add({
    method: 'post',
    path: '/session',
    tag,
    summary: 'Aanmelden met gebruikersnaam en wachtwoord; zet de sessiecookie',
    body: LoginSchema,
    response: SessionSchema,
  });
  docs.add({ method: 'get', path: '/session', tag, summary: 'De huidige sessie', response: SessionSchema });
  docs.add({ method: 'delete', path: '/session', tag, summary: 'Afmelden', status: 204 });

  const sessionOf = (userId: string, csrfToken: string, expiresAt: number): Session => ({
    user: getUser(db, userId),
    csrfToken,
    expiresAt: new Date(expiresAt).toISOString(),
    idleTimeoutMinutes: policy.idleMinutes,
  });

  return new Hono()
    .post('/session', async (c) => {
      const access = c.get('access');
      access.audit.skip = true;
      const { username, password } = await readJson(c, LoginSchema);
      const address = clientAddress(c, trustProxy);
      const log = (result: 'success' | 'denied' | 'failure', status: number, userId: string | null) =>
        appendAccessLog(db, {
          userId,
          username: username.slice(0, 64),
          action: 'login',
          objectType: 'session',
          purpose: 'aanmelden',
          result,
          status,
          requestId: c.get('requestId'),
        });
      const wait = loginBlockedFor(db, username, address);
      if (wait > 0) {
        log('denied', 429, null);
        const problem = new ApiError(
          429,
          'Te veel pogingen',
          wait < 60
            ? `Te veel mislukte aanmeldpogingen. Probeer het over ${wait} ${wait === 1 ? 'seconde' : 'seconden'} opnieuw.`
            : `Te veel mislukte aanmeldpogingen. Probeer het over ${Math.ceil(wait / 60)} ${Math.ceil(wait / 60) === 1 ? 'minuut' : 'minuten'} opnieuw.`,
        ).toProblem(c.req.path);
        return new Response(JSON.stringify(problem), {
          status: 429,
          headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Retry-After': String(wait) },
        });
      }
      const account = findLogin(db, username);
      // an unknown name costs as much time as a wrong password
      const matches = await verifyPassword(password, account?.passwordHash ?? (await dummyPasswordHash()));
      if (!account?.active || !matches) {
        recordFailedLogin(db, username, address);
        log('failure', 401, account?.id ?? null);
        throw new ApiError(401, 'Aanmelden mislukt', 'De gebruikersnaam of het wachtwoord klopt niet.');
      }
      clearFailedLogins(db, username);
      purgeExpiredSessions(db, policy);
      const previous = c.get('session');
      if (previous) revokeSession(db, previous.tokenHash);
      const { token, csrfToken, expiresAt } = createSession(db, account.id, policy);
      setSessionCookie(c, token, policy.absoluteHours * 3600);
      log('success', 200, account.id);
      return c.json(sessionOf(account.id, csrfToken, expiresAt));
    })
    .get('/session', (c) => {
      const session = c.get('session');
      if (!session) throw new ApiError(401, 'Niet aangemeld', 'Meld u aan om Regiekaart te gebruiken.');
      return c.json(sessionOf(session.user.id, session.csrfToken, session.expiresAt));
    })
    .delete('/session', (c) => {
      const access = c.get('access');
      const session = c.get('session');
      if (session) {
        revokeSession(db, session.tokenHash);
        access.audit.action = 'logout';
        access.audit.objectType = 'session';
      }
      clearSessionCookie(c);
      return c.body(null, 204);
    });
}
