import type { SurveyTie } from '@regiekaart/model';
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'react';

type Props = {
  actors: { id: string; label: string; responded: boolean }[];
  ties: SurveyTie[];
  /** accessible name of the canvas */
  label: string;
};

/**
 * The survey's result as a map: confirmed ties drawn through, one-sided ties dashed, respondents
 * who did not answer drawn hollow. It only draws; the data comes in through props.
 */
export function SurveyMap({ actors, ties, label }: Props) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const instance = cytoscape({
      container,
      minZoom: 0.2,
      maxZoom: 4,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': '#0b57d0',
            width: 18,
            height: 18,
            'font-size': 11,
            color: '#1a1a1a',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            'text-wrap': 'wrap',
            'text-max-width': '110px',
          },
        },
        {
          selector: 'node[!responded]',
          style: { 'background-color': '#ffffff', 'border-width': 2, 'border-color': '#555555' },
        },
        { selector: 'edge', style: { width: 2.5, 'line-color': '#333333', 'curve-style': 'bezier' } },
        { selector: 'edge[!confirmed]', style: { 'line-style': 'dashed', 'line-color': '#777777' } },
        {
          selector: 'edge[?directed]',
          style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': '#555555' },
        },
      ],
    });
    // a phone turned or the panel hidden: the whole result stays in view
    let frame = 0;
    const resize = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        instance.resize();
        if (instance.nodes().length) instance.fit(undefined, 40);
      });
    });
    resize.observe(container);
    cyRef.current = instance;
    window.cy = instance;
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      instance.destroy();
      if (window.cy === instance) window.cy = undefined;
    };
  }, []);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.elements().remove();
    cy.add([
      ...actors.map((a) => ({
        group: 'nodes' as const,
        data: { id: a.id, label: a.label, responded: a.responded },
      })),
      ...ties
        .filter((t) => actors.some((a) => a.id === t.sourceId) && actors.some((a) => a.id === t.targetId))
        .map((t, i) => ({
          group: 'edges' as const,
          data: {
            id: `t${i}-${t.sourceId}-${t.targetId}`,
            source: t.sourceId,
            target: t.targetId,
            confirmed: t.confirmed,
            directed: t.directed,
          },
        })),
    ]);
    cy.layout({ name: 'circle', padding: 40, animate: false }).run();
  }, [actors, ties]);

  return <div ref={containerRef} className="map-canvas survey-map" role="img" aria-label={label} />;
}
