import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../api/api-error.ts';
import type { ResponseSchema } from '../api/client.ts';
import { t } from '../i18n/catalogue.ts';
import type { FieldErrors } from './fields.tsx';

/** Validation failed in the client: the schema's issues by field path. */
export class FormInvalid extends Error {
  override readonly name = 'FormInvalid';
  constructor(readonly errors: FieldErrors) {
    super('form is invalid');
  }
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Parses a payload with the model's schema; throws `FormInvalid` with each issue at its field.
 * An empty pick-list (an id or code that fails its pattern because nothing was chosen) is told as such.
 */
export function validate<T>(schema: ResponseSchema<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || '(body)';
    const nothingChosen =
      (issue as { code?: string }).code === 'invalid_format' && valueAt(value, issue.path) === '';
    errors[field] ??= nothingChosen ? t.edit.picker.choose : issue.message;
  }
  throw new FormInvalid(errors);
}

export type FormFailure = { fields: FieldErrors; general: string | null };

/** A failed submit as field errors (the schema's or the API's `errors[]`) and one general message. */
export function failureOf(error: unknown): FormFailure {
  if (error instanceof FormInvalid) return { fields: error.errors, general: t.edit.form.invalid };
  if (!isApiError(error)) return { fields: {}, general: t.errors.unexpected };
  if (error.kind === 'network') return { fields: {}, general: t.errors.network };
  const fields: FieldErrors = {};
  for (const e of error.problem.errors ?? []) fields[e.field] ??= e.message;
  const { title, detail } = error.problem;
  return { fields, general: detail ? `${title}: ${detail}` : title };
}

/**
 * Runs a form's submit: collects the errors, moves focus to the first invalid field (or the
 * summary), and tells whether it succeeded.
 */
export function useFormSubmit(formRef: RefObject<HTMLElement | null>) {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const focusPending = useRef(false);

  useEffect(() => {
    if (!failure || !focusPending.current) return;
    focusPending.current = false;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('.form-summary');
    target?.focus();
  }, [failure, formRef]);

  const submit = useCallback(async (work: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    try {
      await work();
      setFailure(null);
      return true;
    } catch (error) {
      focusPending.current = true;
      setFailure(failureOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { errors: failure?.fields ?? {}, general: failure?.general ?? null, busy, submit, setFailure };
}
