import { useId } from 'react';
import { t } from '../../i18n/catalogue.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import type { MapWorkbench } from './use-map-workbench.ts';

const t_ = t.edit.toolbar;

/**
 * Undo/redo, the edge-drawing mode, "new" buttons, import and export, above the map. The raadsversie
 * is for showing, not editing: only its redacted exports remain.
 */
export function WorkbenchToolbar({ wb }: { wb: MapWorkbench }) {
  const drawHintId = useId();
  const { history } = wb;
  if (wb.raad) {
    return (
      <div className="edit-bar">
        <div className="edit-toolbar" role="toolbar" aria-label={t_.label}>
          <span className="toolbar-group">
            <ExportMenu wb={wb} />
          </span>
        </div>
      </div>
    );
  }
  return (
    <div className="edit-bar">
      <div className="edit-toolbar" role="toolbar" aria-label={t_.label}>
        <span className="toolbar-group">
          <button
            type="button"
            className="secondary"
            onClick={() => void wb.undo()}
            disabled={!history.undoLabel || history.busy}
            title={
              history.undoLabel ? t.edit.history.undoWhat(history.undoLabel) : t.edit.history.nothingToUndo
            }
            aria-keyshortcuts="Control+Z"
          >
            <span aria-hidden="true">↶</span> <span className="toolbar-label">{t.edit.history.undo}</span>
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => void wb.redo()}
            disabled={!history.redoLabel || history.busy}
            title={
              history.redoLabel ? t.edit.history.redoWhat(history.redoLabel) : t.edit.history.nothingToRedo
            }
            aria-keyshortcuts="Control+Shift+Z"
          >
            <span aria-hidden="true">↷</span> <span className="toolbar-label">{t.edit.history.redo}</span>
          </button>
        </span>
        <span className="toolbar-group">
          <button
            type="button"
            className="secondary toggle"
            aria-pressed={wb.drawMode}
            aria-describedby={drawHintId}
            onClick={() => wb.setDrawMode(!wb.drawMode)}
          >
            <span aria-hidden="true">✎</span> {t_.drawLink}
          </button>
          <button type="button" className="secondary" onClick={() => wb.open({ kind: 'link', id: null })}>
            {t_.newLink}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => wb.open({ kind: 'organisation', id: null })}
          >
            {t_.newOrganisation}
          </button>
          <button type="button" className="secondary" onClick={() => wb.open({ kind: 'person', id: null })}>
            {t_.newPerson}
          </button>
        </span>
        <span className="toolbar-group">
          {wb.opgaveId && (
            <button type="button" className="secondary" onClick={() => wb.open({ kind: 'participants' })}>
              {t_.participants}
            </button>
          )}
          <button type="button" className="secondary" onClick={() => wb.open({ kind: 'templates' })}>
            {t_.templates}
          </button>
          <button type="button" className="secondary" onClick={() => wb.open({ kind: 'import' })}>
            {t_.importFile}
          </button>
          <ExportMenu wb={wb} />
        </span>
      </div>
      {/* rendered always (the toggle points at it), shown only in drawing mode */}
      <p id={drawHintId} className={wb.drawMode ? 'hint' : 'visually-hidden'}>
        {t_.drawLinkHint}
      </p>
      <LiveStatus message={wb.status} />
      {wb.historyError ? <ErrorMessage error={wb.historyError} /> : null}
    </div>
  );
}
