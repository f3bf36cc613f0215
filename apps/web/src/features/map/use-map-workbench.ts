import type { Annotation, Network, View } from '@regiekaart/model';
import { useQueryClient } from '@tanstack/react-query';
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { t } from '../../i18n/catalogue.ts';
import type { MapView } from '../../routing/route.ts';
import type { MergeSubject } from '../import/MergeDialog.tsx';
import type { MapSelection } from './CytoscapeMap.tsx';
import { editHistory } from './edit/edit-history.ts';
import type { NoteTarget } from './forms/AnnotationForm.tsx';
import type { LinkPrefill } from './forms/LinkForm.tsx';
import type { MapSnapshot } from './forms/ViewForm.tsx';
import { nodesById } from './node-index.ts';
import { useDrawLinks } from './use-draw-links.ts';
import { useSavedView } from './use-saved-view.ts';
import { hashQuery, useHash, viewStateFromQuery } from './view-route.ts';

export type Editor =
  | { kind: 'organisation'; id: string | null }
  | { kind: 'person'; id: string | null }
  | { kind: 'link'; id: string | null; prefill?: LinkPrefill }
  | { kind: 'participants' }
  | { kind: 'templates' }
  | { kind: 'annotation'; annotation: Annotation | null; target: NoteTarget | null }
  | { kind: 'view'; view: View | null }
  | { kind: 'import' }
  | { kind: 'merge'; actor: MergeSubject };

type Options = {
  opgaveId: string | null;
  view: MapView;
  network: Network | undefined;
  /** what is selected on the map: an actor or a tie */
  selected: MapSelection | null;
  /** selects an actor (null: nothing) */
  onSelect: (id: string | null) => void;
  /** the raadsversie: nothing is edited, and no saved view (positions per person) is loaded */
  raad?: boolean;
};

const NODE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
const round = (v: number) => Math.round(v * 10) / 10;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * The state of the "working" half of the map screen: which form is open, the edge-drawing mode,
 * the session's undo/redo, the saved view in the URL and the Cytoscape instance the tools work on.
 */
export function useMapWorkbench({ opgaveId, view, network, selected, onSelect, raad = false }: Options) {
  const selectedId = selected?.type === 'node' ? selected.id : null;
  const selectedEdgeId = selected?.type === 'edge' ? selected.id : null;
  const queryClient = useQueryClient();
  const [cy, setCy] = useState<Core | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [drawMode, setDrawMode] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [historyError, setHistoryError] = useState<unknown>(null);
  const history = useSyncExternalStore(editHistory.subscribe, editHistory.getState);
  const saved = useSavedView(opgaveId, !raad);
  const hash = useHash();

  const close = useCallback(() => setEditor(null), []);
  /** closes the form after a successful edit and announces what was saved */
  const finish = useCallback(() => {
    setEditor(null);
    const label = editHistory.getState().undoLabel;
    if (label) setStatus(t.edit.history.done(label));
  }, []);

  useDrawLinks(cy, drawMode && !raad, (drawn) =>
    setEditor({ kind: 'link', id: null, prefill: { source: drawn.source, target: drawn.target } }),
  );

  const undo = useCallback(async () => {
    setHistoryError(null);
    try {
      const label = await editHistory.undo(queryClient);
      setStatus(label ? t.edit.history.undone(label) : t.edit.history.nothingToUndo);
    } catch (error) {
      setHistoryError(error);
    }
  }, [queryClient]);

  const redo = useCallback(async () => {
    setHistoryError(null);
    try {
      const label = await editHistory.redo(queryClient);
      setStatus(label ? t.edit.history.redone(label) : t.edit.history.nothingToRedo);
    } catch (error) {
      setHistoryError(error);
    }
  }, [queryClient]);

  // Ctrl+Z / Ctrl+Shift+Z (and Ctrl+Y), except while typing, where the browser's own undo applies
  useEffect(() => {
    if (raad) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        void undo();
      } else if ((key === 'z' && event.shiftKey) || key === 'y') {
        event.preventDefault();
        void redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo, raad]);

  const snapshot = useCallback((): MapSnapshot => {
    const positions: MapSnapshot['positions'] = {};
    cy?.nodes().forEach((node) => {
      // organisation boxes follow their people; edge-drawing helpers are no actors
      if (!NODE_ID.test(node.id()) || node.hasClass('eh-ghost') || node.data('group')) return;
      const { x, y } = node.position();
      positions[node.id()] = { x: round(x), y: round(y) };
    });
    const { filters, styling } = viewStateFromQuery(hashQuery(hash));
    return {
      opgaveId,
      positions,
      filters: {
        ...filters,
        level: view.level,
        ...(opgaveId ? { hops: view.hops } : {}),
        ...(view.asOf ? { asOf: view.asOf } : {}),
      },
      styling,
    };
  }, [cy, hash, opgaveId, view]);

  const actorLabel = useCallback(
    (id: string) => (network ? nodesById(network).get(id)?.label : undefined),
    [network],
  );

  return {
    opgaveId,
    view,
    raad,
    network,
    selectedId,
    selectedEdgeId,
    onSelect,
    cy,
    setCy,
    editor,
    open: setEditor,
    close,
    finish,
    drawMode,
    setDrawMode,
    history,
    historyError,
    undo,
    redo,
    status,
    setStatus,
    saved,
    snapshot,
    actorLabel,
  };
}

export type MapWorkbench = ReturnType<typeof useMapWorkbench>;
