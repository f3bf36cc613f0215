import { type Organisation, OrganisationCreateSchema, OrganisationUpdateSchema } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { organisationQuery } from '../../../api/entities.ts';
import { t } from '../../../i18n/catalogue.ts';
import type { Option } from '../../../ui/Combobox.tsx';
import { SelectField, TextField } from '../../../ui/fields.tsx';
import { OrganisationPicker } from '../../../ui/pickers.tsx';
import { useFormSubmit, validate } from '../../../ui/use-form-submit.ts';
import { useDeleteActor } from '../use-delete-actor.tsx';
import { useDomainOptions } from '../use-vocabulary-options.ts';
import { ActorFormShell, useActorSave } from './ActorFormShell.tsx';
import { EditLoader } from './EditLoader.tsx';
import { nullIfEmpty } from './form-values.ts';

type Props = {
  /** null: a new organisation */
  id: string | null;
  onDone: (id: string | null) => void;
  onCancel: () => void;
};

/** Loads the organisation (when editing) and shows its form. */
export function OrganisationForm({ id, onDone, onCancel }: Props) {
  return (
    <EditLoader id={id} query={organisationQuery}>
      {(organisation) => (
        <OrganisationFields organisation={organisation} onDone={onDone} onCancel={onCancel} />
      )}
    </EditLoader>
  );
}

const t_ = t.edit.organisation;
const LABELS: Record<string, string> = {
  name: t_.name,
  shortName: t_.shortName,
  domain: t_.domain,
  type: t_.type,
  parentId: t_.parentId,
  region: t_.region,
  note: t_.note,
};

function OrganisationFields({
  organisation,
  onDone,
  onCancel,
}: {
  organisation: Organisation | null;
  onDone: (id: string | null) => void;
  onCancel: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const typesId = useId();
  const { errors, general, busy, submit } = useFormSubmit(formRef);
  const domains = useDomainOptions();
  const [name, setName] = useState(organisation?.name ?? '');
  const [shortName, setShortName] = useState(organisation?.shortName ?? '');
  const [domain, setDomain] = useState(organisation?.domain ?? '');
  const [type, setType] = useState(organisation?.type ?? '');
  const [parent, setParent] = useState<Option | null>(
    organisation?.parentId ? { id: organisation.parentId, label: organisation.parentId } : null,
  );
  const parentQuery = useQuery({
    ...organisationQuery(organisation?.parentId ?? ''),
    enabled: Boolean(organisation?.parentId),
  });
  const parentValue =
    parent && parentQuery.data?.id === parent.id ? { id: parent.id, label: parentQuery.data.name } : parent;
  const [region, setRegion] = useState(organisation?.region ?? '');
  const [note, setNote] = useState(organisation?.note ?? '');
  const remove = useDeleteActor('organisation', () => onDone(null));

  const fields = {
    name,
    shortName: nullIfEmpty(shortName),
    domain,
    type,
    parentId: parent?.id ?? null,
    region: nullIfEmpty(region),
    note: nullIfEmpty(note),
  };

  const { duplicates, save: saveActor } = useActorSave('organisation');
  const save = (allowDuplicate: boolean) =>
    void submit(async () => {
      const id = await saveActor(
        organisation && {
          id: organisation.id,
          name: organisation.name,
          before: organisation,
          valid: validate(OrganisationUpdateSchema, fields),
        },
        (id) =>
          validate(OrganisationCreateSchema, {
            id,
            ...fields,
            ...(allowDuplicate ? { allowDuplicate: true } : {}),
          }),
      );
      if (id) onDone(id);
    });

  return (
    <ActorFormShell
      kind="organisation"
      actorId={organisation?.id ?? null}
      form={{ formRef, busy, general, errors }}
      labels={LABELS}
      remove={remove}
      duplicates={duplicates}
      onSave={save}
      onUse={onDone}
      onCancel={onCancel}
    >
      <TextField name="name" label={t_.name} value={name} onChange={setName} error={errors.name} required />
      <TextField
        name="shortName"
        label={t_.shortName}
        value={shortName}
        onChange={setShortName}
        error={errors.shortName}
      />
      <SelectField
        name="domain"
        label={t_.domain}
        value={domain}
        options={domains}
        emptyLabel={t_.chooseDomain}
        onChange={setDomain}
        error={errors.domain}
        required
      />
      <TextField
        name="type"
        label={t_.type}
        hint={t_.typeHint}
        value={type}
        onChange={setType}
        error={errors.type}
        list={typesId}
        required
      />
      <datalist id={typesId}>
        {t_.typeSuggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <OrganisationPicker
        name="parentId"
        label={t_.parentId}
        value={parentValue}
        onChange={setParent}
        error={errors.parentId}
      />
      <TextField name="region" label={t_.region} value={region} onChange={setRegion} error={errors.region} />
      <TextField name="note" label={t_.note} value={note} onChange={setNote} error={errors.note} multiline />
    </ActorFormShell>
  );
}
