import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import {
  AnalysisQuerySchema,
  AnalysisSchema,
  NetworkQuerySchema,
  NetworkSchema,
  VocabularyEntrySchema,
} from '@regiekaart/model';
import { Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import { AnalysisRunner } from './analysis/analysis-runner.ts';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/sessions.ts';
import type { Db } from './db/database.ts';
import { docsPage } from './http/docs-page.ts';
import { API_VERSION, ApiDocs } from './http/openapi.ts';
import { ApiError, toApiError } from './http/problem.ts';
import { PUBLIC, security } from './http/security.ts';
import { readJson, readQuery } from './http/validate.ts';
import { ImportRunner } from './import/import-runner.ts';
import { changeSetRoutes } from './routes/change-sets.routes.ts';
import { deckRoutes } from './routes/deck.routes.ts';
import { mountEntityRoutes } from './routes/entities.routes.ts';
import { layoutRoutes } from './routes/layout.routes.ts';
import { oidcRoutes, type SignInOptions } from './routes/oidc.routes.ts';
import { opgaveRoutes } from './routes/opgave.routes.ts';
import { presentationRoutes } from './routes/presentation.routes.ts';
import { sessionRoutes } from './routes/session.routes.ts';
import { type SurveyDelivery, surveyRoutes } from './routes/surveys.routes.ts';
import { transferRoutes } from './routes/transfer.routes.ts';
import { type TokenLimits, uitvraagRoutes } from './routes/uitvraag.routes.ts';
import { accountRoutes } from './routes/users.routes.ts';
import { AnalysisService } from './services/analysis.service.ts';
import { ADMIN_USERNAME } from './services/users.service.ts';
import { addVocabularyEntry, listVocabulary } from './services/vocabulary.service.ts';

export type AppOptions = {
  db: Db;
  /** Folder with the built client; served on the same port as the API when given. */
  webRoot?: string | undefined;
  /** Runs analyses off the main thread; the caller closes it. Default: a worker of its own. */
  runner?: AnalysisRunner;
  /** Reads and checks imports off the main thread; the caller closes it. Default: a worker of its own. */
  importer?: ImportRunner;
  /** Idle and absolute session time-outs. */
  sessions?: SessionPolicy;
  /** OpenID Connect sign-in and whether password sign-in stays on (default: passwords only). */
  signIn?: SignInOptions;
  /** E-mail and the origin of the netwerkuitvraag's personal links. */
  surveys?: SurveyDelivery;
  /** Rate limits of the respondents' token routes. */
  tokenLimits?: TokenLimits;
  /** Reverse proxies whose X-Forwarded-For names the client, for counting failed logins. */
  trustProxy?: readonly string[];
};

const MB = 1024 * 1024;

function problemResponse(error: ApiError, instance: string): Response {
  return new Response(JSON.stringify(error.toProblem(instance)), {
    status: error.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export function createApp({
  db,
  webRoot,
  runner,
  importer,
  sessions = DEFAULT_SESSION_POLICY,
  signIn = { localLogin: true },
  surveys,
  tokenLimits,
  trustProxy = [],
}: AppOptions) {
  const docs = new ApiDocs();
  const analysis = new AnalysisService(db, runner ?? new AnalysisRunner());
  const app = new Hono();

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      strictTransportSecurity: 'max-age=31536000; includeSubDomains',
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
    }),
  );

  const api = new Hono();
  api.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('API-Version', API_VERSION);
    // Any successful write may change what an analysis would say.
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.res.status < 400) analysis.invalidate();
  });
  api.use('/import', bodyLimit({ maxSize: 50 * MB, onError: () => tooLarge(50) }));
  api.use('*', async (c, next) => {
    if (c.req.path.endsWith('/import')) return next();
    return bodyLimit({ maxSize: MB, onError: () => tooLarge(1) })(c, next);
  });

  // sign-in, roles, casus teams, CSRF and the access log: see http/security.ts
  api.use('*', security(db, sessions));

  api.get('/health', (c) => c.json({ status: 'ok' }));
  docs.add({
    method: 'get',
    path: '/health',
    tag: 'systeem',
    summary: 'Gezondheid',
    response: z.object({ status: z.literal('ok') }),
  });
  if (!signIn.localLogin) api.use('/session', localLoginOff);
  api.route('/', sessionRoutes(db, docs, sessions, trustProxy));
  api.route('/', oidcRoutes(db, docs, sessions, signIn));
  api.route('/', accountRoutes(db, docs));

  mountEntityRoutes(api, db, docs);
  api.route('/opgaven', opgaveRoutes(db, docs, analysis));
  api.route('/', transferRoutes(db, docs, importer ?? new ImportRunner()));
  api.route('/', changeSetRoutes(db, docs));
  api.route('/', presentationRoutes(db, docs, analysis));
  api.route('/', deckRoutes(db, docs));
  api.route('/', surveyRoutes(db, docs, surveys));
  api.route('/', uitvraagRoutes(db, docs, tokenLimits, trustProxy));
  api.route('/', layoutRoutes(db, docs));

  docs.add({
    method: 'get',
    path: '/network',
    tag: 'netwerk',
    summary: 'Het hele netwerk',
    query: NetworkQuerySchema,
    response: NetworkSchema,
  });
  api.get('/network', (c) =>
    c.json(analysis.network(readQuery(c, NetworkQuerySchema), c.get('access').hiddenCasusIds())),
  );
  docs.add({
    method: 'get',
    path: '/analysis',
    tag: 'analyse',
    summary: 'Maten, makelaars, kwetsbare plekken en overbelasting voor het hele netwerk',
    query: AnalysisQuerySchema,
    response: AnalysisSchema,
    worker: true,
  });
  api.get('/analysis', async (c) =>
    c.json(await analysis.analyse(readQuery(c, AnalysisQuerySchema), c.get('access').hiddenCasusIds())),
  );

  for (const [path, table, what] of [
    ['/domains', 'domains', 'Domeinen'],
    ['/link-kinds', 'link_kinds', 'Soorten verbindingen'],
  ] as const) {
    docs.add({
      method: 'get',
      path,
      tag: 'begrippen',
      summary: what,
      response: z.object({ items: z.array(VocabularyEntrySchema), total: z.number().int() }),
    });
    docs.add({
      method: 'post',
      path,
      tag: 'begrippen',
      summary: `${what}: toevoegen`,
      body: VocabularyEntrySchema,
      response: VocabularyEntrySchema,
      status: 201,
    });
    api.get(path, (c) => c.json(listVocabulary(db, table)));
    api.post(path, async (c) =>
      c.json(addVocabularyEntry(db, table, await readJson(c, VocabularyEntrySchema)), 201),
    );
  }

  let openapi: Record<string, unknown> | undefined;
  const document = () => {
    openapi ??= docs.document({ publicRoutes: PUBLIC, openIdConnectUrl: signIn.oidc?.discoveryUrl });
    return openapi;
  };
  docs.add({
    method: 'get',
    path: '/openapi.json',
    tag: 'systeem',
    summary: 'Deze beschrijving (OpenAPI 3.1)',
  });
  api.get('/openapi.json', (c) => c.json(document()));
  docs.add({
    method: 'get',
    path: '/docs',
    tag: 'systeem',
    summary: 'Naslag van de API als webpagina, uit dezelfde beschrijving',
    responseTypes: ['text/html'],
  });
  api.get('/docs', (c) => c.html(docsPage(document())));

  api.notFound((c) =>
    problemResponse(
      new ApiError(404, 'Niet gevonden', `Geen API-route ${c.req.method} ${c.req.path}.`),
      c.req.path,
    ),
  );
  app.route('/api', api);

  if (webRoot) {
    const root = resolve(webRoot);
    const index = join(root, 'index.html');
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.status === 200) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root }));
    // Client-side routes all get the app shell.
    app.get('*', (c) => (existsSync(index) ? c.html(readFileSync(index, 'utf8')) : c.notFound()));
  }

  app.onError((error, c) => {
    const problem = toApiError(error);
    if (problem) return problemResponse(problem, c.req.path);
    if (error instanceof HTTPException) {
      return problemResponse(new ApiError(error.status, error.message || 'Fout in het verzoek'), c.req.path);
    }
    console.error(`[regiekaart] ${c.req.method} ${c.req.path}:`, error);
    return problemResponse(new ApiError(500, 'Interne fout', 'Er ging iets mis op de server.'), c.req.path);
  });
  app.notFound((c) =>
    problemResponse(new ApiError(404, 'Niet gevonden', `Niets op ${c.req.path}.`), c.req.path),
  );
  return app;
}

/** With REGIEKAART_LOCAL_LOGIN=off only the first beheerder may sign in with a password (recovery). */
const localLoginOff: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'POST') {
    const body = (await c.req.raw
      .clone()
      .json()
      .catch(() => ({}))) as { username?: unknown };
    const username = typeof body.username === 'string' ? body.username.trim().toLowerCase() : '';
    if (username !== ADMIN_USERNAME) {
      throw new ApiError(
        403,
        'Aanmelden met wachtwoord staat uit',
        'Meld je aan met je organisatieaccount ("Inloggen met je organisatieaccount").',
      );
    }
  }
  return next();
};

function tooLarge(mb: number): never {
  throw new ApiError(413, 'Te groot', `Het verzoek is groter dan ${mb} MB.`);
}
