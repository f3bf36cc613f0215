import type { Core } from 'cytoscape';
import { t } from '../../i18n/catalogue.ts';
import { layoutStrings } from '../../i18n/nl-layout.ts';

const ZOOM_STEP = 1.3;

/**
 * Zoom in, zoom out and show the whole map, over the top right of a Cytoscape map; with
 * `onRearrange`, "Opnieuw schikken" (a fresh layout, undoable).
 */
export function MapToolbar({
  cy,
  padding,
  onRearrange,
}: {
  cy: Core | null;
  padding: number;
  onRearrange?: () => void;
}) {
  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t.map.toolbar}>
      <button type="button" onClick={() => zoomBy(ZOOM_STEP)} aria-label={t.map.zoomIn} title={t.map.zoomIn}>
        +
      </button>
      <button
        type="button"
        onClick={() => zoomBy(1 / ZOOM_STEP)}
        aria-label={t.map.zoomOut}
        title={t.map.zoomOut}
      >
        −
      </button>
      <button type="button" onClick={() => cy?.fit(undefined, padding)}>
        {t.map.fit}
      </button>
      {onRearrange && (
        <button type="button" onClick={onRearrange} title={layoutStrings.rearrangeHint}>
          {layoutStrings.rearrange}
        </button>
      )}
    </div>
  );
}
