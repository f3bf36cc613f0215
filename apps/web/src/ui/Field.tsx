import { type ReactNode, useId } from 'react';

type Props = {
  label: string;
  hint?: string;
  /** renders the control, wired to the label (and hint) through the ids it is given */
  children: (ids: { id: string; hintId: string | undefined }) => ReactNode;
};

/** A labelled form control. */
export function Field({ label, hint, children }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, hintId })}
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
    </div>
  );
}
