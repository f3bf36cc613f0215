import {
  type Template,
  TemplateCreateSchema,
  type TemplateUpdate,
  TemplateUpdateSchema,
} from '@regiekaart/model';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { clientId } from '../../../api/write.ts';
import { t } from '../../../i18n/catalogue.ts';
import { FormShell } from '../../../ui/FormShell.tsx';
import { SelectField, TextField } from '../../../ui/fields.tsx';
import { useFormSubmit, validate } from '../../../ui/use-form-submit.ts';
import { rowKey, useRows } from '../../../ui/use-rows.ts';
import {
  changedFields,
  createCommand,
  deleteTemplateCommand,
  templateBody,
  updateCommand,
} from '../edit/commands.ts';
import { editHistory } from '../edit/edit-history.ts';
import { useDomainOptions } from '../use-vocabulary-options.ts';
import { nullIfEmpty } from './form-values.ts';

type Props = {
  template: Template | null;
  onDone: () => void;
  onCancel: () => void;
};

const t_ = t.edit.templates;
const LABELS: Record<string, string> = {
  name: t_.name,
  description: t_.description,
  roles: t_.roles,
  'roles.*.label': t_.label,
  'roles.*.orgType': t_.orgType,
  'roles.*.domain': t_.domain,
  'roles.*.minCount': t_.minCount,
};
const COUNTS = Array.from({ length: 20 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));

type RoleRow = { key: string; label: string; orgType: string; domain: string; minCount: string };

export function TemplateForm({ template, onDone, onCancel }: Props) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, general, busy, submit } = useFormSubmit(formRef);
  const domains = useDomainOptions();
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const {
    rows,
    set: setRow,
    add: addRow,
    remove: removeRow,
  } = useRows<RoleRow>(() =>
    (template?.roles ?? []).map((r) => ({
      key: rowKey(),
      label: r.label,
      orgType: r.orgType ?? '',
      domain: r.domain ?? '',
      minCount: String(r.minCount),
    })),
  );

  const fields = {
    name,
    description: nullIfEmpty(description),
    roles: rows.map((r) => ({
      label: r.label,
      orgType: nullIfEmpty(r.orgType),
      domain: nullIfEmpty(r.domain),
      minCount: Number(r.minCount),
    })),
  };

  const onSubmit = () =>
    void submit(async () => {
      if (template) {
        const valid: TemplateUpdate = validate(TemplateUpdateSchema, fields);
        const before = templateBody(template);
        const patch = changedFields(before, valid);
        if (Object.keys(patch).length > 0) {
          await editHistory.run(
            updateCommand(
              'templates',
              template.id,
              before,
              patch,
              t.edit.history.updated(t.edit.entity.template, valid.name ?? template.name),
            ),
            queryClient,
          );
        }
      } else {
        const id = clientId('tpl');
        const valid = validate(TemplateCreateSchema, { id, ...fields });
        await editHistory.run(
          createCommand(
            'templates',
            { ...valid, id },
            t.edit.history.created(t.edit.entity.template, valid.name),
          ),
          queryClient,
        );
      }
      onDone();
    });

  const remove = async (template: Template) => {
    await editHistory.run(await deleteTemplateCommand(template), queryClient);
    onDone();
  };

  return (
    <FormShell
      form={{ formRef, busy, general, errors }}
      testId="template-form"
      onSubmit={onSubmit}
      onCancel={onCancel}
      labels={LABELS}
      onRemove={template ? () => remove(template) : undefined}
    >
      <TextField name="name" label={t_.name} value={name} onChange={setName} error={errors.name} required />
      <TextField
        name="description"
        label={t_.description}
        value={description}
        onChange={setDescription}
        error={errors.description}
        multiline
      />
      <fieldset className="repeat-group" data-field="roles">
        <legend>{t_.roles}</legend>
        {rows.map((row, i) => (
          <fieldset key={row.key} className="repeat-row">
            <legend>{t_.role(i + 1)}</legend>
            <TextField
              name={`roles.${i}.label`}
              label={t_.label}
              value={row.label}
              onChange={(label) => setRow(row.key, { label })}
              error={errors[`roles.${i}.label`]}
              required
            />
            <div className="field-row">
              <TextField
                name={`roles.${i}.orgType`}
                label={t_.orgType}
                value={row.orgType}
                onChange={(orgType) => setRow(row.key, { orgType })}
                error={errors[`roles.${i}.orgType`]}
              />
              <SelectField
                name={`roles.${i}.domain`}
                label={t_.domain}
                value={row.domain}
                options={domains}
                emptyLabel={t_.anyDomain}
                onChange={(domain) => setRow(row.key, { domain })}
                error={errors[`roles.${i}.domain`]}
              />
              <SelectField
                name={`roles.${i}.minCount`}
                label={t_.minCount}
                value={row.minCount}
                options={COUNTS}
                onChange={(minCount) => setRow(row.key, { minCount })}
                error={errors[`roles.${i}.minCount`]}
              />
            </div>
            <button type="button" className="secondary" onClick={() => removeRow(row.key)}>
              {t_.removeRole(i + 1)}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="secondary"
          onClick={() => addRow({ label: '', orgType: '', domain: '', minCount: '1' })}
        >
          {t_.addRole}
        </button>
      </fieldset>
    </FormShell>
  );
}
