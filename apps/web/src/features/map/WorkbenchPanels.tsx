import { useCanEdit } from '../../api/session.ts';
import { t } from '../../i18n/catalogue.ts';
import { NotesPanel } from './NotesPanel.tsx';
import { SavedViewsPanel } from './SavedViewsPanel.tsx';
import { SelectedActorPanel } from './SelectedActorPanel.tsx';
import type { MapWorkbench } from './use-map-workbench.ts';

/** The workbench's sections in the map's side column. */
export function WorkbenchPanels({ wb }: { wb: MapWorkbench }) {
  const network = wb.network;
  // a lezer reads notes and opens saved views; editing is not theirs
  const readOnly = !useCanEdit();
  return (
    <>
      {!readOnly && <SelectedActorPanel wb={wb} />}
      {network && (
        <NotesPanel
          opgaveId={wb.opgaveId}
          network={network}
          onAddMapNote={() =>
            wb.open({
              kind: 'annotation',
              annotation: null,
              target: {
                type: 'map',
                id: wb.opgaveId ?? 'network',
                label: wb.opgaveId ? t.notes.targetMap : t.notes.targetNetwork,
              },
            })
          }
          onEdit={(annotation) => wb.open({ kind: 'annotation', annotation, target: null })}
          readOnly={readOnly}
        />
      )}
      <SavedViewsPanel
        opgaveId={wb.opgaveId}
        activeViewId={wb.saved.viewId}
        snapshot={wb.snapshot}
        onSave={() => wb.open({ kind: 'view', view: null })}
        onRename={(view) => wb.open({ kind: 'view', view })}
        readOnly={readOnly}
      />
    </>
  );
}
