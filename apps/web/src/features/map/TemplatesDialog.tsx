import type { Template } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { templatesQuery } from '../../api/entities.ts';
import { useIsBeheerder } from '../../api/session.ts';
import { t } from '../../i18n/catalogue.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { TemplateForm } from './forms/TemplateForm.tsx';

const t_ = t.edit.templates;

/** Partner templates: which partners a kind of opgave needs. A beheerder edits them; others read them. */
export function TemplatesDialog({ onClose }: { onClose: () => void }) {
  const templates = useQuery(templatesQuery({ limit: 200 }));
  const mayEdit = useIsBeheerder();
  const [editing, setEditing] = useState<Template | 'new' | null>(null);

  if (editing) {
    return (
      <Dialog
        title={editing === 'new' ? t_.createTitle : t_.editTitle(editing.name)}
        onClose={() => setEditing(null)}
        variant="drawer"
      >
        <TemplateForm
          template={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
          onCancel={() => setEditing(null)}
        />
      </Dialog>
    );
  }
  const items = templates.data?.items ?? [];
  return (
    <Dialog title={t_.heading} onClose={onClose} variant="drawer" testId="templates-dialog">
      <p className="intro">{t_.intro}</p>
      {templates.error ? <ErrorMessage error={templates.error} /> : null}
      {mayEdit ? (
        <button type="button" onClick={() => setEditing('new')}>
          {t_.add}
        </button>
      ) : (
        <p className="hint">{t_.readOnly}</p>
      )}
      {items.length === 0 && !templates.isPending && <p>{t_.none}</p>}
      <ul className="edit-list">
        {items.map((tpl) => (
          <li key={tpl.id}>
            <span>
              <strong>{tpl.name}</strong> · {t_.roleCount(tpl.roles.length)}
              {!mayEdit && (
                <span className="hint-inline"> · {tpl.roles.map((role) => role.label).join(', ')}</span>
              )}
            </span>
            {mayEdit && (
              <button
                type="button"
                className="secondary"
                onClick={() => setEditing(tpl)}
                aria-label={t_.edit(tpl.name)}
              >
                {t.edit.editAction}
              </button>
            )}
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
