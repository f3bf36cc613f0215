import {
  PARTICIPANT_ROLES,
  type Participant,
  ParticipantCreateSchema,
  ParticipantUpdateSchema,
} from '@regiekaart/model';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { clientId } from '../../../api/write.ts';
import { t } from '../../../i18n/catalogue.ts';
import type { Option } from '../../../ui/Combobox.tsx';
import { FormShell } from '../../../ui/FormShell.tsx';
import { SelectField, TextField } from '../../../ui/fields.tsx';
import { PeriodFields } from '../../../ui/PeriodFields.tsx';
import { ActorPicker } from '../../../ui/pickers.tsx';
import { useFormSubmit, validate } from '../../../ui/use-form-submit.ts';
import { changedFields, createParticipantCommand, updateParticipantCommand } from '../edit/commands.ts';
import { editHistory } from '../edit/edit-history.ts';
import { nullIfEmpty } from './form-values.ts';

type Props = {
  opgaveId: string;
  /** null: a new participant */
  participant: Participant | null;
  onDone: () => void;
  onCancel: () => void;
};

const t_ = t.edit.participants;
const LABELS: Record<string, string> = {
  actorId: t_.actorId,
  role: t_.role,
  since: t_.since,
  until: t_.until,
  note: t_.note,
};
const ROLE_OPTIONS = PARTICIPANT_ROLES.map((r) => ({ value: r, label: t.vocabulary.participantRole[r] }));

export function ParticipantForm({ opgaveId, participant, onDone, onCancel }: Props) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, general, busy, submit } = useFormSubmit(formRef);
  const [actor, setActor] = useState<Option | null>(
    participant ? { id: participant.actorId, label: participant.actorLabel } : null,
  );
  const [role, setRole] = useState<string>(participant?.role ?? 'partner');
  const [since, setSince] = useState(participant?.since ?? '');
  const [until, setUntil] = useState(participant?.until ?? '');
  const [note, setNote] = useState(participant?.note ?? '');

  const fields = { role, since: nullIfEmpty(since), until: nullIfEmpty(until), note: nullIfEmpty(note) };
  const onSubmit = () =>
    void submit(async () => {
      if (participant) {
        const valid = validate(ParticipantUpdateSchema, fields);
        const patch = changedFields(participant, valid);
        if (Object.keys(patch).length > 0) {
          await editHistory.run(
            updateParticipantCommand(
              participant,
              patch,
              t.edit.history.updated(t.edit.entity.participant, participant.actorLabel),
            ),
            queryClient,
          );
        }
      } else {
        const id = clientId('dln');
        const valid = validate(ParticipantCreateSchema, { id, actorId: actor?.id ?? '', ...fields });
        await editHistory.run(
          createParticipantCommand(
            opgaveId,
            { ...valid, id },
            t.edit.history.created(t.edit.entity.participant, actor?.label ?? valid.actorId),
          ),
          queryClient,
        );
      }
      onDone();
    });

  return (
    <FormShell
      form={{ formRef, busy, general, errors }}
      testId="participant-form"
      onSubmit={onSubmit}
      onCancel={onCancel}
      labels={LABELS}
    >
      {participant ? (
        <p className="details-name">{participant.actorLabel}</p>
      ) : (
        <ActorPicker
          name="actorId"
          label={t_.actorId}
          value={actor}
          onChange={setActor}
          error={errors.actorId}
          required
        />
      )}
      <SelectField
        name="role"
        label={t_.role}
        value={role}
        options={ROLE_OPTIONS}
        onChange={setRole}
        error={errors.role}
      />
      <PeriodFields
        labels={t_}
        since={since}
        until={until}
        onChange={(change) => {
          if (change.since !== undefined) setSince(change.since);
          if (change.until !== undefined) setUntil(change.until);
        }}
        errors={errors}
      />
      <TextField name="note" label={t_.note} value={note} onChange={setNote} error={errors.note} multiline />
    </FormShell>
  );
}
