import { type MergeResult, MergeResultSchema } from '@regiekaart/model';
import { type Query, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { entityPath, send } from '../../api/write.ts';
import { t } from '../../i18n/catalogue.ts';
import { importStrings as s } from '../../i18n/nl-import.ts';
import type { Option } from '../../ui/Combobox.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { ActorPicker } from '../../ui/pickers.tsx';
import { editHistory } from '../map/edit/edit-history.ts';
import './import.css';

export type MergeSubject = { id: string; kind: 'person' | 'organisation'; label: string };

/**
 * Merges the selected person or organisation into another of the same kind; the undo button
 * (and "Ongedaan maken" in the history) takes the merge back.
 */
export function MergeDialog({
  actor,
  onMerged,
  onClose,
}: {
  actor: MergeSubject;
  onMerged: (into: string) => void;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [into, setInto] = useState<Option | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const merge = async () => {
    setError(null);
    if (!into || into.id === actor.id || (into.kind && into.kind !== actor.kind)) {
      setFieldError(into ? s.mergeSame : t.edit.picker.choose);
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    try {
      const collection = actor.kind === 'person' ? 'people' : 'organisations';
      const result: MergeResult = MergeResultSchema.parse(
        await send({
          method: 'POST',
          path: `${entityPath(collection, actor.id)}/merge`,
          body: { into: into.id },
        }),
      );
      editHistory.record({
        label: s.mergeHistory(actor.label, into.label),
        forward: [],
        backward: [{ method: 'DELETE', path: result.undo }],
        scope: 'graph',
        redoable: false,
      });
      // the merged record no longer exists: refetching its own queries (still mounted while it is
      // selected) would only answer 404, so they are dropped once the selection has moved on
      const mergedAway = (query: Query) => query.queryKey.includes(actor.id);
      await queryClient.invalidateQueries({ predicate: (query) => !mergedAway(query) });
      onMerged(result.into);
      queryClient.removeQueries({ predicate: mergedAway });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={s.mergeTitle(actor.label)} onClose={onClose} testId="merge-dialog">
      <p className="intro">{s.mergeIntro(actor.label)}</p>
      <ActorPicker
        name="into"
        label={s.mergeInto}
        value={into}
        onChange={setInto}
        error={fieldError}
        required
      />
      {error ? <ErrorMessage error={error} /> : null}
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" className="secondary" onClick={onClose}>
          {t.edit.cancel}
        </button>
        <button type="button" onClick={() => void merge()} disabled={busy}>
          {s.mergeConfirm}
        </button>
      </div>
    </Dialog>
  );
}
