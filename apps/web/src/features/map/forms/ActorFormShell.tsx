import type { ImportCandidate } from '@regiekaart/model';
import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { clientId } from '../../../api/write.ts';
import { t } from '../../../i18n/catalogue.ts';
import { ErrorMessage } from '../../../ui/ErrorMessage.tsx';
import { FormShell, type FormState } from '../../../ui/FormShell.tsx';
import { DuplicateWarning, useDuplicateCheck } from '../../import/DuplicateWarning.tsx';
import { changedFields, createCommand, updateCommand } from '../edit/commands.ts';
import { editHistory } from '../edit/edit-history.ts';
import type { useDeleteActor } from '../use-delete-actor.tsx';

type ActorKind = 'organisation' | 'person';
const COLLECTION = { organisation: 'organisations', person: 'people' } as const;
const ID_PREFIX = { organisation: 'org', person: 'per' } as const;

/** An actor as the form found it, and its fields as validated now. */
type Existing = {
  id: string;
  name: string;
  before: Record<string, unknown>;
  valid: Record<string, unknown> & { name?: string | undefined };
};

/**
 * How the organisation and person forms save, through the edit history: the fields that changed of
 * an actor that exists, or a new actor (`create` validates its body), held back while the duplicate
 * check shows look-alikes. `save` answers the actor's id, or null while the warning waits.
 */
export function useActorSave(kind: ActorKind) {
  const queryClient = useQueryClient();
  const { duplicates, created } = useDuplicateCheck();
  const entity = t.edit.entity[kind];
  const save = async (
    existing: Existing | null,
    create: (id: string) => Record<string, unknown> & { name: string },
  ): Promise<string | null> => {
    if (existing) {
      const patch = changedFields(existing.before, existing.valid);
      if (Object.keys(patch).length > 0) {
        const label = t.edit.history.updated(entity, existing.valid.name ?? existing.name);
        await editHistory.run(
          updateCommand(COLLECTION[kind], existing.id, existing.before, patch, label),
          queryClient,
        );
      }
      return existing.id;
    }
    const id = clientId(ID_PREFIX[kind]);
    const valid = create(id);
    const done = await created(() =>
      editHistory.run(
        createCommand(COLLECTION[kind], { ...valid, id }, t.edit.history.created(entity, valid.name)),
        queryClient,
      ),
    );
    return done ? id : null;
  };
  return { duplicates, save };
}

/**
 * The frame of the organisation and person forms: the error summary, "Verwijderen" for an actor
 * that exists (asking first when ties or members remain), the duplicate warning for a new one, and
 * save and cancel.
 */
export function ActorFormShell({
  kind,
  actorId,
  form,
  labels,
  remove,
  duplicates,
  onSave,
  onUse,
  onCancel,
  children,
}: {
  kind: ActorKind;
  /** the actor being edited; null for a new one */
  actorId: string | null;
  form: FormState;
  labels: Record<string, string>;
  remove: ReturnType<typeof useDeleteActor>;
  duplicates: ImportCandidate[] | null;
  /** saves; `allowDuplicate` once the user chose to create a new actor despite the look-alikes */
  onSave: (allowDuplicate: boolean) => void;
  /** the look-alike the user chose instead of a new actor */
  onUse: (id: string) => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <FormShell
      form={{ ...form, busy: form.busy || remove.busy }}
      testId={`${kind}-form`}
      onSubmit={() => onSave(false)}
      onCancel={onCancel}
      labels={labels}
      onRemove={actorId ? () => remove.request(actorId) : undefined}
    >
      {remove.error ? <ErrorMessage error={remove.error} /> : null}
      {duplicates && (
        <DuplicateWarning
          kind={kind}
          candidates={duplicates}
          onUse={(candidate) => onUse(candidate.id)}
          onCreateAnyway={() => onSave(true)}
        />
      )}
      {children}
      {remove.dialog}
    </FormShell>
  );
}
