import type { Participant } from '@regiekaart/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { opgaveParticipantsQuery } from '../../api/opgaven.ts';
import { t } from '../../i18n/catalogue.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { deleteParticipantCommand } from './edit/commands.ts';
import { editHistory } from './edit/edit-history.ts';
import { ParticipantForm } from './forms/ParticipantForm.tsx';

type Props = { opgaveId: string; onClose: () => void };

const t_ = t.edit.participants;

/** The participants of the opgave on screen: list, add, edit, remove. */
export function ParticipantsDialog({ opgaveId, onClose }: Props) {
  const queryClient = useQueryClient();
  const participants = useQuery(opgaveParticipantsQuery(opgaveId));
  const [editing, setEditing] = useState<Participant | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);

  const remove = async (p: Participant) => {
    setError(null);
    try {
      await editHistory.run(
        deleteParticipantCommand(p, t.edit.history.deleted(t.edit.entity.participant, p.actorLabel)),
        queryClient,
      );
    } catch (e) {
      setError(e);
    }
  };

  if (editing) {
    return (
      <Dialog
        title={editing === 'new' ? t_.createTitle : t_.editTitle(editing.actorLabel)}
        onClose={() => setEditing(null)}
        variant="drawer"
      >
        <ParticipantForm
          opgaveId={opgaveId}
          participant={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      </Dialog>
    );
  }

  const items = participants.data?.items ?? [];
  return (
    <Dialog title={t_.heading} onClose={onClose} variant="drawer" testId="participants-dialog">
      {participants.error ? <ErrorMessage error={participants.error} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      <button type="button" onClick={() => setEditing('new')}>
        {t_.add}
      </button>
      {items.length === 0 && !participants.isPending && <p>{t_.none}</p>}
      <ul className="edit-list">
        {items.map((p) => (
          <li key={p.id} data-participant-id={p.id}>
            <span>
              <strong>{p.actorLabel}</strong> · {t.vocabulary.participantRole[p.role]}
            </span>
            <span className="edit-list-actions">
              <button
                type="button"
                className="secondary"
                onClick={() => setEditing(p)}
                aria-label={t_.edit(p.actorLabel)}
              >
                {t.edit.editAction}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => void remove(p)}
                aria-label={t_.remove(p.actorLabel)}
              >
                {t.edit.remove}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
