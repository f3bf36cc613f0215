import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { AccessAction, AccessResult } from '@regiekaart/model';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { type ActiveSession, findSession, type SessionPolicy } from '../auth/sessions.ts';
import type { Db } from '../db/database.ts';
import { Access, newAudit } from '../policy/access.ts';
import { Forbidden } from '../policy/errors.ts';
import { roleRefusal } from '../policy/rules.ts';
import { appendAccessLog } from '../services/access-log.service.ts';
import { ApiError, toApiError } from './problem.ts';

export const CSRF_HEADER = 'X-CSRF-Token';
export const PURPOSE_HEADER = 'X-Purpose';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes anyone may call without signing in: `METHOD /path` below /api. */
export const PUBLIC = new Set([
  'GET /health',
  'HEAD /health',
  'GET /openapi.json',
  'GET /docs',
  'POST /session',
  'GET /session/options',
  'GET /session/oidc',
  'GET /session/oidc/callback',
  'GET /session/oidc/logout',
]);

/**
 * The respondent's token routes (`/uitvraag/<token>`): the token is the only authority, so the
 * session cookie is not read (nor CSRF asked: there is no session to forge) and the route logs
 * the respondent itself.
 */
const isTokenRoute = (rel: string) => /^\/uitvraag\/[^/]+$/.test(rel);

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * Plain http on a loopback host gets a cookie without Secure (and so without the `__Host-`
 * prefix, which requires it); everywhere else the cookie is `__Host-` prefixed and Secure.
 */
function cookieMode(c: Context): { name: string; secure: boolean } {
  const url = new URL(c.req.url);
  const local = url.protocol === 'http:' && LOOPBACK.test(url.hostname);
  return local ? { name: 'regiekaart', secure: false } : { name: '__Host-regiekaart', secure: true };
}

export function setSessionCookie(c: Context, token: string, maxAgeSeconds: number): void {
  const { name, secure } = cookieMode(c);
  setCookie(c, name, token, { path: '/', httpOnly: true, secure, sameSite: 'Lax', maxAge: maxAgeSeconds });
}

export function clearSessionCookie(c: Context): void {
  const { name, secure } = cookieMode(c);
  deleteCookie(c, name, { path: '/', httpOnly: true, secure, sameSite: 'Lax' });
}

const sameString = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** The purpose a client gave for a request (`X-Purpose`), or a default by what was done. */
function purposeOf(c: Context, action: AccessAction, casus: boolean): string {
  const given = c.req.header(PURPOSE_HEADER)?.trim();
  if (given && given.length <= 200 && /^[\p{L}\p{N} .,:;()/'-]+$/u.test(given)) return given;
  if (action === 'export') return 'export';
  if (action === 'view') return casus ? 'casusregie' : 'inzage';
  return casus ? 'casusregie' : 'gegevensbeheer';
}

const SINGULAR: Record<string, string> = {
  organisations: 'organisation',
  people: 'person',
  links: 'link',
  opgaven: 'opgave',
  templates: 'template',
  annotations: 'annotation',
  views: 'view',
  users: 'user',
  domains: 'domain',
  'link-kinds': 'link-kind',
};

const ACTION_OF: Record<string, AccessAction> = {
  POST: 'create',
  PUT: 'update',
  PATCH: 'update',
  DELETE: 'delete',
};

function decode(segment: string | undefined): string | undefined {
  if (segment === undefined) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Everything below /api passes here: a request id, the session from the cookie, 401 for anyone not
 * signed in, 404 for a casus (and its notes and views) outside the account's team, 403 for writes
 * the role may not make or that lack the CSRF token, and afterwards one access-log entry for every
 * write, export and casus read.
 */
export function security(db: Db, policy: SessionPolicy): MiddlewareHandler {
  return async (c, next) => {
    const requestId = randomUUID();
    const method = c.req.method;
    const rel = c.req.path.replace(/^\/api/, '') || '/';
    const segments = rel.split('/').filter(Boolean);
    const write = !SAFE_METHODS.has(method);

    const tokenRoute = isTokenRoute(rel);
    const token = tokenRoute ? undefined : getCookie(c, cookieMode(c).name);
    const session: ActiveSession | undefined = token ? findSession(db, token, policy) : undefined;
    const access = new Access(db, session?.user ?? null, newAudit());
    c.set('access', access);
    c.set('session', session);
    c.set('requestId', requestId);

    const finish = () => {
      c.res.headers.set('X-Request-Id', requestId);
      if (access.user) writeAudit(c, db, access, { requestId, method, segments, write });
    };

    try {
      if (!PUBLIC.has(`${method} ${rel}`) && !tokenRoute)
        guard(c, access, session, method, rel, segments, write);
    } catch (error) {
      const problem = toApiError(error);
      if (!problem) throw error;
      // answered here, so the entry is written here too
      c.res = new Response(JSON.stringify(problem.toProblem(c.req.path)), {
        status: problem.status,
        headers: { 'Content-Type': 'application/problem+json; charset=utf-8' },
      });
      finish();
      return c.res;
    }
    await next();
    finish();
  };
}

function guard(
  c: Context,
  access: Access,
  session: ActiveSession | undefined,
  method: string,
  rel: string,
  segments: string[],
  write: boolean,
): void {
  if (!session || !access.user) {
    throw new ApiError(401, 'Niet aangemeld', 'Meld u aan om Regiekaart te gebruiken.');
  }
  const [resource, id] = [segments[0], decode(segments[1])];
  // A hidden casus answers 404 before anything else, as if it did not exist.
  if (id) {
    if (resource === 'opgaven') access.requireOpgave(id);
    else if (resource === 'annotations') access.requireAnnotation(id);
    else if (resource === 'views') access.requireView(id);
  }
  if (write) {
    const origin = c.req.header('origin');
    if (origin && hostOf(origin) !== new URL(c.req.url).host) {
      throw new ApiError(403, 'Geen toegang', 'Dit verzoek komt van een andere website.');
    }
    const csrf = c.req.header(CSRF_HEADER);
    if (!csrf || !sameString(csrf, session.csrfToken)) {
      throw new ApiError(
        403,
        'Geen toegang',
        `Het verzoek mist de CSRF-controle: stuur de header ${CSRF_HEADER} uit GET /api/session.`,
      );
    }
  }
  const refusal = roleRefusal(access.user.role, { method, rel, resource, write });
  if (refusal) throw new Forbidden(refusal);
}

function writeAudit(
  c: Context,
  db: Db,
  access: Access,
  r: { requestId: string; method: string; segments: string[]; write: boolean },
): void {
  const audit = access.audit;
  if (audit.skip) return;
  const casus = audit.casusCodes.size > 0;
  const action: AccessAction | undefined =
    audit.action ??
    (r.write ? ACTION_OF[r.method] : casus || audit.logRead || audit.denied ? 'view' : undefined);
  if (!action) return;
  const status = c.res.status;
  const result: AccessResult =
    audit.denied || status === 401 || status === 403 ? 'denied' : status < 400 ? 'success' : 'failure';
  const [resource, id, sub, subId] = r.segments.map(decode);
  let objectType = audit.objectType ?? (resource ? (SINGULAR[resource] ?? resource) : null);
  let objectId = audit.objectId ?? id ?? null;
  if (!audit.objectType && sub === 'participants' && (subId || r.method === 'POST')) {
    objectType = 'participant';
    objectId = subId ?? null;
  }
  if (!objectId && r.method === 'POST' && status < 300) {
    objectId = decode(c.res.headers.get('Location')?.split('/').pop()) ?? null;
  }
  appendAccessLog(db, {
    userId: access.user?.id ?? null,
    username: access.user?.username ?? null,
    action,
    objectType,
    objectId,
    casusCode: casus ? [...audit.casusCodes].sort().join(',') : null,
    purpose: purposeOf(c, action, casus),
    result,
    status,
    requestId: r.requestId,
  });
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
