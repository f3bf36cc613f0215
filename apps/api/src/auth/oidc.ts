/**
 * OpenID Connect sign-in with the organisation's identity provider (Entra ID, Keycloak, any
 * certified provider), through openid-client (a certified relying-party library): discovery,
 * authorization code flow with PKCE (S256), state and nonce, and the ID token's signature,
 * issuer, audience, expiry and nonce checked by the library.
 */
import { createHash } from 'node:crypto';
import type { Role } from '@regiekaart/model';
import * as client from 'openid-client';
import type { Db } from '../db/database.ts';
import { newId, now } from '../services/ids.ts';

export type OidcOptions = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claim holding the roles; a dotted path reaches into objects (`realm_access.roles`). */
  roleClaim: string;
  /** Claim value -> Regiekaart role. */
  roles: Record<string, Role>;
  /** Tests only: how far the relying party's clock is ahead, in seconds. */
  clockSkewSeconds?: number;
  /** Tests only: the fetch the relying party uses to talk to the provider. */
  fetch?: client.CustomFetch;
};

const RANK: Record<Role, number> = { lezer: 1, regisseur: 2, beheerder: 3 };

/** The highest role that the claim's values map to, or undefined when none does. */
export function roleFromClaims(claims: Record<string, unknown>, options: OidcOptions): Role | undefined {
  let value: unknown = claims;
  for (const key of options.roleClaim.split('.')) {
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  const values = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  let best: Role | undefined;
  for (const v of values) {
    const role = typeof v === 'string' ? options.roles[v] : undefined;
    if (role && (!best || RANK[role] > RANK[best])) best = role;
  }
  return best;
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
const FLOW_MINUTES = 10;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The relying party: discovery once (retried after a failure), then one flow per sign-in. */
export class OidcClient {
  private config: Promise<client.Configuration> | undefined;

  constructor(
    private readonly db: Db,
    readonly options: OidcOptions,
  ) {}

  /** Discovery document of the provider, for the OpenAPI security scheme. */
  get discoveryUrl(): string {
    return `${this.options.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  }

  configuration(): Promise<client.Configuration> {
    this.config ??= (async () => {
      const issuer = new URL(this.options.issuer);
      // plain http only for a provider on this machine (development and tests)
      const insecure = issuer.protocol === 'http:' && LOOPBACK.test(issuer.hostname);
      const metadata: Partial<client.ClientMetadata> = { client_secret: this.options.clientSecret };
      if (this.options.clockSkewSeconds) metadata[client.clockSkew] = this.options.clockSkewSeconds;
      const config = await client.discovery(issuer, this.options.clientId, metadata, undefined, {
        ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
        ...(this.options.fetch ? { [client.customFetch]: this.options.fetch } : {}),
      });
      if (this.options.fetch) config[client.customFetch] = this.options.fetch;
      return config;
    })().catch((error: unknown) => {
      this.config = undefined;
      throw error;
    });
    return this.config;
  }

  /** Starts a sign-in: the provider's authorization URL and the state to bind to the browser. */
  async start(redirectUri: string): Promise<{ url: URL; state: string }> {
    const config = await this.configuration();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const verifier = client.randomPKCECodeVerifier();
    const stamp = Date.now();
    this.db.prepare('DELETE FROM oidc_logins WHERE created_at < ?').run(stamp - FLOW_MINUTES * 60_000);
    this.db
      .prepare('INSERT INTO oidc_logins (state_hash, nonce, code_verifier, created_at) VALUES (?, ?, ?, ?)')
      .run(sha256(state), nonce, verifier, stamp);
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid profile email',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url, state };
  }

  /**
   * Finishes a sign-in at the callback URL: the state must be one this server handed out, not
   * used before and younger than ten minutes; then the library exchanges the code and checks the
   * ID token. Returns its claims.
   */
  async finish(callbackUrl: URL, state: string): Promise<Record<string, unknown>> {
    const flow = this.db
      .prepare('DELETE FROM oidc_logins WHERE state_hash = ? RETURNING nonce, code_verifier, created_at')
      .get(sha256(state)) as { nonce: string; code_verifier: string; created_at: number } | undefined;
    if (!flow || flow.created_at < Date.now() - FLOW_MINUTES * 60_000) {
      throw new OidcRefusal('state', 'Deze aanmelding is verlopen of al gebruikt. Begin opnieuw.');
    }
    const config = await this.configuration();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: flow.code_verifier,
        expectedState: state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new OidcRefusal(
        'token',
        'De identiteitsprovider gaf geen geldig bewijs van aanmelding.',
        error instanceof Error ? error.message : String(error),
      );
    }
    const claims = tokens.claims();
    if (!claims) throw new OidcRefusal('token', 'De identiteitsprovider gaf geen ID-token.');
    return claims as Record<string, unknown>;
  }

  /** Where to send the browser after logging out: the provider's end-session endpoint, if any. */
  async logoutUrl(postLogoutRedirectUri: string): Promise<string | undefined> {
    const config = await this.configuration();
    if (!config.serverMetadata().end_session_endpoint) return undefined;
    return client
      .buildEndSessionUrl(config, {
        client_id: this.options.clientId,
        post_logout_redirect_uri: postLogoutRedirectUri,
      })
      .toString();
  }
}

/** A sign-in refused for a reason the user is told in Dutch; `reason` goes to the log. */
export class OidcRefusal extends Error {
  constructor(
    readonly reason: 'state' | 'token' | 'role' | 'inactive',
    readonly userMessage: string,
    readonly detail?: string,
  ) {
    super(detail ?? userMessage);
    this.name = 'OidcRefusal';
  }
}

type AccountRow = { id: string; role: Role; active: number; username: string };

/**
 * The account for this provider and subject: made on first sign-in with the mapped role, its role
 * (and name) following the claim at every sign-in. One transaction. Returns the account and
 * whether its role changed.
 */
export function upsertOidcAccount(
  db: Db,
  issuer: string,
  claims: Record<string, unknown>,
  role: Role,
): { id: string; username: string; active: boolean; roleChanged: boolean } {
  const subject = String(claims.sub);
  const text = (key: string) => (typeof claims[key] === 'string' ? (claims[key] as string) : undefined);
  const name = (text('name') ?? text('preferred_username') ?? text('email') ?? subject).slice(0, 120);
  return db.transaction(() => {
    const found = db
      .prepare('SELECT id, role, active, username FROM users WHERE oidc_issuer = ? AND oidc_subject = ?')
      .get(issuer, subject) as AccountRow | undefined;
    const stamp = now();
    if (found) {
      db.prepare('UPDATE users SET role = ?, name = ?, updated_at = ? WHERE id = ?').run(
        role,
        name,
        stamp,
        found.id,
      );
      return {
        id: found.id,
        username: found.username,
        active: found.active === 1,
        roleChanged: found.role !== role,
      };
    }
    const base =
      (text('preferred_username') ?? text('email') ?? `oidc-${subject}`)
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '')
        .slice(0, 56) || 'oidc';
    const taken = db.prepare('SELECT 1 FROM users WHERE username = ?');
    let username = base.length >= 3 ? base : `oidc-${base}`;
    for (let i = 2; taken.get(username); i++) username = `${base.slice(0, 56)}-${i}`;
    const id = newId('usr');
    db.prepare(
      `INSERT INTO users (id, username, name, role, person_id, password_hash, active, created_at, updated_at, oidc_issuer, oidc_subject)
       VALUES (?, ?, ?, ?, NULL, '!oidc', 1, ?, ?, ?, ?)`,
    ).run(id, username, name, role, stamp, stamp, issuer, subject);
    return { id, username, active: true, roleChanged: false };
  })();
}
