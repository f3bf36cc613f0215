import type { Core } from 'cytoscape';
import type { ReactNode } from 'react';
import { t } from '../../i18n/catalogue.ts';
import { layoutStrings } from '../../i18n/nl-layout.ts';
import { fitView } from './fit-view.ts';

const ZOOM_STEP = 1.3;

/** Small line icons, drawn in the button's text colour; the button's own name says what they do. */
const ICONS: Record<'zoomIn' | 'zoomOut' | 'fit' | 'rearrange', ReactNode> = {
  zoomIn: <path d="M10 4v12M4 10h12" />,
  zoomOut: <path d="M4 10h12" />,
  fit: <path d="M3 7V3h4M13 3h4v4M17 13v4h-4M7 17H3v-4" />,
  rearrange: (
    <>
      <path d="M16 10a6 6 0 0 1-10.5 4" />
      <path d="M4 10a6 6 0 0 1 10.5-4" />
      <path d="M14.5 2.5v3.5H11M5.5 17.5V14H9" />
    </>
  ),
};

type ToolButtonProps = { icon: keyof typeof ICONS; label: string; hint?: string; onClick: () => void };

function ToolButton({ icon, label, hint, onClick }: ToolButtonProps) {
  return (
    <button type="button" onClick={onClick} aria-label={label} title={hint ?? label}>
      <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          {ICONS[icon]}
        </g>
      </svg>
    </button>
  );
}

/**
 * Zoom in, zoom out and show the whole map, as a narrow column of icon buttons in the top right of a
 * Cytoscape map (out of the way of the caption and of the map's middle); with `onRearrange`,
 * "Opnieuw schikken" (a fresh layout, undoable). Each button is named for screen readers and on hover.
 */
export function MapToolbar({ cy, onRearrange }: { cy: Core | null; onRearrange?: () => void }) {
  const zoomBy = (factor: number) => {
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t.map.toolbar} aria-orientation="vertical">
      <ToolButton icon="zoomIn" label={t.map.zoomIn} onClick={() => zoomBy(ZOOM_STEP)} />
      <ToolButton icon="zoomOut" label={t.map.zoomOut} onClick={() => zoomBy(1 / ZOOM_STEP)} />
      <ToolButton icon="fit" label={t.map.fit} onClick={() => cy && fitView(cy)} />
      {onRearrange && (
        <ToolButton
          icon="rearrange"
          label={layoutStrings.rearrange}
          hint={layoutStrings.rearrangeHint}
          onClick={onRearrange}
        />
      )}
    </div>
  );
}
