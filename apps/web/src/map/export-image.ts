import type { Core } from 'cytoscape';
import { domainAppearance } from './domain-appearance.ts';
import { shapePath } from './shape-path.ts';

const PADDING = 40;
const INK = '#1a1a1a';
const EDGE = '#6b6b6b';

/** The whole map as a PNG at twice the screen resolution. */
export function mapToPng(cy: Core): Blob {
  return cy.png({ full: true, scale: 2, output: 'blob', bg: '#ffffff' });
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
const num = (v: number) => String(Math.round(v * 100) / 100);

/**
 * The map as SVG: edges as lines (arrows for directed ties), nodes in their domain's colour and shape,
 * labels below. Written here because the Cytoscape SVG extension is GPL-licensed.
 */
export function mapToSvg(cy: Core, title: string): string {
  const box = cy.elements().boundingBox({});
  const x0 = (Number.isFinite(box.x1) ? box.x1 : 0) - PADDING;
  const y0 = (Number.isFinite(box.y1) ? box.y1 : 0) - PADDING;
  const width = (Number.isFinite(box.w) ? box.w : 0) + 2 * PADDING;
  const height = (Number.isFinite(box.h) ? box.h : 0) + 2 * PADDING;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(x0)} ${num(y0)} ${num(width)} ${num(height)}" width="${num(width)}" height="${num(height)}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">' +
      `<path d="M 0 0 L 10 5 L 0 10 z" fill="${EDGE}"/></marker></defs>`,
    `<rect x="${num(x0)}" y="${num(y0)}" width="${num(width)}" height="${num(height)}" fill="#ffffff"/>`,
    `<g class="edges" stroke="${EDGE}" stroke-opacity="0.6">`,
  ];
  cy.edges().forEach((edge) => {
    const s = edge.source().position();
    const t = edge.target().position();
    const directed = edge.hasClass('directed');
    // stop arrows at the target's rim
    const radius = Number(edge.target().data('size') ?? 0) / 2;
    const length = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const end = directed
      ? { x: t.x - ((t.x - s.x) / length) * radius, y: t.y - ((t.y - s.y) / length) * radius }
      : t;
    parts.push(
      `<line x1="${num(s.x)}" y1="${num(s.y)}" x2="${num(end.x)}" y2="${num(end.y)}" stroke-width="${num(Number(edge.data('width') ?? 1))}"${directed ? ' marker-end="url(#arrow)"' : ''}/>`,
    );
  });
  parts.push('</g>', '<g class="nodes">');
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    const size = Number(node.data('size') ?? 18);
    const { colour, shape } = domainAppearance(node.data('domain') as string | null);
    const border = Number(node.data('borderWidth') ?? 1);
    const r = size / 2;
    const organisation = node.data('kind') === 'organisation';
    // as on the map: actors around the opgave that do not take part are drawn lighter
    const faded = node.hasClass('context') ? ' opacity="0.5"' : '';
    parts.push(
      `<g transform="translate(${num(x)} ${num(y)})"${faded}><path d="${shapePath(shape)}" transform="scale(${num(r)})" fill="${colour}" stroke="${INK}" stroke-width="${num(border / r)}"/>`,
      `<text y="${num(r + (organisation ? 15 : 12))}" text-anchor="middle" font-size="${organisation ? 12 : 9}"${organisation ? ' font-weight="bold"' : ''} fill="${INK}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${escapeXml(String(node.data('label') ?? ''))}</text></g>`,
    );
  });
  parts.push('</g>', '</svg>');
  return parts.join('\n');
}

/** Saves a blob as a file through a temporary link (no server round trip). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
