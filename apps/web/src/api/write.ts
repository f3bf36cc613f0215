import { ApiError } from './api-error.ts';
import { apiUrl, csrfHeaders, type QueryParams, readBody, toProblem } from './client.ts';

export type HttpMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** One write to the API, as data: what the edit history records and replays. */
export type ApiCall = {
  method: HttpMethod;
  path: string;
  params?: QueryParams;
  body?: unknown;
};

/** A failed write whose problem document carried more than RFC 9457 fields (e.g. an import report). */
export class ApiWriteError extends ApiError {
  constructor(
    error: ApiError,
    readonly body: unknown,
  ) {
    super(error.kind, error.problem, { cause: error });
  }
}

type SendOptions = {
  /** a file body with its own content type instead of JSON (imports: text, or an Excel workbook's bytes) */
  text?: { content: string | Blob | ArrayBuffer; type: string };
  signal?: AbortSignal;
};

/** Sends one write and answers the parsed body (null for 204). Failures throw `ApiWriteError`. */
export async function send(call: ApiCall, options: SendOptions = {}): Promise<unknown> {
  const url = apiUrl(call.path, call.params);
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...csrfHeaders(),
  };
  let body: string | Blob | ArrayBuffer | undefined;
  if (options.text) {
    headers['Content-Type'] = options.text.type;
    body = options.text.content;
  } else if (call.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(call.body);
  }
  let response: Response;
  try {
    response = await fetch(url, { method: call.method, headers, body, signal: options.signal });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    const error = new ApiError(
      'network',
      { type: 'about:blank', title: 'Network error', status: 0, detail: String(cause), instance: url },
      { cause },
    );
    throw new ApiWriteError(error, null);
  }
  const parsed = await readBody(response);
  if (!response.ok) {
    throw new ApiWriteError(new ApiError('problem', toProblem(response, parsed, url)), parsed);
  }
  return parsed;
}

/** Sends calls one after the other; the first failure stops the rest. */
export async function sendAll(calls: readonly ApiCall[]): Promise<void> {
  for (const call of calls) await send(call);
}

export const entityPath = (collection: string, id: string) => `/api/${collection}/${encodeURIComponent(id)}`;

/** A fresh id for a new record, made in the client so that undo and redo can name it. */
export function clientId(prefix: string): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
