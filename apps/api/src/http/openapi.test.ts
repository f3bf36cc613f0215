import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisRunner } from '../analysis/analysis-runner.ts';
import { createApp } from '../app.ts';
import { type Db, openDatabase } from '../db/database.ts';
import { API_VERSION } from './openapi.ts';

type Operation = {
  operationId: string;
  security: unknown[];
  responses: Record<string, { content?: Record<string, unknown> }>;
};
type Document = {
  openapi: string;
  servers: { url: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, unknown> };
};

const dir = mkdtempSync(join(tmpdir(), 'regiekaart-openapi-'));
let db: Db;
let runner: AnalysisRunner;
let app: ReturnType<typeof createApp>;
let doc: Document;

beforeAll(async () => {
  db = openDatabase(join(dir, 'openapi.db'));
  runner = new AnalysisRunner(false);
  app = createApp({ db, runner });
  const res = await app.request('/api/openapi.json');
  expect(res.status).toBe(200);
  doc = (await res.json()) as Document;
});
afterAll(async () => {
  await runner.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `/api/opgaven/:id/network` as a document path below the server URL: `/opgaven/{id}/network`. */
function documentPath(routePath: string, base: string): string {
  return routePath.slice(base.length).replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');
}

describe('/api/openapi.json', () => {
  it('documents every route the server answers, with its method', () => {
    const base = doc.servers[0]?.url ?? '';
    expect(base).toBe('/api');
    const registered = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith(`${base}/`) && !r.path.includes('*'))
      .map((r) => `${r.method.toLowerCase()} ${documentPath(r.path, base)}`);
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)),
    );
    expect(registered.length).toBeGreaterThan(60);
    const missing = [...new Set(registered)].filter((key) => !documented.has(key)).sort();
    expect(missing, `routes without docs.add(): ${missing.join(', ')}`).toEqual([]);
    // and nothing documented that the server does not answer
    const extra = [...documented].filter((key) => !registered.includes(key)).sort();
    expect(extra).toEqual([]);
  });

  it('follows the NLGov path rules: kebab-case, no trailing slash, unique operation ids', () => {
    const ids = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      expect(path).not.toMatch(/.\/$/);
      for (const segment of path.split('/').filter(Boolean)) {
        expect(segment).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*(\.json)?|\{[a-zA-Z]+\})$/);
      }
      for (const op of Object.values(ops)) {
        expect(ids.has(op.operationId)).toBe(false);
        ids.add(op.operationId);
        expect(op.responses['500']).toBeDefined();
      }
    }
  });

  it('names the security schemes and leaves the public routes open', () => {
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['sessionCookie', 'csrfToken']);
    expect(doc.paths['/health']?.get?.security).toEqual([]);
    expect(doc.paths['/session']?.post?.security).toEqual([]);
    expect(doc.paths['/organisations']?.post?.security).toEqual([{ sessionCookie: [], csrfToken: [] }]);
    expect(doc.paths['/organisations']?.get?.responses['401']).toBeDefined();
    expect(doc.paths['/organisations']?.post?.responses['415']).toBeDefined();
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? [], JSON.stringify(result.errors, null, 1)?.slice(0, 2000)).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("passes Redocly's recommended lint rules without errors or warnings", async () => {
    // one deliberate exception: the OpenID Connect sign-in steps answer a redirect (302), not a 2xx
    const config = await createConfig({
      extends: ['recommended-strict'],
      rules: { 'operation-2xx-response': 'off' },
    });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: 'openapi.json',
      config,
    });
    const report = problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} @ ${p.location[0]?.pointer}`);
    expect(report).toEqual([]);
    // the linter is awake: a document without a licence or operation ids is reported
    const broken = structuredClone(doc) as unknown as { info: Record<string, unknown> };
    delete broken.info.license;
    const brokenProblems = await lintFromString({
      source: JSON.stringify(broken),
      absoluteRef: 'broken.json',
      config,
    });
    expect(brokenProblems.map((p) => p.ruleId)).toContain('info-license');
  });

  it('says which schema each JSON answer has, from the zod models', () => {
    const network = doc.paths['/network']?.get?.responses['200']?.content?.['application/json'] as {
      schema: { properties: Record<string, unknown> };
    };
    expect(Object.keys(network.schema.properties)).toEqual(expect.arrayContaining(['nodes', 'edges']));
  });
});

describe('/api/docs', () => {
  it('shows every operation on one page without any script, under the strict CSP', async () => {
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('<html lang="nl">');
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const op of Object.values(ops)) {
        expect(html).toContain(`id="${op.operationId}"`);
        expect(html).toContain(`<code>/api${path.replace(/&/g, '&#38;')}</code>`);
      }
    }
  });
});

describe('API-Version', () => {
  it('is on every answer below /api: success, problem, unknown route, not signed in', async () => {
    for (const path of ['/api/health', '/api/openapi.json', '/api/organisations', '/api/no-such-route']) {
      const res = await app.request(path);
      expect(res.headers.get('API-Version'), path).toBe(API_VERSION);
    }
  });
});
