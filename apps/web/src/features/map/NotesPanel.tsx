import type { Annotation, Network } from '@regiekaart/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { type AnnotationParams, annotationsQuery } from '../../api/entities.ts';
import { t } from '../../i18n/catalogue.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { deleteAnnotationCommand, shorten, updateCommand } from './edit/commands.ts';
import { editHistory } from './edit/edit-history.ts';
import { nodesById } from './node-index.ts';

export type NotesFilter = 'all' | 'open' | 'done' | 'notes';
const FILTERS: NotesFilter[] = ['all', 'open', 'done', 'notes'];

const FILTER_PARAMS: Record<NotesFilter, Partial<AnnotationParams>> = {
  all: {},
  open: { isAction: true, actionStatus: 'open' },
  done: { isAction: true, actionStatus: 'done' },
  notes: { isAction: false },
};

type Props = {
  /** null: the whole network, whose list shows every note */
  opgaveId: string | null;
  network: Network;
  onAddMapNote: () => void;
  onEdit: (annotation: Annotation) => void;
  /** a lezer reads the notes and actions; adding, editing, ticking off and removing are not theirs */
  readOnly?: boolean;
};

const t_ = t.notes;

/** "Notities en acties": the notes and actions of this opgave (or all), filterable by status. */
export function NotesPanel({ opgaveId, network, onAddMapNote, onEdit, readOnly = false }: Props) {
  const queryClient = useQueryClient();
  const headingId = useId();
  const filterId = useId();
  const [filter, setFilter] = useState<NotesFilter>('all');
  const [error, setError] = useState<unknown>(null);
  // the box shows the new state at once, while the change is saved
  const [toggling, setToggling] = useState<Record<string, 'open' | 'done'>>({});
  const notes = useQuery(
    annotationsQuery({ ...(opgaveId ? { opgaveId } : {}), ...FILTER_PARAMS[filter], limit: 200 }),
  );

  const targetLabel = (a: Annotation): string => {
    if (a.targetType === 'map') return a.targetId === 'network' ? t_.targetNetwork : t_.targetMap;
    if (a.targetType === 'link') return t.edit.entity.link.toLowerCase();
    if (a.targetType === 'opgave') return t_.targetOpgave;
    return nodesById(network).get(a.targetId)?.label ?? a.targetId;
  };

  const run = async (work: () => Promise<void>) => {
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    }
  };
  const toggle = async (a: Annotation) => {
    const actionStatus = a.actionStatus === 'done' ? 'open' : 'done';
    const label =
      actionStatus === 'done'
        ? t_.markDone(shorten(a.text))
        : t.edit.history.updated(t.edit.entity.annotation, shorten(a.text));
    setToggling((all) => ({ ...all, [a.id]: actionStatus }));
    await run(() =>
      editHistory.run(updateCommand('annotations', a.id, a, { actionStatus }, label), queryClient),
    );
    setToggling(({ [a.id]: _done, ...rest }) => rest);
  };
  const remove = (a: Annotation) => run(() => editHistory.run(deleteAnnotationCommand(a), queryClient));

  const items = notes.data?.items ?? [];
  return (
    <section className="notes-panel" aria-labelledby={headingId} data-testid="notes-panel">
      <h2 id={headingId}>{t_.heading}</h2>
      <div className="panel-row">
        <label htmlFor={filterId}>{t_.filter}</label>
        <select id={filterId} value={filter} onChange={(e) => setFilter(e.target.value as NotesFilter)}>
          {FILTERS.map((f) => (
            <option key={f} value={f}>
              {t_.filters[f]}
            </option>
          ))}
        </select>
        {!readOnly && (
          <button type="button" className="secondary" onClick={onAddMapNote}>
            {t_.addMap}
          </button>
        )}
      </div>
      {notes.error ? <ErrorMessage error={notes.error} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {items.length === 0 && !notes.isPending && <p>{t_.none}</p>}
      <ul className="notes-list" aria-busy={notes.isFetching}>
        {items.map((a) => (
          <li
            className="note-item"
            key={a.id}
            data-annotation-id={a.id}
            data-status={a.isAction ? (a.actionStatus ?? 'open') : 'note'}
          >
            {a.isAction && (
              <input
                type="checkbox"
                checked={(toggling[a.id] ?? a.actionStatus) === 'done'}
                disabled={readOnly}
                onChange={() => void toggle(a)}
                aria-label={t_.markDone(shorten(a.text))}
              />
            )}
            <div className="note-body">
              <p className="note-text">{a.text}</p>
              <p className="note-meta">
                {[
                  t_.on(targetLabel(a)),
                  a.author ? t_.by(a.author) : null,
                  a.isAction ? t_.statuses[a.actionStatus ?? 'open'] : null,
                  a.isAction ? t_.actionDue(a.owner, a.due) || null : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {a.tags.length > 0 && (
                <p className="note-tags">
                  {a.tags.map((tag) => (
                    <span key={tag} className="badge">
                      {tag}
                    </span>
                  ))}
                </p>
              )}
              {!readOnly && (
                <span className="edit-list-actions">
                  <button type="button" className="link-button" onClick={() => onEdit(a)}>
                    {t_.edit}
                  </button>
                  <button type="button" className="link-button" onClick={() => void remove(a)}>
                    {t_.remove}
                  </button>
                </span>
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
