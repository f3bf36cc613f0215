import type { TieMatrix } from '@regiekaart/model';
import { interpolatePuOr, scaleBand, scaleDiverging, select } from 'd3';
import { useEffect, useRef } from 'react';
import { t } from '../../i18n/catalogue.ts';
import { formatMetric } from './metric-values.ts';

type Props = {
  matrix: TieMatrix;
  groupLabel: (group: string | null) => string;
};

const CELL = 52;
const LABEL_WIDTH = 130;
const LABEL_HEIGHT = 110;
// ratios beyond 4x (or 1/4) get the strongest colour
const LOG_LIMIT = 2;

/** Colour of a ratio observed / expected: orange above 1, purple-blue below, white at 1. */
export function ratioColour(ratio: number | null): string {
  if (ratio === null) return '#eeeeee';
  const log = ratio === 0 ? -LOG_LIMIT : Math.max(-LOG_LIMIT, Math.min(LOG_LIMIT, Math.log2(ratio)));
  // PuOr runs purple (0) to orange (1); the darkest ends are left out so the numbers stay legible
  return scaleDiverging((v: number) => interpolatePuOr(0.12 + 0.76 * v)).domain([-LOG_LIMIT, 0, LOG_LIMIT])(
    log,
  );
}

function inkFor(background: string): string {
  const rgb = background.match(/\d+/g)?.map(Number) ?? [255, 255, 255];
  const [r = 255, g = 255, b = 255] = rgb;
  return 0.299 * r + 0.587 * g + 0.114 * b < 140 ? '#ffffff' : '#1a1a1a';
}

/**
 * d3 adapter: draws the group-by-group tie matrix as a heatmap (colour: observed against expected,
 * number: observed ties). It only draws; the table beside it carries the same numbers for everyone.
 */
export function DomainHeatmap({ matrix, groupLabel }: Props) {
  const ref = useRef<SVGSVGElement>(null);

  useEffect(() => {
    const svg = ref.current;
    if (!svg) return;
    const groups = matrix.groups.map((g) => (g === null ? null : String(g)));
    const keys = groups.map((_, i) => String(i));
    const x = scaleBand<string>()
      .domain(keys)
      .range([0, keys.length * CELL])
      .padding(0.04);
    const root = select(svg);
    root.selectAll('*').remove();
    const width = LABEL_WIDTH + keys.length * CELL + 8;
    const height = LABEL_HEIGHT + keys.length * CELL + 8;
    root.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);

    const grid = root.append('g').attr('transform', `translate(${LABEL_WIDTH},${LABEL_HEIGHT})`);
    root
      .append('g')
      .attr('transform', `translate(${LABEL_WIDTH - 8},${LABEL_HEIGHT})`)
      .selectAll('text')
      .data(groups)
      .join('text')
      .attr('x', 0)
      .attr('y', (_, i) => (x(String(i)) ?? 0) + x.bandwidth() / 2)
      .attr('text-anchor', 'end')
      .attr('dominant-baseline', 'middle')
      .attr('class', 'heatmap-label')
      .text((g) => groupLabel(g));
    root
      .append('g')
      .attr('transform', `translate(${LABEL_WIDTH},${LABEL_HEIGHT - 8})`)
      .selectAll('text')
      .data(groups)
      .join('text')
      .attr('transform', (_, i) => `translate(${(x(String(i)) ?? 0) + x.bandwidth() / 2},0) rotate(-45)`)
      .attr('text-anchor', 'start')
      .attr('class', 'heatmap-label')
      .text((g) => groupLabel(g));

    const cells = matrix.observed.flatMap((row, i) =>
      row.map((observed, j) => ({
        i,
        j,
        observed,
        expected: matrix.expected[i]?.[j] ?? 0,
        ratio: matrix.ratio[i]?.[j] ?? null,
      })),
    );
    const cell = grid
      .selectAll('g')
      .data(cells)
      .join('g')
      .attr('transform', (d) => `translate(${x(String(d.j)) ?? 0},${x(String(d.i)) ?? 0})`)
      .attr('data-cell', (d) => `${groups[d.i] ?? ''}|${groups[d.j] ?? ''}`);
    cell
      .append('rect')
      .attr('width', x.bandwidth())
      .attr('height', x.bandwidth())
      .attr('rx', 3)
      .attr('fill', (d) => ratioColour(d.ratio))
      .attr('stroke', (d) => (d.i === d.j ? '#1a1a1a' : 'none'))
      .attr('stroke-width', 1.5);
    cell
      .append('text')
      .attr('x', x.bandwidth() / 2)
      .attr('y', x.bandwidth() / 2)
      .attr('text-anchor', 'middle')
      .attr('dominant-baseline', 'middle')
      .attr('class', 'heatmap-value')
      .attr('fill', (d) => inkFor(ratioColour(d.ratio)))
      .text((d) => String(d.observed));
    cell
      .append('title')
      .text((d) =>
        t.workbench.heatmap.cellTitle(
          groupLabel(groups[d.i] ?? null),
          groupLabel(groups[d.j] ?? null),
          d.observed,
          formatMetric(d.expected),
        ),
      );
  }, [matrix, groupLabel]);

  return (
    <svg
      ref={ref}
      className="heatmap"
      role="img"
      aria-label={t.workbench.heatmap.chartLabel}
      data-testid="domain-heatmap"
    />
  );
}
