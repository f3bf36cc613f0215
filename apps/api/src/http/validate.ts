import type { Context } from 'hono';
import { ZodError, type z } from 'zod';
import { ApiError, validationError } from './problem.ts';

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

export function isJsonContentType(value: string | undefined): boolean {
  return value !== undefined && JSON_TYPE.test(value);
}

/** Reads and validates a JSON body. Hono's c.req.json() would also parse text/plain, so check first. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  if (!isJsonContentType(c.req.header('content-type'))) {
    throw new ApiError(415, 'Verkeerd mediatype', 'Stuur de gegevens als application/json.');
  }
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'Ongeldige JSON', 'De inhoud van het verzoek is geen geldige JSON.', [
      { field: '(body)', message: 'geen geldige JSON' },
    ]);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error, 'De gegevens kloppen niet');
  return parsed.data;
}

export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    // a query parameter is one name, also when its value is a list (`domain=a,B!` fails at `domain.1`)
    const issues = parsed.error.issues.map((issue) => ({ ...issue, path: issue.path.slice(0, 1) }));
    throw validationError(new ZodError(issues), 'De zoekparameters kloppen niet');
  }
  return parsed.data;
}
