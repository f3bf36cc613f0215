import { z } from 'zod';

export type RouteDoc = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodType;
  body?: z.ZodType;
  bodyTypes?: string[];
  response?: z.ZodType;
  status?: number;
};

/** Route documentation collected while the routes are declared, turned into OpenAPI 3.1. */
export class ApiDocs {
  readonly routes: RouteDoc[] = [];

  add(doc: RouteDoc): void {
    this.routes.push(doc);
  }

  document(): Record<string, unknown> {
    const schema = (s: z.ZodType, io: 'input' | 'output') =>
      z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
    const problem = {
      description: 'Fout (RFC 9457)',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
    const paths: Record<string, Record<string, unknown>> = {};
    for (const r of this.routes) {
      const path = r.path.replace(/:(\w+)/g, '{$1}');
      const parameters: unknown[] = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      }));
      if (r.query) {
        const q = schema(r.query, 'input') as { properties?: Record<string, unknown>; required?: string[] };
        for (const [name, s] of Object.entries(q.properties ?? {})) {
          parameters.push({ name, in: 'query', required: q.required?.includes(name) ?? false, schema: s });
        }
      }
      const operation: Record<string, unknown> = {
        summary: r.summary,
        tags: [r.tag],
        parameters,
        responses: {
          [String(r.status ?? 200)]: r.response
            ? { description: 'OK', content: { 'application/json': { schema: schema(r.response, 'output') } } }
            : { description: 'OK' },
          '400': problem,
          '404': problem,
          '409': problem,
          '415': problem,
          '422': problem,
        },
      };
      if (r.body) {
        const content: Record<string, unknown> = {};
        for (const type of r.bodyTypes ?? ['application/json'])
          content[type] = { schema: schema(r.body, 'input') };
        operation.requestBody = { required: true, content };
      } else if (r.bodyTypes) {
        const content: Record<string, unknown> = {};
        for (const type of r.bodyTypes) content[type] = { schema: { type: 'string' } };
        operation.requestBody = { required: true, content };
      }
      paths[path] = { ...(paths[path] ?? {}), [r.method]: operation };
    }
    return {
      openapi: '3.1.0',
      info: {
        title: 'Regiekaart API',
        version: '0.1.0',
        description:
          'Netwerkanalyse voor netwerkregie: organisaties, professionals, verbindingen, opgaven en casussen.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      paths,
      components: {
        schemas: {
          Problem: {
            type: 'object',
            required: ['type', 'title', 'status'],
            properties: {
              type: { type: 'string' },
              title: { type: 'string' },
              status: { type: 'integer' },
              detail: { type: 'string' },
              errors: {
                type: 'array',
                items: {
                  type: 'object',
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
