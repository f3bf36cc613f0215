import { type ReactNode, useEffect, useId, useRef } from 'react';
import { t } from '../i18n/catalogue.ts';

type Props = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** `drawer` slides in at the right, for forms next to the map */
  variant?: 'dialog' | 'drawer';
  testId?: string;
};

const FIRST_CONTROL =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (focus stays
 * inside), Escape closes it, and focus goes back to where it was when it closes. Mounted means open.
 */
export function Dialog({ title, onClose, children, variant = 'dialog', testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>(`.dialog-body ${FIRST_CONTROL}`);
    (first ?? dialog.querySelector<HTMLElement>('.dialog-body button') ?? dialog).focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${variant}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        // Escape: let React unmount the dialog, which closes it and restores focus
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t.edit.close}>
          ×
        </button>
      </header>
      <div className="dialog-body">{children}</div>
    </dialog>
  );
}
