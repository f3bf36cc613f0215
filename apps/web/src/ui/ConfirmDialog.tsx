import { t } from '../i18n/catalogue.ts';
import { Dialog } from './Dialog.tsx';

type Props = {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
};

export function ConfirmDialog({ message, confirmLabel, onConfirm, onCancel, busy }: Props) {
  return (
    <Dialog title={t.edit.confirm.title} onClose={onCancel} testId="confirm-dialog">
      <p>{message}</p>
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" className="secondary" onClick={onCancel}>
          {t.edit.cancel}
        </button>
        <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
