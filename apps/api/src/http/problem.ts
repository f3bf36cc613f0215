import type { Problem } from '@regiekaart/model';
import type { z } from 'zod';

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

export const notFound = (what: string, id: string) =>
  new ApiError(404, 'Niet gevonden', `${what} met id "${id}" bestaat niet.`);

export const conflict = (detail: string, extra?: Record<string, unknown>) =>
  new ApiError(409, 'Conflict', detail, undefined, extra);

export const unprocessable = (
  errors: FieldError[],
  detail = 'De gegevens verwijzen naar iets dat niet bestaat.',
) => new ApiError(422, 'Ongeldige verwijzing', detail, errors);

export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }));
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
