import { type ReactNode, useId } from 'react';

export type FieldErrors = Record<string, string>;

type FieldProps = {
  /** the field's path in the payload (`memberships.1.organisationId`), as zod and the API name it */
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
};

export type ControlProps = {
  id: string;
  name: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
  'aria-required': boolean | undefined;
};

/** A labelled control with its hint and, when validation failed, its error right below it. */
export function FormField({ name, label, hint, error, required, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`} data-field={name}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {children({
        id,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy,
        'aria-required': required || undefined,
      })}
      {error && (
        <span className="field-error" id={errorId} data-field-error={name}>
          {error}
        </span>
      )}
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
    </div>
  );
}

type TextProps = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  type?: 'text' | 'date' | 'search';
  multiline?: boolean;
  list?: string;
};

export function TextField({ value, onChange, type = 'text', multiline, list, ...field }: TextProps) {
  return (
    <FormField {...field}>
      {(control) =>
        multiline ? (
          <textarea {...control} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...control}
            type={type}
            value={value}
            list={list}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </FormField>
  );
}

type SelectProps = {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  /** label of the empty choice; omit to require a value */
  emptyLabel?: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
};

export function SelectField({ value, options, onChange, emptyLabel, ...field }: SelectProps) {
  return (
    <FormField {...field}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

type CheckboxProps = {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | undefined;
};

export function CheckboxField({ name, label, checked, onChange, error }: CheckboxProps) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field field-checkbox${error ? ' field-invalid' : ''}`} data-field={name}>
      <input
        id={id}
        name={name}
        type="checkbox"
        checked={checked}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {error && (
        <span className="field-error" id={errorId} data-field-error={name}>
          {error}
        </span>
      )}
    </div>
  );
}
