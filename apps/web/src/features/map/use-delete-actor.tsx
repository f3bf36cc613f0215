import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { t } from '../../i18n/catalogue.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { deleteOrganisationCommand, deletePersonCommand } from './edit/commands.ts';
import { editHistory } from './edit/edit-history.ts';

type Pending = { id: string; detail: string };

/**
 * Deletes an organisation or person. When the API refuses because ties or members remain (409),
 * it asks for confirmation and only then deletes with `?cascade=true`.
 */
export function useDeleteActor(kind: 'organisation' | 'person', onDeleted: () => void) {
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const run = async (id: string, cascade: boolean) => {
    const command =
      kind === 'organisation'
        ? await deleteOrganisationCommand(id, cascade)
        : await deletePersonCommand(id, cascade);
    await editHistory.run(command, queryClient);
  };

  const request = async (id: string) => {
    setError(null);
    setBusy(true);
    try {
      await run(id, false);
      onDeleted();
    } catch (e) {
      if (isApiError(e) && e.status === 409) setPending({ id, detail: e.problem.detail ?? '' });
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await run(pending.id, true);
      setPending(null);
      onDeleted();
    } catch (e) {
      setPending(null);
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const dialog: ReactNode = pending ? (
    <ConfirmDialog
      message={t.edit.confirm.cascade(pending.detail)}
      confirmLabel={t.edit.confirm.proceed}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={() => setPending(null)}
    />
  ) : null;

  return { request, dialog, error, busy };
}
