import type { Problem } from '@regiekaart/model';
import { z } from 'zod';
import { Conflict, DomainError, Forbidden, NotFound } from '../policy/errors.ts';

// Field messages are read by Dutch users: the schema library words its own in Dutch too, in every
// thread that turns its errors into field errors (the import worker as well as the server).
z.config(z.locales.nl());

export type FieldError = { field: string; message: string };

/** An error that becomes an RFC 9457 problem response. Titles and details are Dutch: users read them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly extra?: Record<string, unknown>,
  ) {
    super(detail ?? title);
    this.name = 'ApiError';
  }

  toProblem(instance?: string): Problem & Record<string, unknown> {
    return {
      type: `https://regiekaart.nl/problemen/${this.status}`,
      title: this.title,
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
      ...(this.extra ?? {}),
    };
  }
}

/** Kept for existing callers: the same as `new NotFound(...)` from the policy layer. */
export const notFound = (what: string, id: string) => new NotFound(what, id);

/** Kept for existing callers: the same as `new Conflict(...)` from the policy layer. */
export const conflict = (detail: string, extra?: Record<string, unknown>) => new Conflict(detail, extra);

/** The one mapping from domain errors to HTTP; `undefined` for anything else (a bug: 500). */
export function toApiError(error: unknown): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (!(error instanceof DomainError)) return undefined;
  if (error instanceof NotFound)
    return new ApiError(404, 'Niet gevonden', error.message, undefined, error.extra);
  if (error instanceof Forbidden)
    return new ApiError(403, 'Geen toegang', error.message, undefined, error.extra);
  if (error instanceof Conflict) return new ApiError(409, 'Conflict', error.message, undefined, error.extra);
  return new ApiError(400, 'Ongeldige invoer', error.message, undefined, error.extra);
}

export const unprocessable = (
  errors: FieldError[],
  detail = 'De gegevens verwijzen naar iets dat niet bestaat.',
) => new ApiError(422, 'Ongeldige verwijzing', detail, errors);

export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  const field = (path: PropertyKey[]) => [prefix, ...path.map(String)].filter(Boolean).join('.') || '(body)';
  return error.issues.flatMap((issue) =>
    // a field the schema does not know is named itself, not the object around it
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ field: field([...issue.path, key]), message: 'onbekend veld' }))
      : [{ field: field(issue.path), message: issue.message }],
  );
}

export function validationError(error: z.ZodError, where: string, prefix = ''): ApiError {
  const errors = fieldErrors(error, prefix);
  return new ApiError(
    400,
    'Ongeldige invoer',
    `${where}: ${errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`,
    errors,
  );
}
