import { type FormEvent, type ReactNode, type RefObject, useState } from 'react';
import { t } from '../i18n/catalogue.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import type { FieldErrors } from './fields.tsx';

/** A form's element and its submit state, as `useFormSubmit` keeps it. */
export type FormState = {
  formRef: RefObject<HTMLFormElement | null>;
  busy: boolean;
  general: string | null;
  errors: FieldErrors;
};

type Props = {
  form: FormState;
  onSubmit: () => void;
  onCancel: () => void;
  /** the submit button's text: "Opslaan" unless told otherwise */
  submitLabel?: string;
  /** field path to its label, so the summary names fields as the form does */
  labels?: Record<string, string>;
  children: ReactNode;
  /**
   * Deletes the record being edited: "Verwijderen" at the left of the footer; when it fails, its
   * error shows above the fields.
   */
  onRemove?: (() => Promise<void>) | undefined;
  /** extra buttons at the left of the footer */
  extra?: ReactNode;
  testId?: string;
};

/** A form with an error summary above the fields and submit/cancel below them. */
export function FormShell({
  form: { formRef, busy, general, errors },
  onSubmit,
  onCancel,
  submitLabel = t.edit.save,
  labels = {},
  children,
  onRemove,
  extra,
  testId,
}: Props) {
  const entries = Object.entries(errors);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const remove = async () => {
    if (!onRemove) return;
    setRemoveError(null);
    try {
      await onRemove();
    } catch (error) {
      setRemoveError(error);
    }
  };
  return (
    <form
      ref={formRef}
      className="edit-form"
      noValidate
      data-testid={testId}
      aria-busy={busy}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        if (!busy) onSubmit();
      }}
    >
      {general && (
        <div className="form-summary" role="alert" tabIndex={-1}>
          <p>{general}</p>
          {entries.length > 0 && (
            <ul>
              {entries.map(([field, message]) => (
                <li key={field}>
                  {labelFor(field, labels)}: {message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {removeError ? <ErrorMessage error={removeError} /> : null}
      {children}
      <div className="form-actions">
        {onRemove && (
          <button type="button" className="danger" onClick={() => void remove()}>
            {t.edit.remove}
          </button>
        )}
        {extra}
        <span className="spacer" />
        <button type="button" className="secondary" onClick={onCancel}>
          {t.edit.cancel}
        </button>
        <button type="submit" disabled={busy}>
          {busy ? t.edit.saving : submitLabel}
        </button>
      </div>
    </form>
  );
}

/** `memberships.1.organisationId` → "Lidmaatschap 2 – Organisatie" when the parts are labelled. */
function labelFor(field: string, labels: Record<string, string>): string {
  if (labels[field]) return labels[field];
  const generic = field.replace(/\.\d+\./, '.*.');
  const index = /\.(\d+)\./.exec(field)?.[1];
  if (labels[generic] && index !== undefined) return `${labels[generic]} (${Number(index) + 1})`;
  return field;
}
