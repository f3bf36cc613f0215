import {
  type Presentation,
  PresentationSchema,
  PresentationUpdateSchema,
  type View,
} from '@regiekaart/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { sendJson } from '../../api/client.ts';
import { opgavenQuery } from '../../api/opgaven.ts';
import { allViewsQuery, presentationQuery } from '../../api/presentations.ts';
import { useCanEdit } from '../../api/session.ts';
import { entityPath } from '../../api/write.ts';
import { t } from '../../i18n/catalogue.ts';
import { formatRoute } from '../../routing/route.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { FormShell } from '../../ui/FormShell.tsx';
import { CheckboxField, SelectField, TextField } from '../../ui/fields.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useFormSubmit, validate } from '../../ui/use-form-submit.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';
import { shareUrl } from './PresentationsScreen.tsx';
import './presentation.css';

const t_ = t.presentationEditor;

/** A step as the editor holds it; `key` keeps React's rows (and focus) with a moved step. */
type DraftStep = { key: number; viewId: string; title: string; caption: string };
type Draft = { name: string; purpose: string; raad: boolean; steps: DraftStep[] };

let nextKey = 1;
const toDraft = (p: Presentation): Draft => ({
  name: p.name,
  purpose: p.purpose ?? '',
  raad: p.raad,
  steps: p.steps.map((s) => ({ key: nextKey++, viewId: s.viewId, title: s.title, caption: s.caption ?? '' })),
});
const toPayload = (d: Draft) => ({
  name: d.name,
  purpose: d.purpose.trim() || null,
  raad: d.raad,
  steps: d.steps.map((s) => ({ viewId: s.viewId, title: s.title, caption: s.caption.trim() || null })),
});

/** Edits a presentation: its name, purpose and version, and its steps (add, reorder, caption, remove). */
export function PresentationEditor({ presentationId }: { presentationId: string }) {
  const presentation = useQuery(presentationQuery(presentationId));
  const canEdit = useCanEdit();
  const headingRef = useHeadingFocus<HTMLHeadingElement>(`presentation-edit-${presentationId}`);
  const name = presentation.data?.name ?? '';
  useDocumentTitle(t_.documentTitle(name));
  return (
    <main id="main" tabIndex={-1}>
      <nav className="breadcrumb">
        <a href={formatRoute({ screen: 'presentations' })}>{t_.back}</a>
      </nav>
      <h1 ref={headingRef} tabIndex={-1}>
        {t_.heading(name)}
      </h1>
      {!canEdit ? (
        <p>
          {t.presentations.readOnly}{' '}
          <a href={formatRoute({ screen: 'presentation', presentationId, step: 1, raad: null })}>
            {t.presentations.present}
          </a>
        </p>
      ) : presentation.error ? (
        <ErrorMessage error={presentation.error} onRetry={() => void presentation.refetch()} />
      ) : presentation.data ? (
        <EditorForm presentation={presentation.data} />
      ) : (
        <LiveStatus message={t.presentations.loading} />
      )}
    </main>
  );
}

function EditorForm({ presentation }: { presentation: Presentation }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, general, busy, submit } = useFormSubmit(formRef);
  const [saved, setSaved] = useState(() => toDraft(presentation));
  const [draft, setDraft] = useState(saved);
  const [status, setStatus] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [pick, setPick] = useState('');
  const focusAfterMove = useRef<{ key: number; action: string } | null>(null);
  const views = useQuery(allViewsQuery());
  const opgaven = useQuery(opgavenQuery({ limit: 1000 }));

  const viewLabel = useMemo(() => {
    const opgaveName = new Map((opgaven.data?.items ?? []).map((o) => [o.id, o.name]));
    const byId = new Map((views.data?.items ?? []).map((v) => [v.id, v]));
    return (id: string) => {
      const view: View | undefined = byId.get(id);
      if (!view) return views.data ? `${id} (${t_.viewMissing})` : id;
      const where = view.opgaveId ? (opgaveName.get(view.opgaveId) ?? view.opgaveId) : t_.wholeNetwork;
      return `${view.name} – ${where}`;
    };
  }, [views.data, opgaven.data]);

  const dirty = JSON.stringify(toPayload(draft)) !== JSON.stringify(toPayload(saved));

  useEffect(() => {
    const pending = focusAfterMove.current;
    if (!pending) return;
    focusAfterMove.current = null;
    const row = formRef.current?.querySelector(`[data-step-key="${pending.key}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(
      `button[data-action="${pending.action}"]:not(:disabled)`,
    );
    (wanted ?? row?.querySelector<HTMLButtonElement>('button[data-action]:not(:disabled)'))?.focus();
  });

  const setStep = (key: number, patch: Partial<DraftStep>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s) => (s.key === key ? { ...s, ...patch } : s)) }));

  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    const step = draft.steps[index];
    if (!step || target < 0 || target >= draft.steps.length) return;
    const steps = [...draft.steps];
    steps.splice(index, 1);
    steps.splice(target, 0, step);
    setDraft({ ...draft, steps });
    focusAfterMove.current = { key: step.key, action: by < 0 ? 'up' : 'down' };
    setStatus(t_.moved(step.title, target + 1));
  };

  const remove = (index: number) => {
    const step = draft.steps[index];
    if (!step) return;
    setDraft({ ...draft, steps: draft.steps.filter((s) => s.key !== step.key) });
    const neighbour = draft.steps[index + 1] ?? draft.steps[index - 1];
    if (neighbour) focusAfterMove.current = { key: neighbour.key, action: 'remove' };
    setStatus(t_.removed(step.title));
  };

  const add = () => {
    const view = views.data?.items.find((v) => v.id === pick);
    if (!view) return;
    const step = { key: nextKey++, viewId: view.id, title: view.name, caption: view.caption ?? '' };
    setDraft({ ...draft, steps: [...draft.steps, step] });
    setPick('');
    setStatus(t_.added(view.name));
  };

  const onSubmit = () =>
    void submit(async () => {
      const body = validate(PresentationUpdateSchema, toPayload(draft));
      const updated = await sendJson('PATCH', entityPath('presentations', presentation.id), {
        body,
        schema: PresentationSchema.strip(),
      });
      queryClient.setQueryData(['presentations', 'one', presentation.id], updated);
      await queryClient.invalidateQueries({ queryKey: ['presentations'] });
      setSaved(draft);
      setStatus(t_.saved);
    });

  const deletePresentation = async () => {
    setDeleteError(null);
    try {
      await sendJson('DELETE', entityPath('presentations', presentation.id));
      queryClient.removeQueries({ queryKey: ['presentations', 'one', presentation.id] });
      await queryClient.invalidateQueries({ queryKey: ['presentations'] });
      window.location.hash = formatRoute({ screen: 'presentations' });
    } catch (error) {
      setDeleteError(error);
    }
  };

  const viewOptions = (views.data?.items ?? []).map((v) => ({ value: v.id, label: viewLabel(v.id) }));

  return (
    <>
      <div className="editor-actions">
        <a
          href={formatRoute({ screen: 'presentation', presentationId: presentation.id, step: 1, raad: null })}
        >
          {t.presentations.present}
        </a>
        <label>
          {t.presentations.linkLabel}{' '}
          <input
            type="text"
            readOnly
            value={shareUrl(presentation.id)}
            size={48}
            onFocus={(e) => e.target.select()}
          />
        </label>
      </div>
      <LiveStatus message={status} />
      <div className="step-editor">
        <FormShell
          form={{ formRef, busy, general, errors }}
          testId="presentation-form"
          onSubmit={onSubmit}
          onCancel={() => setDraft(saved)}
          submitLabel={busy ? t_.saving : t_.save}
          labels={t_.labels}
          extra={
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              {t_.delete}
            </button>
          }
        >
          <h2>{t_.details}</h2>
          <TextField
            name="name"
            label={t.presentations.name}
            value={draft.name}
            onChange={(value) => setDraft({ ...draft, name: value })}
            error={errors.name}
            required
          />
          <TextField
            name="purpose"
            label={t.presentations.purpose}
            hint={t.presentations.purposeHint}
            value={draft.purpose}
            onChange={(value) => setDraft({ ...draft, purpose: value })}
            error={errors.purpose}
          />
          <CheckboxField
            name="raad"
            label={t.presentations.raad}
            checked={draft.raad}
            onChange={(value) => setDraft({ ...draft, raad: value })}
            error={errors.raad}
          />
          <p className="hint">{t.presentations.raadHint}</p>

          <h2>{t_.stepsHeading}</h2>
          {draft.steps.length === 0 ? (
            <p>{t_.noSteps}</p>
          ) : (
            <ol className="step-list" data-testid="step-list">
              {draft.steps.map((step, i) => (
                <li key={step.key} className="step-item" data-step-key={step.key} data-view-id={step.viewId}>
                  <fieldset>
                    <legend>{t_.stepLegend(i + 1, viewLabel(step.viewId))}</legend>
                    <TextField
                      name={`steps.${i}.title`}
                      label={t_.stepTitle}
                      value={step.title}
                      onChange={(value) => setStep(step.key, { title: value })}
                      error={errors[`steps.${i}.title`]}
                      required
                    />
                    <TextField
                      name={`steps.${i}.caption`}
                      label={t_.stepCaption}
                      hint={t_.stepCaptionHint}
                      value={step.caption}
                      onChange={(value) => setStep(step.key, { caption: value })}
                      error={errors[`steps.${i}.caption`]}
                      multiline
                    />
                    {errors[`steps.${i}.viewId`] && (
                      <span className="field-error">{errors[`steps.${i}.viewId`]}</span>
                    )}
                    <div className="step-actions">
                      <button
                        type="button"
                        className="secondary"
                        data-action="up"
                        disabled={i === 0}
                        aria-label={t_.moveUpNamed(i + 1)}
                        onClick={() => move(i, -1)}
                      >
                        <span aria-hidden="true">↑ </span>
                        {t_.moveUp}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        data-action="down"
                        disabled={i === draft.steps.length - 1}
                        aria-label={t_.moveDownNamed(i + 1)}
                        onClick={() => move(i, 1)}
                      >
                        <span aria-hidden="true">↓ </span>
                        {t_.moveDown}
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        data-action="remove"
                        aria-label={t_.removeNamed(i + 1)}
                        onClick={() => remove(i)}
                      >
                        {t_.remove}
                      </button>
                    </div>
                  </fieldset>
                </li>
              ))}
            </ol>
          )}

          <h3>{t_.addHeading}</h3>
          {views.error ? (
            <ErrorMessage error={views.error} onRetry={() => void views.refetch()} />
          ) : viewOptions.length === 0 && views.data ? (
            <p>
              {t_.noViews} {t_.addViewHint}
            </p>
          ) : (
            <div className="step-actions">
              <SelectField
                name="addView"
                label={t_.addView}
                hint={t_.addViewHint}
                value={pick}
                options={viewOptions}
                emptyLabel=""
                onChange={setPick}
              />
              <button type="button" className="secondary" onClick={add} disabled={!pick}>
                {t_.add}
              </button>
            </div>
          )}
          {dirty && (
            <p className="hint" data-testid="unsaved">
              {t_.unsaved}
            </p>
          )}
        </FormShell>
      </div>
      {confirmDelete && (
        <Dialog title={t_.delete} onClose={() => setConfirmDelete(false)}>
          <p>{t_.confirmDelete(presentation.name)}</p>
          {deleteError !== null && <ErrorMessage error={deleteError} />}
          <div className="form-actions">
            <span className="spacer" />
            <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
              {t.edit.cancel}
            </button>
            <button type="button" className="danger" onClick={() => void deletePresentation()}>
              {t_.delete}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}
