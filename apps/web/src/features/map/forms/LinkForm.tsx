import {
  CONFIDENCE_LEVELS,
  LINK_SOURCES,
  type Link,
  LinkCreateSchema,
  type LinkUpdate,
  LinkUpdateSchema,
} from '@regiekaart/model';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { linkQuery } from '../../../api/entities.ts';
import { clientId } from '../../../api/write.ts';
import { t } from '../../../i18n/catalogue.ts';
import type { Option } from '../../../ui/Combobox.tsx';
import { FormShell } from '../../../ui/FormShell.tsx';
import { CheckboxField, SelectField, TextField } from '../../../ui/fields.tsx';
import { PeriodFields } from '../../../ui/PeriodFields.tsx';
import { ActorPicker } from '../../../ui/pickers.tsx';
import { useFormSubmit, validate } from '../../../ui/use-form-submit.ts';
import { changedFields, createCommand, deleteLinkCommand, updateCommand } from '../edit/commands.ts';
import { editHistory } from '../edit/edit-history.ts';
import { useLinkKindOptions } from '../use-vocabulary-options.ts';
import { EditLoader } from './EditLoader.tsx';
import { nullIfEmpty } from './form-values.ts';

export type LinkPrefill = { source?: Option; target?: Option };

type Props = {
  /** null: a new tie */
  id: string | null;
  prefill?: LinkPrefill | undefined;
  /** names of actors on the map, for the ends of an existing tie */
  actorLabel: (id: string) => string | undefined;
  onDone: () => void;
  onCancel: () => void;
};

export function LinkForm({ id, prefill, actorLabel, onDone, onCancel }: Props) {
  return (
    <EditLoader id={id} query={linkQuery}>
      {(link) => (
        <LinkFields
          link={link}
          prefill={prefill}
          actorLabel={actorLabel}
          onDone={onDone}
          onCancel={onCancel}
        />
      )}
    </EditLoader>
  );
}

const t_ = t.edit.link;
const LABELS: Record<string, string> = {
  sourceId: t_.sourceId,
  targetId: t_.targetId,
  kind: t_.kind,
  strength: t_.strength,
  directed: t_.directed,
  since: t_.since,
  until: t_.until,
  source: t_.source,
  recordedBy: t_.recordedBy,
  confidence: t_.confidence,
  note: t_.note,
};
const STRENGTHS = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }));
const SOURCE_OPTIONS = LINK_SOURCES.map((s) => ({ value: s, label: t_.sources[s] }));
const CONFIDENCE_OPTIONS = CONFIDENCE_LEVELS.map((c) => ({ value: c, label: t_.confidences[c] }));

function LinkFields({
  link,
  prefill,
  actorLabel,
  onDone,
  onCancel,
}: {
  link: Link | null;
  prefill: LinkPrefill | undefined;
  actorLabel: (id: string) => string | undefined;
  onDone: () => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, general, busy, submit } = useFormSubmit(formRef);
  const kinds = useLinkKindOptions();
  const [source, setSource] = useState<Option | null>(
    link
      ? { id: link.sourceId, label: actorLabel(link.sourceId) ?? link.sourceId }
      : (prefill?.source ?? null),
  );
  const [target, setTarget] = useState<Option | null>(
    link
      ? { id: link.targetId, label: actorLabel(link.targetId) ?? link.targetId }
      : (prefill?.target ?? null),
  );
  const [kind, setKind] = useState(link?.kind ?? '');
  const [strength, setStrength] = useState(String(link?.strength ?? 3));
  const [directed, setDirected] = useState(link?.directed ?? false);
  const [since, setSince] = useState(link?.since ?? '');
  const [until, setUntil] = useState(link?.until ?? '');
  const [recordSource, setRecordSource] = useState<string>(link?.source ?? '');
  const [recordedBy, setRecordedBy] = useState(link?.recordedBy ?? '');
  const [confidence, setConfidence] = useState<string>(link?.confidence ?? '');
  const [note, setNote] = useState(link?.note ?? '');

  const sourceOption = source;
  const targetOption = target;
  const label = t_.label(sourceOption?.label ?? '', targetOption?.label ?? '');
  const fields = {
    sourceId: source?.id ?? '',
    targetId: target?.id ?? '',
    kind,
    strength: Number(strength),
    directed,
    since: nullIfEmpty(since),
    until: nullIfEmpty(until),
    source: nullIfEmpty(recordSource),
    recordedBy: nullIfEmpty(recordedBy),
    confidence: nullIfEmpty(confidence),
    note: nullIfEmpty(note),
  };

  const onSubmit = () =>
    void submit(async () => {
      if (link) {
        const valid: LinkUpdate = validate(LinkUpdateSchema, fields);
        const patch = changedFields(link, valid);
        if (Object.keys(patch).length > 0) {
          await editHistory.run(
            updateCommand('links', link.id, link, patch, t.edit.history.updated(t.edit.entity.link, label)),
            queryClient,
          );
        }
      } else {
        const id = clientId('lnk');
        const valid = validate(LinkCreateSchema, { id, ...fields });
        await editHistory.run(
          createCommand('links', { ...valid, id }, t.edit.history.created(t.edit.entity.link, label)),
          queryClient,
        );
      }
      onDone();
    });

  const remove = async (link: Link) => {
    await editHistory.run(
      await deleteLinkCommand(link, t.edit.history.deleted(t.edit.entity.link, label)),
      queryClient,
    );
    onDone();
  };

  return (
    <FormShell
      form={{ formRef, busy, general, errors }}
      testId="link-form"
      onSubmit={onSubmit}
      onCancel={onCancel}
      labels={LABELS}
      onRemove={link ? () => remove(link) : undefined}
    >
      <ActorPicker
        name="sourceId"
        label={t_.sourceId}
        value={sourceOption}
        onChange={setSource}
        error={errors.sourceId}
        required
      />
      <ActorPicker
        name="targetId"
        label={t_.targetId}
        value={targetOption}
        onChange={setTarget}
        error={errors.targetId}
        required
      />
      <SelectField
        name="kind"
        label={t_.kind}
        value={kind}
        options={kinds}
        emptyLabel={t_.chooseKind}
        onChange={setKind}
        error={errors.kind}
        required
      />
      <div className="field-row">
        <SelectField
          name="strength"
          label={t_.strength}
          value={strength}
          options={STRENGTHS}
          onChange={setStrength}
          error={errors.strength}
        />
        <CheckboxField name="directed" label={t_.directed} checked={directed} onChange={setDirected} />
      </div>
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
      <div className="field-row">
        <SelectField
          name="source"
          label={t_.source}
          value={recordSource}
          options={SOURCE_OPTIONS}
          emptyLabel={t.edit.none}
          onChange={setRecordSource}
          error={errors.source}
        />
        <SelectField
          name="confidence"
          label={t_.confidence}
          value={confidence}
          options={CONFIDENCE_OPTIONS}
          emptyLabel={t.edit.none}
          onChange={setConfidence}
          error={errors.confidence}
        />
      </div>
      <TextField
        name="recordedBy"
        label={t_.recordedBy}
        value={recordedBy}
        onChange={setRecordedBy}
        error={errors.recordedBy}
      />
      <TextField name="note" label={t_.note} value={note} onChange={setNote} error={errors.note} multiline />
    </FormShell>
  );
}
