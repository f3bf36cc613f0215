import { z } from 'zod';

export type RouteDoc = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** Path below /api, in Hono's notation (`/opgaven/:id`). */
  path: string;
  summary: string;
  tag: string;
  description?: string;
  query?: z.ZodType;
  body?: z.ZodType;
  bodyTypes?: string[];
  response?: z.ZodType;
  /** Media types of the success answer when it is not (only) JSON, e.g. `['text/csv']`. */
  responseTypes?: string[];
  status?: number;
  /** Computed in a worker thread: refused with 503 when the server stops meanwhile. */
  worker?: boolean;
};

/** The version of this API, sent as `API-Version` on every answer (NLGov API-57). */
export const API_VERSION = '0.1.0';
/** Where the API lives; document paths are relative to it (`servers`). */
export const API_BASE = '/api';

export type DocumentOptions = {
  /** `METHOD /path` (below /api) of the routes anyone may call without signing in. */
  publicRoutes?: ReadonlySet<string>;
  /** The OpenID provider's discovery URL when OIDC sign-in is configured. */
  openIdConnectUrl?: string | undefined;
};

const TAGS: Record<string, string> = {
  systeem: 'Gezondheid en beschrijving van de API',
  sessie: 'Aanmelden en afmelden',
  accounts: 'Accounts en rollen (beheerder)',
  toegangslog: 'Wie wat bekeek of wijzigde',
};

const PROBLEMS: Record<string, string> = {
  '400': 'Ongeldige invoer: het veld staat in `errors`',
  '401': 'Niet aangemeld',
  '403': 'Niet toegestaan voor deze rol, of het CSRF-token ontbreekt',
  '404': 'Niet gevonden (ook: een casus buiten het eigen team)',
  '409': 'Conflict met bestaande gegevens',
  '413': 'Verzoek te groot',
  '415': 'Verkeerd type inhoud (JSON verwacht)',
  '422': 'Verwijst naar iets dat niet bestaat',
  '429': 'Te veel pogingen; zie Retry-After',
  '500': 'Fout op de server',
  '503': 'De server stopt; probeer het zo opnieuw',
};

/** `get /opgaven/:id/network` -> `getOpgavenIdNetwork`: unique per method and path. */
function operationId(method: string, path: string): string {
  const words = path
    .replace(/\.json$/, '-json')
    .split(/[/:{}.-]+/)
    .filter(Boolean);
  return method + words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
}

/** Route documentation collected while the routes are declared, turned into OpenAPI 3.1. */
export class ApiDocs {
  readonly routes: RouteDoc[] = [];

  add(doc: RouteDoc): void {
    this.routes.push(doc);
  }

  document(options: DocumentOptions = {}): Record<string, unknown> {
    const publicRoutes = options.publicRoutes ?? new Set<string>();
    const schema = (s: z.ZodType, io: 'input' | 'output') => {
      const json = z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<
        string,
        unknown
      >;
      delete json.$schema;
      return json;
    };
    const ref = (status: string) => ({ $ref: `#/components/responses/Problem${status}` });
    const headers = {
      'API-Version': { $ref: '#/components/headers/API-Version' },
      'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
    };
    const paths: Record<string, Record<string, unknown>> = {};
    const tags = new Set<string>();
    for (const r of this.routes) {
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      const open = publicRoutes.has(`${r.method.toUpperCase()} ${r.path}`);
      const write = r.method !== 'get';
      const parameters: unknown[] = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      }));
      if (r.query) {
        const q = schema(r.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
        for (const [name, s] of Object.entries(q.properties ?? {})) {
          const { description, ...rest } = s as { description?: string };
          parameters.push({
            name,
            in: 'query',
            required: q.required?.includes(name) ?? false,
            ...(description ? { description } : {}),
            schema: rest,
          });
        }
      }
      const status = String(r.status ?? 200);
      let operation4xxHtml: Record<string, unknown> | undefined;
      const content: Record<string, unknown> = {};
      if (r.response) content['application/json'] = { schema: schema(r.response, 'output') };
      for (const type of r.responseTypes ?? [])
        content[type] ??= { schema: type.endsWith('json') ? {} : { type: 'string' } };
      const redirect = status.startsWith('3');
      const success: Record<string, unknown> = {
        description:
          status === '201'
            ? 'Aangemaakt'
            : status === '204'
              ? 'Gedaan, geen inhoud'
              : redirect
                ? 'Doorverwijzing'
                : 'OK',
        headers: redirect
          ? { ...headers, Location: { description: 'Waarheen de browser gaat', schema: { type: 'string' } } }
          : headers,
      };
      if (redirect) {
        // a redirect has no body; an HTML page (e.g. a refused sign-in) comes with a 4xx status
        if (Object.keys(content).length) operation4xxHtml = content;
      } else if (status !== '204') {
        success.content = Object.keys(content).length ? content : { 'application/json': { schema: {} } };
      }
      const jsonBody =
        r.body !== undefined && (r.bodyTypes ?? ['application/json']).includes('application/json');
      const errors = [
        r.query || r.body || r.bodyTypes || parameters.length ? '400' : undefined,
        open ? undefined : '401',
        open ? undefined : '403',
        '404',
        write && !open ? '409' : undefined,
        r.body || r.bodyTypes ? '413' : undefined,
        jsonBody ? '415' : undefined,
        write && r.body && !open ? '422' : undefined,
        open && write ? '429' : undefined,
        '500',
        r.worker ? '503' : undefined,
      ].filter((s): s is string => s !== undefined);
      const operation: Record<string, unknown> = {
        operationId: operationId(r.method, r.path),
        summary: r.summary,
        ...(r.description ? { description: r.description } : {}),
        tags: [r.tag],
        security: open ? [] : write ? [{ sessionCookie: [], csrfToken: [] }] : [{ sessionCookie: [] }],
        ...(parameters.length ? { parameters } : {}),
        responses: Object.fromEntries([
          [status, success],
          ...errors.map((e) => [
            e,
            operation4xxHtml && (e === '400' || e === '403')
              ? {
                  description: 'Aanmelden geweigerd: een pagina in het Nederlands',
                  headers,
                  content: operation4xxHtml,
                }
              : ref(e),
          ]),
        ]),
      };
      if (r.body) {
        const body: Record<string, unknown> = {};
        for (const type of r.bodyTypes ?? ['application/json'])
          body[type] = { schema: schema(r.body, 'input') };
        operation.requestBody = { required: true, content: body };
      } else if (r.bodyTypes) {
        const body: Record<string, unknown> = {};
        for (const type of r.bodyTypes) body[type] = { schema: { type: 'string' } };
        operation.requestBody = { required: true, content: body };
      }
      tags.add(r.tag);
      paths[path] = { ...(paths[path] ?? {}), [r.method]: operation };
    }
    const securitySchemes: Record<string, unknown> = {
      sessionCookie: {
        type: 'apiKey',
        in: 'cookie',
        name: '__Host-regiekaart',
        description:
          'Sessiecookie uit `POST /session` (of na aanmelden via OpenID Connect). Over gewone http op ' +
          'localhost heet de cookie `regiekaart`.',
      },
      csrfToken: {
        type: 'apiKey',
        in: 'header',
        name: 'X-CSRF-Token',
        description: 'Het CSRF-token van de sessie (uit `GET /session`); verplicht bij elke schrijfactie.',
      },
    };
    if (options.openIdConnectUrl) {
      securitySchemes.oidc = {
        type: 'openIdConnect',
        openIdConnectUrl: options.openIdConnectUrl,
        description:
          'Aanmelden met het organisatieaccount via `GET /session/oidc`; daarna geldt de sessiecookie.',
      };
    }
    return {
      openapi: '3.1.0',
      info: {
        title: 'Regiekaart API',
        version: API_VERSION,
        description:
          'Netwerkanalyse voor netwerkregie: organisaties, professionals, verbindingen, opgaven en casussen. ' +
          'Fouten zijn `application/problem+json` (RFC 9457); elk antwoord draagt de kop `API-Version`.',
        contact: { name: 'Regiekaart', url: 'https://regiekaart.nl' },
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      servers: [{ url: API_BASE, description: 'Deze Regiekaart-server' }],
      security: [{ sessionCookie: [] }],
      tags: [...tags].sort().map((name) => ({ name, description: TAGS[name] ?? name })),
      paths,
      components: {
        securitySchemes,
        headers: {
          'API-Version': {
            description: 'Versie van de API (NLGov API-57)',
            schema: { type: 'string', example: API_VERSION },
          },
          'X-Request-Id': {
            description: 'Kenmerk van dit verzoek, ook in het toegangslog',
            schema: { type: 'string', format: 'uuid' },
          },
        },
        responses: Object.fromEntries(
          Object.entries(PROBLEMS).map(([status, description]) => [
            `Problem${status}`,
            {
              description,
              headers,
              content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
            },
          ]),
        ),
        schemas: {
          Problem: {
            type: 'object',
            required: ['type', 'title', 'status'],
            properties: {
              type: { type: 'string', format: 'uri' },
              title: { type: 'string' },
              status: { type: 'integer' },
              detail: { type: 'string' },
              instance: { type: 'string' },
              errors: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['field', 'message'],
                  properties: { field: { type: 'string' }, message: { type: 'string' } },
                },
              },
            },
          },
        },
      },
    };
  }
}
