import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { registerEdgehandles } from './register-edgehandles.ts';

export type DrawnLink = { source: { id: string; label: string }; target: { id: string; label: string } };

/**
 * "Verbinding tekenen": while `enabled`, dragging from one node to another draws a tie (edgehandles'
 * draw mode; nodes cannot be moved then, the background still pans). The drawn edge is only a
 * gesture: it is removed at once and `onDrawn` opens the form that really creates the tie.
 */
export function useDrawLinks(cy: Core | null, enabled: boolean, onDrawn: (link: DrawnLink) => void): void {
  const onDrawnRef = useRef(onDrawn);
  useEffect(() => {
    onDrawnRef.current = onDrawn;
  });

  useEffect(() => {
    if (!cy || !enabled) return;
    registerEdgehandles();
    const handles = cy.edgehandles({
      hoverDelay: 50,
      snap: true,
      snapThreshold: 20,
      canConnect: (source, target) => !source.same(target) && !target.hasClass('eh-ghost'),
      edgeParams: () => ({ data: {}, classes: 'drawn' }),
    });
    handles.enableDrawMode();
    const complete = (_event: EventObject, ...extra: unknown[]) => {
      const [source, target, added] = extra as [NodeSingular, NodeSingular, EdgeSingular | undefined];
      added?.remove();
      onDrawnRef.current({
        source: { id: source.id(), label: String(source.data('label') ?? source.id()) },
        target: { id: target.id(), label: String(target.data('label') ?? target.id()) },
      });
    };
    cy.on('ehcomplete', complete);
    return () => {
      // the map may have been torn down first
      if (cy.destroyed()) return;
      cy.removeListener('ehcomplete', complete);
      handles.disableDrawMode();
      handles.destroy();
    };
  }, [cy, enabled]);
}
