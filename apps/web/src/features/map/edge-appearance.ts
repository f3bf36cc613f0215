/**
 * Colour and line style per tie kind, so a kind never depends on colour alone. Colours after Paul
 * Tol's "bright" and "high-contrast" schemes, darkened where needed to stand out on white.
 */

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export type EdgeAppearance = { colour: string; line: LineStyle };

const KNOWN: Record<string, EdgeAppearance> = {
  casusoverleg: { colour: '#004488', line: 'solid' },
  convenant: { colour: '#228833', line: 'solid' },
  escalatie: { colour: '#AA3377', line: 'solid' },
  overleg: { colour: '#555555', line: 'dashed' },
  doorverwijzing: { colour: '#BB5566', line: 'dashed' },
  colocatie: { colour: '#8A6D00', line: 'dashed' },
  informeel: { colour: '#777777', line: 'dotted' },
  financiering: { colour: '#117777', line: 'dotted' },
  opdrachtgever: { colour: '#C25400', line: 'dotted' },
};

const SPARE: EdgeAppearance = { colour: '#6b6b6b', line: 'dashed' };

export const LINE_STYLES: readonly LineStyle[] = ['solid', 'dashed', 'dotted'];

export function edgeAppearance(kind: string | null | undefined): EdgeAppearance {
  return (kind ? KNOWN[kind] : undefined) ?? SPARE;
}

/** Known kinds first, in their fixed order, then the others alphabetically. */
export function compareKinds(a: string, b: string): number {
  const order = Object.keys(KNOWN);
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
  return a.localeCompare(b);
}

/** SVG stroke-dasharray for a line style at a given stroke width, as Cytoscape draws it. */
export function dashArray(line: LineStyle, width: number): string | undefined {
  if (line === 'dashed') return `${width * 3} ${width * 2}`;
  if (line === 'dotted') return `${width} ${width * 1.5}`;
  return undefined;
}
