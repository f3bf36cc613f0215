/**
 * Colour and shape per domain, so a domain never depends on colour alone.
 * Colours: Paul Tol's "muted" scheme, distinguishable with the common colour-vision deficiencies
 * (https://personal.sron.nl/~pault/#sec:qualitative).
 */

export type NodeShape =
  | 'ellipse'
  | 'triangle'
  | 'round-rectangle'
  | 'diamond'
  | 'pentagon'
  | 'hexagon'
  | 'star'
  | 'rhomboid'
  | 'vee'
  | 'tag'
  | 'concave-hexagon'
  | 'heptagon'
  | 'octagon';

export type DomainAppearance = { colour: string; shape: NodeShape };

const KNOWN: Record<string, DomainAppearance> = {
  zorg: { colour: '#117733', shape: 'ellipse' },
  veiligheid: { colour: '#332288', shape: 'triangle' },
  sociaal_domein: { colour: '#DDCC77', shape: 'round-rectangle' },
  justitie: { colour: '#882255', shape: 'diamond' },
  bestuur: { colour: '#88CCEE', shape: 'pentagon' },
  onderwijs: { colour: '#CC6677', shape: 'hexagon' },
  wonen: { colour: '#999933', shape: 'star' },
  werk_en_inkomen: { colour: '#AA4499', shape: 'rhomboid' },
};

/** For nodes without a domain (e.g. a person not in any organisation on that day). */
export const NO_DOMAIN: DomainAppearance = { colour: '#DDDDDD', shape: 'vee' };

// domains added by users get the spare colour and a shape picked from their code
const SPARE_COLOUR = '#44AA99';
const SPARE_SHAPES: readonly NodeShape[] = ['tag', 'concave-hexagon', 'heptagon', 'octagon'];

export function domainAppearance(domain: string | null | undefined): DomainAppearance {
  if (!domain) return NO_DOMAIN;
  const known = KNOWN[domain];
  if (known) return known;
  let hash = 0;
  for (const char of domain) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return { colour: SPARE_COLOUR, shape: SPARE_SHAPES[hash % SPARE_SHAPES.length] ?? 'octagon' };
}

/** Known domains first, in their fixed order, then the others alphabetically. */
export function compareDomains(a: string, b: string): number {
  const order = Object.keys(KNOWN);
  const ia = order.indexOf(a);
  const ib = order.indexOf(b);
  if (ia >= 0 || ib >= 0) return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib);
  return a.localeCompare(b);
}
