import { useId } from 'react';
import { useCanEdit } from '../../api/session.ts';
import { t } from '../../i18n/catalogue.ts';
import { toolRowStrings } from '../../i18n/nl-mapui.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { MenuButton, type MenuItem } from '../../ui/MenuButton.tsx';
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query.ts';
import { ExportMenu } from './ExportMenu.tsx';
import type { MapWorkbench } from './use-map-workbench.ts';

const t_ = t.edit.toolbar;
/** a phone or a narrow window: the row keeps undo, redo, "Meer" and export */
/** a laptop screen: the less frequent tools go into "Meer" so the row stays one line */
const MEDIUM = '(max-width: 1400px)';

type ToolItem = { id: string; label: string; overflow: boolean; onSelect: () => void };

/**
 * "Meer": the tools that do not fit on the row, as a menu; on a phone with the drawing mode as a
 * checkable item.
 */
function MoreMenu({ items, draw }: { items: ToolItem[]; draw: { on: boolean; toggle: () => void } | null }) {
  const menuItems: MenuItem[] = [
    ...(draw
      ? [
          {
            id: 'draw',
            label: (
              <>
                <span aria-hidden="true">{draw.on ? '✓ ' : '✎ '}</span>
                {t_.drawLink}
              </>
            ),
            checked: draw.on,
            onSelect: draw.toggle,
          },
        ]
      : []),
    // each opens a dialog, which takes the focus
    ...items.map((item) => ({ id: item.id, label: item.label, onSelect: item.onSelect, returnFocus: false })),
  ];
  return (
    <MenuButton
      className="more-menu"
      label={toolRowStrings.more}
      buttonLabel={toolRowStrings.moreLabel}
      menuLabel={toolRowStrings.moreLabel}
      items={menuItems}
    />
  );
}

/**
 * Undo/redo, the edge-drawing mode, "new" buttons, import and export, above the map. The raadsversie
 * is for showing, not editing: only its redacted exports remain.
 */
export function WorkbenchToolbar({ wb }: { wb: MapWorkbench }) {
  const drawHintId = useId();
  const narrow = useMediaQuery(NARROW_SCREEN);
  const medium = useMediaQuery(MEDIUM);
  const { history } = wb;
  // the raadsversie, and a lezer, who may not edit: exporting only
  const canEdit = useCanEdit();
  if (wb.raad || !canEdit) {
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
  // what does not fit on the row goes into "Meer": on a phone all but undo, redo and export
  const items: ToolItem[] = [
    {
      id: 'newLink',
      label: t_.newLink,
      overflow: narrow,
      onSelect: () => wb.open({ kind: 'link', id: null }),
    },
    {
      id: 'newOrganisation',
      label: t_.newOrganisation,
      overflow: narrow,
      onSelect: () => wb.open({ kind: 'organisation', id: null }),
    },
    {
      id: 'newPerson',
      label: t_.newPerson,
      overflow: narrow,
      onSelect: () => wb.open({ kind: 'person', id: null }),
    },
    ...(wb.opgaveId
      ? [
          {
            id: 'participants',
            label: t_.participants,
            overflow: medium,
            onSelect: () => wb.open({ kind: 'participants' }),
          },
        ]
      : []),
    {
      id: 'templates',
      label: t_.templates,
      overflow: medium,
      onSelect: () => wb.open({ kind: 'templates' }),
    },
    { id: 'import', label: t_.importFile, overflow: medium, onSelect: () => wb.open({ kind: 'import' }) },
  ];
  const inline = (ids: string[]) =>
    items
      .filter((item) => ids.includes(item.id) && !item.overflow)
      .map((item) => (
        <button key={item.id} type="button" className="secondary" onClick={item.onSelect}>
          {item.label}
        </button>
      ));
  const overflow = items.filter((item) => item.overflow);
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
        {!narrow && (
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
            {inline(['newLink', 'newOrganisation', 'newPerson'])}
          </span>
        )}
        <span className="toolbar-group">
          {inline(['participants', 'templates', 'import'])}
          {overflow.length > 0 && (
            <MoreMenu
              items={overflow}
              draw={narrow ? { on: wb.drawMode, toggle: () => wb.setDrawMode(!wb.drawMode) } : null}
            />
          )}
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
