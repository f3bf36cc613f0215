/**
 * A real OpenID provider for the tests: oidc-provider (a certified OpenID Provider library) in this
 * process on a random port, with accounts whose claims a test sets. Its login and consent step is
 * answered by the test itself: the account named by `signInAs` signs in and consents.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export type TestAccount = { sub: string; preferred_username?: string; name?: string; roles?: unknown };

export type TestProvider = {
  issuer: string;
  accounts: Map<string, TestAccount>;
  /** The account that signs in at the next login step. */
  signInAs: string;
  stop(): Promise<void>;
};

export const CLIENT = { id: 'regiekaart', secret: 'regiekaart-test-geheim-0123456789abcdef' };
export const OTHER_CLIENT = { id: 'andere-app', secret: 'andere-app-test-geheim-0123456789abcdef' };
export const REDIRECT_URI = 'http://127.0.0.1/api/session/oidc/callback';

/**
 * `origin`: where Regiekaart runs, for the redirect URIs; read at the first request, so a test can
 * start the provider before the server whose port it does not know yet.
 */
export async function startProvider(origin: () => string = () => 'http://127.0.0.1'): Promise<TestProvider> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const accounts = new Map<string, TestAccount>();
  const state: TestProvider = {
    issuer,
    accounts,
    signInAs: '',
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
  const client = (c: { id: string; secret: string }) => ({
    client_id: c.id,
    client_secret: c.secret,
    redirect_uris: [`${origin()}/api/session/oidc/callback`],
    post_logout_redirect_uris: [`${origin()}/`],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  });
  const configure = () =>
    new Provider(issuer, {
      clients: [client(CLIENT), client(OTHER_CLIENT)],
      // the ID token carries the scope's claims (roles among them), as Entra ID and Keycloak can
      conformIdTokenClaims: false,
      claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'roles'], email: ['email'] },
      features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
      pkce: { required: () => true },
      ttl: { Interaction: 600, Grant: 600, Session: 600, AccessToken: 600, IdToken: 3600 },
      interactions: {
        url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
      },
      findAccount: (_ctx: unknown, id: string) => {
        const account = accounts.get(id);
        return account ? { accountId: id, claims: () => ({ ...account }) } : undefined;
      },
    });
  // biome-ignore lint/suspicious/noExplicitAny: oidc-provider is untyped
  let provider: any;
  // biome-ignore lint/suspicious/noExplicitAny: oidc-provider is untyped
  let callback: any;
  handler = (req, res) => {
    if (!provider) {
      provider = configure();
      provider.on('server_error', (_ctx: unknown, error: Error) => console.error('[test provider]', error));
      callback = provider.callback();
    }
    if (!req.url?.startsWith('/interaction/')) return callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: state.signInAs, clientId: details.params.client_id });
      grant.addOIDCScope('openid profile email');
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: state.signInAs }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  };
  return state;
}

/**
 * A browser's walk through the provider: follows redirects with its own cookies until the provider
 * sends it back to Regiekaart's redirect URI, and returns that URL.
 */
export async function walkProvider(authorizationUrl: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(REDIRECT_URI)) return new URL(url);
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair?.indexOf('=') ?? -1;
      if (pair && at > 0) jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`provider stopped at ${url}: ${res.status} ${await res.text()}`);
    url = new URL(location, url).toString();
  }
  throw new Error('too many redirects at the provider');
}
