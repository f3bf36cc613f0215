import {
  ACTION_STATUSES,
  type Annotation,
  AnnotationCreateSchema,
  type AnnotationTarget,
  AnnotationUpdateSchema,
} from '@regiekaart/model';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { clientId } from '../../../api/write.ts';
import { t } from '../../../i18n/catalogue.ts';
import { FormShell } from '../../../ui/FormShell.tsx';
import { CheckboxField, SelectField, TextField } from '../../../ui/fields.tsx';
import { useFormSubmit, validate } from '../../../ui/use-form-submit.ts';
import { changedFields, createCommand, shorten, updateCommand } from '../edit/commands.ts';
import { editHistory } from '../edit/edit-history.ts';
import { nullIfEmpty, splitTags } from './form-values.ts';

export type NoteTarget = { type: AnnotationTarget; id: string; label: string };

type Props = {
  /** the annotation to edit, or null for a new one on `target` */
  annotation: Annotation | null;
  target: NoteTarget | null;
  opgaveId: string | null;
  onDone: () => void;
  onCancel: () => void;
};

const t_ = t.notes;
const LABELS: Record<string, string> = {
  text: t_.text,
  tags: t_.tags,
  author: t_.author,
  isAction: t_.isAction,
  owner: t_.owner,
  due: t_.due,
  actionStatus: t_.status,
};
const STATUS_OPTIONS = ACTION_STATUSES.map((s) => ({ value: s, label: t_.statuses[s] }));

export function AnnotationForm({ annotation, target, opgaveId, onDone, onCancel }: Props) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, general, busy, submit } = useFormSubmit(formRef);
  const [text, setText] = useState(annotation?.text ?? '');
  const [tags, setTags] = useState((annotation?.tags ?? []).join(', '));
  const [author, setAuthor] = useState(annotation?.author ?? '');
  const [isAction, setIsAction] = useState(annotation?.isAction ?? false);
  const [owner, setOwner] = useState(annotation?.owner ?? '');
  const [due, setDue] = useState(annotation?.due ?? '');
  const [status, setStatus] = useState<string>(annotation?.actionStatus ?? 'open');

  const fields = {
    text,
    tags: splitTags(tags),
    author: nullIfEmpty(author),
    isAction,
    actionStatus: isAction ? status : null,
    owner: isAction ? nullIfEmpty(owner) : null,
    due: isAction ? nullIfEmpty(due) : null,
  };

  const onSubmit = () =>
    void submit(async () => {
      if (annotation) {
        const valid = validate(AnnotationUpdateSchema, fields);
        const patch = changedFields(annotation, valid);
        if (Object.keys(patch).length > 0) {
          await editHistory.run(
            updateCommand(
              'annotations',
              annotation.id,
              annotation,
              patch,
              t.edit.history.updated(t.edit.entity.annotation, shorten(valid.text ?? annotation.text)),
            ),
            queryClient,
          );
        }
      } else if (target) {
        const id = clientId('ann');
        const valid = validate(AnnotationCreateSchema, {
          id,
          targetType: target.type,
          targetId: target.id,
          opgaveId,
          ...fields,
        });
        await editHistory.run(
          createCommand(
            'annotations',
            { ...valid, id },
            t.edit.history.created(t.edit.entity.annotation, shorten(valid.text)),
          ),
          queryClient,
        );
      }
      onDone();
    });

  return (
    <FormShell
      form={{ formRef, busy, general, errors }}
      testId="annotation-form"
      onSubmit={onSubmit}
      onCancel={onCancel}
      labels={LABELS}
    >
      <TextField
        name="text"
        label={t_.text}
        value={text}
        onChange={setText}
        error={errors.text}
        required
        multiline
      />
      <TextField
        name="tags"
        label={t_.tags}
        hint={t_.tagsHint}
        value={tags}
        onChange={setTags}
        error={errors.tags}
      />
      <TextField name="author" label={t_.author} value={author} onChange={setAuthor} error={errors.author} />
      <CheckboxField name="isAction" label={t_.isAction} checked={isAction} onChange={setIsAction} />
      {isAction && (
        <fieldset className="repeat-row">
          <legend>{t_.isAction}</legend>
          <TextField name="owner" label={t_.owner} value={owner} onChange={setOwner} error={errors.owner} />
          <div className="field-row">
            <TextField
              type="date"
              name="due"
              label={t_.due}
              value={due}
              onChange={setDue}
              error={errors.due}
            />
            <SelectField
              name="actionStatus"
              label={t_.status}
              value={status}
              options={STATUS_OPTIONS}
              onChange={setStatus}
              error={errors.actionStatus}
            />
          </div>
        </fieldset>
      )}
    </FormShell>
  );
}
