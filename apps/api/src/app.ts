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
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';
import { AnalysisRunner } from './analysis/analysis-runner.ts';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/sessions.ts';
import type { Db } from './db/database.ts';
import { ApiDocs } from './http/openapi.ts';
import { ApiError } from './http/problem.ts';
import { security } from './http/security.ts';
import { readJson, readQuery } from './http/validate.ts';
import { deckRoutes } from './routes/deck.routes.ts';
import { mountEntityRoutes } from './routes/entities.routes.ts';
import { layoutRoutes } from './routes/layout.routes.ts';
import { opgaveRoutes } from './routes/opgave.routes.ts';
import { presentationRoutes } from './routes/presentation.routes.ts';
import { sessionRoutes } from './routes/session.routes.ts';
import { transferRoutes } from './routes/transfer.routes.ts';
import { accountRoutes } from './routes/users.routes.ts';
import { AnalysisService } from './services/analysis.service.ts';
import { addVocabularyEntry, listVocabulary } from './services/vocabulary.service.ts';

export type AppOptions = {
  db: Db;
  /** Folder with the built client; served on the same port as the API when given. */
  webRoot?: string | undefined;
  /** Runs analyses off the main thread; the caller closes it. Default: a worker of its own. */
  runner?: AnalysisRunner;
  /** Idle and absolute session time-outs. */
  sessions?: SessionPolicy;
};

const MB = 1024 * 1024;

function problemResponse(error: ApiError, instance: string): Response {
  return new Response(JSON.stringify(error.toProblem(instance)), {
    status: error.status,
    headers: { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export function createApp({ db, webRoot, runner, sessions = DEFAULT_SESSION_POLICY }: AppOptions) {
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
  docs.add({ method: 'get', path: '/health', tag: 'systeem', summary: 'Gezondheid' });
  api.route('/', sessionRoutes(db, docs, sessions));
  api.route('/', accountRoutes(db, docs));

  mountEntityRoutes(api, db, docs);
  api.route('/opgaven', opgaveRoutes(db, docs, analysis));
  api.route('/', transferRoutes(db, docs));
  api.route('/', presentationRoutes(db, docs));
  api.route('/', deckRoutes(db, docs));
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
  });
  api.get('/analysis', async (c) =>
    c.json(await analysis.analyse(readQuery(c, AnalysisQuerySchema), c.get('access').hiddenCasusIds())),
  );

  for (const [path, table, what] of [
    ['/domains', 'domains', 'Domeinen'],
    ['/link-kinds', 'link_kinds', 'Soorten verbindingen'],
  ] as const) {
    docs.add({ method: 'get', path, tag: 'begrippen', summary: what });
    docs.add({
      method: 'post',
      path,
      tag: 'begrippen',
      summary: `${what}: toevoegen`,
      body: VocabularyEntrySchema,
      status: 201,
    });
    api.get(path, (c) => c.json(listVocabulary(db, table)));
    api.post(path, async (c) =>
      c.json(addVocabularyEntry(db, table, await readJson(c, VocabularyEntrySchema)), 201),
    );
  }

  let openapi: Record<string, unknown> | undefined;
  api.get('/openapi.json', (c) => {
    openapi ??= docs.document();
    return c.json(openapi);
  });

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
    if (error instanceof ApiError) return problemResponse(error, c.req.path);
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

function tooLarge(mb: number): never {
  throw new ApiError(413, 'Te groot', `Het verzoek is groter dan ${mb} MB.`);
}
