import { type View, ViewCreateSchema, ViewUpdateSchema } from '@regiekaart/model';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { clientId } from '../../../api/write.ts';
import { t } from '../../../i18n/catalogue.ts';
import { FormShell } from '../../../ui/FormShell.tsx';
import { TextField } from '../../../ui/fields.tsx';
import { useFormSubmit, validate } from '../../../ui/use-form-submit.ts';
import { changedFields, createCommand, updateCommand } from '../edit/commands.ts';
import { editHistory } from '../edit/edit-history.ts';
import { nullIfEmpty } from './form-values.ts';

export type MapSnapshot = Pick<View, 'opgaveId' | 'positions' | 'filters' | 'styling'>;

type Props = {
  /** null: save the map as a new view */
  view: View | null;
  /** the map as it is now (for a new view) */
  snapshot: () => MapSnapshot;
  onDone: (id: string) => void;
  onCancel: () => void;
};

const t_ = t.savedViews;

export function ViewForm({ view, snapshot, onDone, onCancel }: Props) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, general, busy, submit } = useFormSubmit(formRef);
  const [name, setName] = useState(view?.name ?? '');
  const [caption, setCaption] = useState(view?.caption ?? '');

  const onSubmit = () =>
    void submit(async () => {
      const fields = { name, caption: nullIfEmpty(caption) };
      if (view) {
        const valid = validate(ViewUpdateSchema, fields);
        const patch = changedFields(view, valid);
        if (Object.keys(patch).length > 0) {
          await editHistory.run(
            updateCommand('views', view.id, view, patch, t.edit.history.updated(t.edit.entity.view, name)),
            queryClient,
          );
        }
        onDone(view.id);
      } else {
        const id = clientId('vw');
        const valid = validate(ViewCreateSchema, { id, ...fields, ...snapshot() });
        await editHistory.run(
          createCommand('views', { ...valid, id }, t.edit.history.created(t.edit.entity.view, valid.name)),
          queryClient,
        );
        onDone(id);
      }
    });

  return (
    <FormShell
      form={{ formRef, busy, general, errors }}
      testId="view-form"
      onSubmit={onSubmit}
      onCancel={onCancel}
      labels={{ name: t_.name, caption: t_.caption }}
    >
      <TextField name="name" label={t_.name} value={name} onChange={setName} error={errors.name} required />
      <TextField
        name="caption"
        label={t_.caption}
        hint={t_.captionHint}
        value={caption}
        onChange={setCaption}
        error={errors.caption}
        multiline
      />
    </FormShell>
  );
}
