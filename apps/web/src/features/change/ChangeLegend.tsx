import { t } from '../../i18n/catalogue.ts';
import { CHANGE_COLOURS } from './change-style.ts';

type LineProps = { colour: string; width: number; dash?: string };

function Line({ colour, width, dash }: LineProps) {
  return (
    <svg className="change-swatch" width="40" height="12" viewBox="0 0 40 12" aria-hidden="true">
      <line x1="2" y1="6" x2="38" y2="6" stroke={colour} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

function Ring({ colour, width, dash, faded }: LineProps & { faded?: boolean }) {
  return (
    <svg className="change-swatch" width="40" height="20" viewBox="0 0 40 20" aria-hidden="true">
      <circle
        cx="20"
        cy="10"
        r="7"
        fill="#88CCEE"
        fillOpacity={faded ? 0.35 : 1}
        stroke={colour}
        strokeWidth={width}
        strokeDasharray={dash}
      />
    </svg>
  );
}

/**
 * What the styles of the change map mean, in words beside each sample. With `fold` (a phone), it is
 * a "Legenda" that opens over the map, so that closed it covers next to nothing of the drawing.
 */
export function ChangeLegend({ withInterim, fold = false }: { withInterim: boolean; fold?: boolean }) {
  const items = t.change.legendItems;
  const list = (
    <ul>
      <li>
        <Line colour={CHANGE_COLOURS.gained} width={4.5} />
        {items.gained}
      </li>
      <li>
        <Line colour={CHANGE_COLOURS.lost} width={3} dash="6 4" />
        {items.lost}
      </li>
      <li>
        <Line colour={CHANGE_COLOURS.kept} width={1.5} />
        {items.kept}
      </li>
      <li>
        <Ring colour={CHANGE_COLOURS.gained} width={3.5} />
        {items.joined}
      </li>
      <li>
        <Ring colour={CHANGE_COLOURS.lost} width={2.5} dash="4 3" faded />
        {items.left}
      </li>
      {withInterim && (
        <li>
          <Line colour={CHANGE_COLOURS.interim} width={2} dash="2 3" />
          {items.interim}
        </li>
      )}
    </ul>
  );
  if (fold) {
    return (
      <details className="change-legend change-legend-fold" data-map-overlay="">
        <summary>{t.change.legend}</summary>
        {list}
      </details>
    );
  }
  return (
    <section className="change-legend" aria-labelledby="change-legend-heading" data-map-overlay="">
      <h3 id="change-legend-heading">{t.change.legend}</h3>
      {list}
    </section>
  );
}
