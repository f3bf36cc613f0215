import type { View } from '@regiekaart/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { viewsQuery } from '../../api/entities.ts';
import { entityPath } from '../../api/write.ts';
import { t } from '../../i18n/catalogue.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { updateCommand } from './edit/commands.ts';
import type { Command } from './edit/edit-history.ts';
import { editHistory } from './edit/edit-history.ts';
import type { MapSnapshot } from './forms/ViewForm.tsx';
import { hashPath, hashQuery, VIEW_PARAM, viewHash } from './view-route.ts';

function closeView(): void {
  const query = hashQuery(window.location.hash);
  query.delete(VIEW_PARAM);
  const rest = query.toString();
  const target = `${hashPath(window.location.hash)}${rest ? `?${rest}` : ''}`;
  window.history.replaceState(window.history.state, '', target);
  window.dispatchEvent(new Event('regiekaart:route-replaced'));
}

type Props = {
  opgaveId: string | null;
  activeViewId: string | null;
  snapshot: () => MapSnapshot;
  onSave: () => void;
  onRename: (view: View) => void;
  /** a lezer opens saved views; saving, renaming, updating and removing are not theirs */
  readOnly?: boolean;
};

const t_ = t.savedViews;

/** Saved views of this opgave (or of the whole network): open, rename, update, delete. */
export function SavedViewsPanel({
  opgaveId,
  activeViewId,
  snapshot,
  onSave,
  onRename,
  readOnly = false,
}: Props) {
  const queryClient = useQueryClient();
  const headingId = useId();
  const views = useQuery(viewsQuery(opgaveId ?? 'network'));
  const [error, setError] = useState<unknown>(null);

  const run = async (command: Command) => {
    setError(null);
    try {
      await editHistory.run(command, queryClient);
    } catch (e) {
      setError(e);
    }
  };
  const updatePositions = (view: View) => {
    const { positions, filters, styling } = snapshot();
    return run(
      updateCommand(
        'views',
        view.id,
        view,
        { positions, filters, styling },
        t.edit.history.updated(t.edit.entity.view, view.name),
      ),
    );
  };
  const remove = (view: View) => {
    // the URL should not name a view that is gone
    if (view.id === activeViewId) closeView();
    return run({
      label: t.edit.history.deleted(t.edit.entity.view, view.name),
      scope: 'views',
      forward: [{ method: 'DELETE', path: entityPath('views', view.id) }],
      backward: [
        {
          method: 'POST',
          path: '/api/views',
          body: {
            id: view.id,
            opgaveId: view.opgaveId,
            name: view.name,
            caption: view.caption,
            positions: view.positions,
            filters: view.filters,
            styling: view.styling,
          },
        },
      ],
    });
  };

  const items = views.data?.items ?? [];
  return (
    <section className="views-panel" aria-labelledby={headingId} data-testid="views-panel">
      <h2 id={headingId}>{t_.heading}</h2>
      <p className="hint">{t_.intro}</p>
      {!readOnly && (
        <button type="button" onClick={onSave}>
          {t_.save}
        </button>
      )}
      {views.error ? <ErrorMessage error={views.error} /> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {items.length === 0 && !views.isPending && <p>{t_.none}</p>}
      <ul className="views-list">
        {items.map((view) => (
          <li
            key={view.id}
            data-view-id={view.id}
            aria-current={view.id === activeViewId ? 'true' : undefined}
          >
            <a href={viewHash(view)} aria-label={t_.open(view.name)}>
              {view.name}
            </a>
            {view.id === activeViewId && <span className="badge">{t_.active}</span>}
            {view.caption && <p className="note-meta">{view.caption}</p>}
            {!readOnly && (
              <span className="edit-list-actions">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onRename(view)}
                  aria-label={t_.rename(view.name)}
                >
                  {t.edit.editAction}
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void updatePositions(view)}
                  aria-label={t_.updatePositions(view.name)}
                >
                  {t_.updatePositionsShort}
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void remove(view)}
                  aria-label={t_.remove(view.name)}
                >
                  {t.edit.remove}
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
