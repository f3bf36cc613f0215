import type { Network } from '@regiekaart/model';
import cytoscape, { type Core, type ElementDefinition, type Position, type StylesheetJson } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { LayoutState } from '../map/CytoscapeMap.tsx';
import { spacedFcoseOptions } from '../map/fcose-options.ts';
import { MapToolbar } from '../map/MapToolbar.tsx';
import { mapStyle } from '../map/map-style.ts';
import { registerFcose } from '../map/register-fcose.ts';
import { type ChangeElements, momentOf } from './change-elements.ts';
import { changeStyle } from './change-style.ts';

type Props = {
  /** the union of both dates, classed by change */
  elements: ChangeElements;
  /** replay: the network on the shown day, drawn on the union's positions; null: the comparison */
  moment: Network | null;
  /** accessible name of the canvas */
  label: string;
  /** id of the text that summarises the map */
  describedBy?: string;
  onLayoutStateChange?: (state: LayoutState) => void;
  /** drawn after the change style, e.g. larger labels for a projector; keep it one object */
  extraStyle?: StylesheetJson;
};

/**
 * Draws the change between two dates: the union of both networks, laid out once with fcose, ties and
 * actors styled by how they changed. During the replay it shows and hides elements on the same
 * positions. It only draws; the data comes in through props. The instance is `window.cy` for tests.
 */
export function ChangeMap({ elements, moment, label, describedBy, onLayoutStateChange, extraStyle }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  // bumped when a layout finishes, so the replay's moment is applied to the new drawing
  const [laidOut, setLaidOut] = useState(0);
  const onLayoutRef = useRef(onLayoutStateChange);
  useEffect(() => {
    onLayoutRef.current = onLayoutStateChange;
  });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    registerFcose();
    const instance = cytoscape({
      container,
      style: [...mapStyle, ...changeStyle, ...(extraStyle ?? [])],
      minZoom: 0.05,
      maxZoom: 5,
      boxSelectionEnabled: false,
    });
    const resizeObserver = new ResizeObserver(() => instance.resize());
    resizeObserver.observe(container);
    window.cy = instance;
    setCy(instance);
    return () => {
      resizeObserver.disconnect();
      instance.destroy();
      if (window.cy === instance) window.cy = undefined;
    };
  }, [extraStyle]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new layout only when the union changes (its key)
  useEffect(() => {
    const container = containerRef.current;
    if (!cy || !container) return;
    const mark = (state: LayoutState) => {
      container.dataset.layoutState = state;
      container.setAttribute('aria-busy', String(state === 'running'));
      onLayoutRef.current?.(state);
    };
    const spread = Math.sqrt(elements.nodes.length) * 40;
    const jitter = () => (Math.random() - 0.5) * spread;
    cy.batch(() => {
      cy.elements().remove();
      cy.add([
        ...elements.nodes.map((n) => ({ ...n, position: { x: jitter(), y: jitter() } })),
        ...elements.edges,
      ] as ElementDefinition[]);
    });
    const count = cy.nodes().length;
    if (count === 0) {
      mark('done');
      setLaidOut((n) => n + 1);
      return;
    }
    const options = spacedFcoseOptions(cy);
    const layout = cy.layout(options);
    let current = true;
    layout.one('layoutstop', () => {
      if (!current) return;
      mark('done');
      setLaidOut((n) => n + 1);
    });
    mark('running');
    // fcose runs synchronously; wait for a paint so the "laying out" status shows first
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => layout.run(), 0);
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      layout.stop();
    };
  }, [cy, elements.key]);

  useEffect(() => {
    if (!cy || laidOut === 0) return;
    cy.batch(() => {
      cy.elements('.interim').remove();
      const union = cy.elements();
      if (!moment) {
        union.removeClass('hidden');
        return;
      }
      const shown = momentOf(moment, {
        nodes: new Set(union.nodes().map((n) => n.id())),
        edges: new Set(union.edges().map((e) => e.id())),
      });
      union.nodes().forEach((node) => {
        node.toggleClass('hidden', !shown.nodes.has(node.id()));
      });
      union.edges().forEach((edge) => {
        edge.toggleClass('hidden', !shown.edges.has(edge.id()));
      });
      // actors only present in between get a spot beside a neighbour that is already drawn
      const near = new Map<string, Position>();
      for (const { data } of shown.extraEdges) {
        const source = cy.getElementById(data.source);
        const target = cy.getElementById(data.target);
        if (source.nonempty()) near.set(data.target, source.position());
        if (target.nonempty()) near.set(data.source, target.position());
      }
      const extent = cy.nodes().boundingBox({});
      cy.add([
        ...shown.extraNodes.map((node) => {
          const anchor = near.get(String(node.data.id));
          const position = anchor
            ? { x: anchor.x + (Math.random() - 0.5) * 80, y: anchor.y + (Math.random() - 0.5) * 80 }
            : { x: extent.x2 + 40, y: extent.y1 + Math.random() * Math.max(1, extent.h) };
          return { ...node, position };
        }),
        ...shown.extraEdges,
      ] as ElementDefinition[]);
    });
  }, [cy, moment, laidOut]);

  return (
    <div className="map change-map">
      <MapToolbar cy={cy} padding={30} />
      <div
        ref={containerRef}
        className="map-canvas"
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        data-layout-state="idle"
        data-testid="change-map"
      />
    </div>
  );
}
