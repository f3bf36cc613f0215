import { type Problem, ProblemSchema } from '@regiekaart/model';
import { ApiError } from './api-error.ts';

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** Drops empty values, so `{ q: '' }` and `{}` give the same URL and the same query key. */
export function compactParams<T extends QueryParams>(params: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(params) as [keyof T, T[keyof T]][]) {
    if (value !== undefined && value !== null && value !== '') out[key] = value;
  }
  return out;
}

export function apiUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(compactParams(params))) search.set(key, String(value));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** What the client needs of a zod schema; the shapes themselves come from @regiekaart/model. */
export interface ResponseSchema<T> {
  safeParse(data: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> };
      };
}

interface GetOptions<T> {
  params?: QueryParams;
  /** the body is validated where it enters */
  schema: ResponseSchema<T>;
  signal?: AbortSignal;
}

export async function getJson<T>(path: string, options: GetOptions<T>): Promise<T> {
  const url = apiUrl(path, options.params);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json, application/problem+json' },
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(
      'network',
      { type: 'about:blank', title: 'Network error', status: 0, detail: String(cause), instance: url },
      { cause },
    );
  }

  const body = await readBody(response);
  if (!response.ok) throw new ApiError('problem', toProblem(response, body, url));

  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('invalid-response', {
      type: 'about:blank',
      title: 'Invalid response',
      status: response.status,
      detail: `GET ${url} does not match the expected shape`,
      instance: url,
      errors: parsed.error.issues.slice(0, 10).map((issue) => ({
        field: issue.path.map(String).join('.') || '(root)',
        message: issue.message,
      })),
    });
  }
  return parsed.data;
}

export async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function toProblem(response: Response, body: unknown, url: string): Problem {
  const parsed = ProblemSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  return {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    ...(typeof body === 'string' && body ? { detail: body.slice(0, 500) } : {}),
    instance: url,
  };
}

/** `{ items: T[] }`, the envelope of unpaginated lists. */
export function itemsOf<T>(itemsSchema: ResponseSchema<T[]>): ResponseSchema<{ items: T[] }> {
  return {
    safeParse(data) {
      const items = typeof data === 'object' && data !== null && 'items' in data ? data.items : undefined;
      const parsed = itemsSchema.safeParse(items);
      if (parsed.success) return { success: true, data: { items: parsed.data } };
      const issues = parsed.error.issues.map((issue) => ({ ...issue, path: ['items', ...issue.path] }));
      return { success: false, error: { issues } };
    },
  };
}

/** The header every write carries, with the token from `GET /api/session` (see http/security.ts). */
export const CSRF_HEADER = 'X-CSRF-Token';
let csrfToken: string | null = null;

/** Kept by the session query; sent on every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF header for a write that does not go through `sendJson` (e.g. an import's text body). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { [CSRF_HEADER]: csrfToken } : {};
}

interface SendOptions<T> {
  body?: unknown;
  params?: QueryParams;
  /** the answer is validated where it enters; omit for answers without a body (204) */
  schema?: ResponseSchema<T>;
}

/** A write (POST, PUT, PATCH, DELETE) with a JSON body and the CSRF token. Every write goes through here. */
export async function sendJson<T = void>(
  method: string,
  path: string,
  options: SendOptions<T> = {},
): Promise<T> {
  const url = apiUrl(path, options.params);
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  Object.assign(headers, csrfHeaders());
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
  } catch (cause) {
    throw new ApiError(
      'network',
      { type: 'about:blank', title: 'Network error', status: 0, detail: String(cause), instance: url },
      { cause },
    );
  }
  const body = await readBody(response);
  if (!response.ok) throw new ApiError('problem', toProblem(response, body, url));
  if (!options.schema) return undefined as T;
  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiError('invalid-response', {
      type: 'about:blank',
      title: 'Invalid response',
      status: response.status,
      detail: `${method} ${url} does not match the expected shape`,
      instance: url,
    });
  }
  return parsed.data;
}
