import { SignInOptionsSchema } from '@regiekaart/model';
import { type Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { type OidcClient, OidcRefusal, roleFromClaims, upsertOidcAccount } from '../auth/oidc.ts';
import {
  createSession,
  purgeExpiredSessions,
  revokeSession,
  revokeUserSessions,
  type SessionPolicy,
} from '../auth/sessions.ts';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { ApiError } from '../http/problem.ts';
import { clearSessionCookie, setSessionCookie } from '../http/security.ts';
import { appendAccessLog } from '../services/access-log.service.ts';

export type SignInOptions = {
  oidc?: OidcClient | undefined;
  /** false: password sign-in only for the first beheerder (recovery). */
  localLogin: boolean;
  /** The address users open, when the server sits behind a proxy that hides it. */
  publicUrl?: string | undefined;
};

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** The cookie that binds a sign-in under way to the browser that started it. */
function flowCookie(c: Context): { name: string; secure: boolean } {
  const url = new URL(c.req.url);
  const local = url.protocol === 'http:' && LOOPBACK.test(url.hostname);
  return local
    ? { name: 'regiekaart-oidc', secure: false }
    : { name: '__Host-regiekaart-oidc', secure: true };
}

const esc = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A plain Dutch page for a refused sign-in (the browser arrives here, not the client app). */
function refusalPage(c: Context, status: 400 | 403 | 502, title: string, message: string): Response {
  return c.html(
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} – Regiekaart</title>
<style>body{font:18px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}a{color:#0b57a4}</style></head>
<body><main><h1>${esc(title)}</h1><p>${esc(message)}</p><p><a href="/">Terug naar de aanmeldpagina</a></p></main></body></html>`,
    status,
  );
}

/**
 * Sign-in with the organisation's account (OpenID Connect) below /api/session/oidc, and which ways
 * of signing in this server offers (/api/session/options). Without OIDC configured the OIDC routes
 * answer 404.
 */
export function oidcRoutes(db: Db, docs: ApiDocs, policy: SessionPolicy, options: SignInOptions) {
  const tag = 'aanmelden';
  docs.add({
    method: 'get',
    path: '/session/options',
    tag,
    summary: 'Hoe je hier kunt aanmelden: met wachtwoord en/of met je organisatieaccount',
    response: SignInOptionsSchema,
  });
  docs.add({
    method: 'get',
    path: '/session/oidc',
    tag,
    summary: 'Aanmelden met je organisatieaccount: stuurt de browser naar de identiteitsprovider (302)',
    status: 302,
  });
  docs.add({
    method: 'get',
    path: '/session/oidc/callback',
    tag,
    summary:
      'Terugkeer van de identiteitsprovider: controleert state, PKCE en het ID-token, maakt of werkt het account bij en zet de sessiecookie (302 naar /)',
    query: z.object({
      code: z.string().optional(),
      state: z.string().optional(),
      error: z.string().optional(),
    }),
    status: 302,
    responseTypes: ['text/html'],
  });
  docs.add({
    method: 'get',
    path: '/session/oidc/logout',
    tag,
    summary: 'Afmelden, ook bij de identiteitsprovider als die dat aanbiedt (302)',
    status: 302,
  });

  const oidc = () => {
    if (!options.oidc)
      throw new ApiError(404, 'Niet gevonden', 'Aanmelden met een organisatieaccount staat niet aan.');
    return options.oidc;
  };
  const origin = (c: Context) => (options.publicUrl ?? new URL(c.req.url).origin).replace(/\/$/, '');
  const callbackUrl = (c: Context) => `${origin(c)}/api/session/oidc/callback`;

  return new Hono()
    .get('/session/options', (c) =>
      c.json({ localLogin: options.localLogin, oidc: options.oidc !== undefined }),
    )
    .get('/session/oidc', async (c) => {
      const { url, state } = await oidc().start(callbackUrl(c));
      const { name, secure } = flowCookie(c);
      setCookie(c, name, state, { path: '/', httpOnly: true, secure, sameSite: 'Lax', maxAge: 600 });
      return c.redirect(url.toString(), 302);
    })
    .get('/session/oidc/callback', async (c) => {
      const client = oidc();
      const access = c.get('access');
      access.audit.skip = true;
      const issuer = client.options.issuer;
      const log = (
        result: 'success' | 'denied' | 'failure',
        status: number,
        userId: string | null,
        username: string | null,
        subject: string | undefined,
      ) =>
        appendAccessLog(db, {
          userId,
          username,
          action: 'login',
          objectType: 'oidc',
          objectId: `${issuer} ${subject ?? '?'}`.slice(0, 500),
          purpose: 'aanmelden',
          result,
          status,
          requestId: c.get('requestId'),
        });
      const { name, secure } = flowCookie(c);
      const bound = getCookie(c, name);
      deleteCookie(c, name, { path: '/', secure });
      const state = c.req.query('state') ?? '';
      const here = new URL(c.req.url);
      const current = new URL(`${callbackUrl(c)}${here.search}`);
      let claims: Record<string, unknown>;
      try {
        if (c.req.query('error')) {
          throw new OidcRefusal(
            'token',
            'De identiteitsprovider heeft de aanmelding afgebroken.',
            c.req.query('error'),
          );
        }
        // the state must be the one handed to this browser, and one the server still holds
        if (!state || bound !== state) {
          throw new OidcRefusal(
            'state',
            'Deze aanmelding hoort niet bij deze browser of is al gebruikt. Begin opnieuw.',
          );
        }
        claims = await client.finish(current, state);
      } catch (error) {
        if (!(error instanceof OidcRefusal)) throw error;
        log('failure', 400, null, null, undefined);
        console.error(`[regiekaart] OIDC-aanmelding geweigerd (${error.reason}): ${error.message}`);
        return refusalPage(c, 400, 'Aanmelden mislukt', error.userMessage);
      }
      const subject = String(claims.sub);
      const who =
        typeof claims.preferred_username === 'string' ? claims.preferred_username.slice(0, 64) : null;
      const role = roleFromClaims(claims, client.options);
      if (!role) {
        log('denied', 403, null, who, subject);
        return refusalPage(
          c,
          403,
          'Geen toegang tot Regiekaart',
          'Je organisatieaccount is herkend, maar heeft geen rol voor Regiekaart. Vraag de beheerder van je organisatie om je een van de Regiekaart-rollen te geven, en meld je daarna opnieuw aan.',
        );
      }
      const account = upsertOidcAccount(db, issuer, claims, role);
      if (!account.active) {
        log('denied', 403, account.id, account.username, subject);
        return refusalPage(
          c,
          403,
          'Account uitgeschakeld',
          'Je Regiekaart-account is uitgeschakeld. Neem contact op met de beheerder.',
        );
      }
      // a changed role ends the account's other sessions, as it does for local accounts
      if (account.roleChanged) revokeUserSessions(db, account.id);
      purgeExpiredSessions(db, policy);
      const previous = c.get('session');
      if (previous) revokeSession(db, previous.tokenHash);
      const { token } = createSession(db, account.id, policy);
      setSessionCookie(c, token, policy.absoluteHours * 3600);
      log('success', 302, account.id, account.username, subject);
      return c.redirect('/', 302);
    })
    .get('/session/oidc/logout', async (c) => {
      const client = oidc();
      // a GET: another site must not be able to end someone's session (an image, a link)
      if (c.req.header('Sec-Fetch-Site') === 'cross-site') return c.redirect('/', 302);
      const session = c.get('session');
      const viaProvider =
        session !== undefined &&
        db.prepare('SELECT 1 FROM users WHERE id = ? AND oidc_subject IS NOT NULL').get(session.user.id) !==
          undefined;
      if (session) {
        revokeSession(db, session.tokenHash);
        const access = c.get('access');
        access.audit.action = 'logout';
        access.audit.objectType = 'session';
      }
      clearSessionCookie(c);
      const to = viaProvider ? await client.logoutUrl(`${origin(c)}/`).catch(() => undefined) : undefined;
      return c.redirect(to ?? '/', 302);
    });
}
