import { type Person, PersonCreateSchema, PersonUpdateSchema } from '@regiekaart/model';
import { useRef, useState } from 'react';
import { personQuery } from '../../../api/entities.ts';
import { t } from '../../../i18n/catalogue.ts';
import { surveyStrings } from '../../../i18n/nl-survey.ts';
import type { Option } from '../../../ui/Combobox.tsx';
import { TextField } from '../../../ui/fields.tsx';
import { PeriodFields } from '../../../ui/PeriodFields.tsx';
import { OrganisationPicker } from '../../../ui/pickers.tsx';
import { useFormSubmit, validate } from '../../../ui/use-form-submit.ts';
import { rowKey, useRows } from '../../../ui/use-rows.ts';
import { useDeleteActor } from '../use-delete-actor.tsx';
import { ActorFormShell, useActorSave } from './ActorFormShell.tsx';
import { EditLoader } from './EditLoader.tsx';
import { nullIfEmpty } from './form-values.ts';

type Props = {
  id: string | null;
  onDone: (id: string | null) => void;
  onCancel: () => void;
};

export function PersonForm({ id, onDone, onCancel }: Props) {
  return (
    <EditLoader id={id} query={personQuery}>
      {(person) => <PersonFields person={person} onDone={onDone} onCancel={onCancel} />}
    </EditLoader>
  );
}

const t_ = t.edit.person;
const LABELS: Record<string, string> = {
  name: t_.name,
  function: t_.function,
  email: surveyStrings.personEmail,
  note: t_.note,
  memberships: t_.memberships,
  'memberships.*.organisationId': t_.organisationId,
  'memberships.*.role': t_.role,
  'memberships.*.since': t_.since,
  'memberships.*.until': t_.until,
};

type MembershipRow = {
  key: string;
  id: string | null;
  organisation: Option | null;
  role: string;
  since: string;
  until: string;
};

function PersonFields({
  person,
  onDone,
  onCancel,
}: {
  person: Person | null;
  onDone: (id: string | null) => void;
  onCancel: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, general, busy, submit } = useFormSubmit(formRef);
  const [name, setName] = useState(person?.name ?? '');
  const [fn, setFn] = useState(person?.function ?? '');
  const [email, setEmail] = useState(person?.email ?? '');
  const [note, setNote] = useState(person?.note ?? '');
  const {
    rows,
    set: setRow,
    add: addRow,
    remove: removeRow,
  } = useRows<MembershipRow>(() =>
    (person?.memberships ?? []).map((m) => ({
      key: rowKey(),
      id: m.id,
      organisation: { id: m.organisationId, label: m.organisationName ?? m.organisationId },
      role: m.role ?? '',
      since: m.since ?? '',
      until: m.until ?? '',
    })),
  );
  const remove = useDeleteActor('person', () => onDone(null));

  const fields = {
    name,
    function: nullIfEmpty(fn),
    email: nullIfEmpty(email.trim()),
    note: nullIfEmpty(note),
    memberships: rows.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      // an empty choice fails the schema at this field, as it should
      organisationId: r.organisation?.id ?? '',
      role: nullIfEmpty(r.role),
      since: nullIfEmpty(r.since),
      until: nullIfEmpty(r.until),
    })),
  };

  const { duplicates, save: saveActor } = useActorSave('person');
  const save = (allowDuplicate: boolean) =>
    void submit(async () => {
      const id = await saveActor(
        person && {
          id: person.id,
          name: person.name,
          before: {
            ...person,
            memberships: person.memberships.map((m) => ({
              id: m.id,
              organisationId: m.organisationId,
              role: m.role,
              since: m.since,
              until: m.until,
            })),
          },
          valid: validate(PersonUpdateSchema, fields),
        },
        (id) =>
          validate(PersonCreateSchema, {
            id,
            ...fields,
            ...(allowDuplicate ? { allowDuplicate: true } : {}),
          }),
      );
      if (id) onDone(id);
    });

  return (
    <ActorFormShell
      kind="person"
      actorId={person?.id ?? null}
      form={{ formRef, busy, general, errors }}
      labels={LABELS}
      remove={remove}
      duplicates={duplicates}
      onSave={save}
      onUse={onDone}
      onCancel={onCancel}
    >
      <p className="hint">{t_.privacy}</p>
      <TextField name="name" label={t_.name} value={name} onChange={setName} error={errors.name} required />
      <TextField name="function" label={t_.function} value={fn} onChange={setFn} error={errors.function} />
      <TextField
        name="email"
        type="email"
        label={surveyStrings.personEmail}
        hint={surveyStrings.personEmailHint}
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <TextField name="note" label={t_.note} value={note} onChange={setNote} error={errors.note} multiline />
      <fieldset className="repeat-group" data-field="memberships">
        <legend>{t_.memberships}</legend>
        {errors.memberships && <p className="field-error">{errors.memberships}</p>}
        {rows.map((row, i) => (
          <fieldset key={row.key} className="repeat-row">
            <legend>{t_.membership(i + 1)}</legend>
            <OrganisationPicker
              name={`memberships.${i}.organisationId`}
              label={t_.organisationId}
              value={row.organisation}
              onChange={(organisation) => setRow(row.key, { organisation })}
              error={errors[`memberships.${i}.organisationId`]}
              required
            />
            <TextField
              name={`memberships.${i}.role`}
              label={t_.role}
              value={row.role}
              onChange={(role) => setRow(row.key, { role })}
              error={errors[`memberships.${i}.role`]}
            />
            <PeriodFields
              names={{ since: `memberships.${i}.since`, until: `memberships.${i}.until` }}
              labels={t_}
              since={row.since}
              until={row.until}
              onChange={(change) => setRow(row.key, change)}
              errors={errors}
            />
            <button type="button" className="secondary" onClick={() => removeRow(row.key)}>
              {t_.removeMembership(i + 1)}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => addRow({ id: null, organisation: null, role: '', since: '', until: '' })}
        >
          {t_.addMembership}
        </button>
      </fieldset>
    </ActorFormShell>
  );
}
