import type { Core } from 'cytoscape';
import { domainAppearance } from './domain-appearance.ts';
import { wrapLabel } from './label-culling.ts';
import { shapePath } from './shape-path.ts';

const PADDING = 40;
const INK = '#1a1a1a';
const EDGE = '#6b6b6b';

/** A4's long side at 300 dpi: the long side of an exported PNG, for print. */
export const PRINT_LONG_SIDE = 3508;
/** white space around the map and the footer band of a composed PNG, in pixels at print size */
const PRINT_MARGIN = 60;

function printPng(cy: Core, longSide: number): Blob {
  // without `scale`, Cytoscape fits the whole drawing within the maximum size, scaling up or down
  return cy.png({ full: true, maxWidth: longSide, maxHeight: longSide, output: 'blob', bg: '#ffffff' });
}

/** The whole map as a PNG for print: its long side at A4's 300 dpi (3508 px). */
export function mapToPng(cy: Core): Blob {
  return printPng(cy, PRINT_LONG_SIDE);
}

/**
 * The map as a print PNG with a footer line under it (the raadsversie's date, data date and purpose),
 * composed on a canvas. Without a footer, the same as `mapToPng`.
 */
export async function mapToPngWithFooter(cy: Core, footer: string | null): Promise<Blob> {
  if (!footer) return mapToPng(cy);
  const map = await createImageBitmap(printPng(cy, PRINT_LONG_SIDE - 2 * PRINT_MARGIN));
  // read before close(), which makes a bitmap 0 by 0
  const mapHeight = map.height;
  const width = map.width + 2 * PRINT_MARGIN;
  let fontSize = Math.round(Math.max(width, mapHeight) / 90);
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');
  if (!context) throw new Error('export-image: no 2d canvas to compose the PNG on');
  const font = (size: number) => `${size}px system-ui, sans-serif`;
  // a long purpose on a narrow map: a smaller font rather than a cut-off line
  context.font = font(fontSize);
  const room = width - 2 * PRINT_MARGIN;
  const measured = context.measureText(footer).width;
  if (measured > room) fontSize = Math.max(8, Math.floor((fontSize * room) / measured));
  const band = Math.round(fontSize * 2.5);
  canvas.width = width;
  canvas.height = mapHeight + 2 * PRINT_MARGIN + band;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(map, PRINT_MARGIN, PRINT_MARGIN);
  map.close();
  const lineY = PRINT_MARGIN + mapHeight + Math.round(band / 3);
  context.strokeStyle = EDGE;
  context.lineWidth = Math.max(1, Math.round(fontSize / 12));
  context.beginPath();
  context.moveTo(PRINT_MARGIN, lineY);
  context.lineTo(width - PRINT_MARGIN, lineY);
  context.stroke();
  context.fillStyle = INK;
  context.font = font(fontSize);
  context.textBaseline = 'top';
  context.fillText(footer, PRINT_MARGIN, lineY + Math.round(fontSize / 2));
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('export-image: the canvas gave no PNG'))),
      'image/png',
    ),
  );
}

/**
 * Text as XML character data: markup characters escaped, and characters XML 1.0 does not allow at all
 * (control characters other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) dropped, so a
 * name with a stray control character still gives a well-formed SVG.
 */
export const escapeXml = (text: string) =>
  text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly the characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu, '')
    .replace(
      /[<>&"']/g,
      (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
    );
const num = (v: number) => String(Math.round(v * 100) / 100);

const FOOTER_FONT_SIZE = 12;
const FOOTER_HEIGHT = 32;
// a generous average glyph width, so the footer line fits whatever the font
const FOOTER_CHAR_WIDTH = 0.62 * FOOTER_FONT_SIZE;

/**
 * The map as SVG: edges as lines (arrows for directed ties), nodes in their domain's colour and shape,
 * labels below; with `footer`, one line of text under the map (the raadsversie's date, data date and
 * purpose), the drawing widened where the line needs it. Written here because the Cytoscape SVG
 * extension is GPL-licensed.
 */
export function mapToSvg(cy: Core, title: string, footer: string | null = null): string {
  const box = cy.elements().boundingBox({});
  let x0 = (Number.isFinite(box.x1) ? box.x1 : 0) - PADDING;
  const y0 = (Number.isFinite(box.y1) ? box.y1 : 0) - PADDING;
  let width = (Number.isFinite(box.w) ? box.w : 0) + 2 * PADDING;
  const mapHeight = (Number.isFinite(box.h) ? box.h : 0) + 2 * PADDING;
  const height = mapHeight + (footer ? FOOTER_HEIGHT : 0);
  if (footer) {
    const needed = footer.length * FOOTER_CHAR_WIDTH + 2 * PADDING;
    if (needed > width) {
      x0 -= (needed - width) / 2;
      width = needed;
    }
  }
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
    const fontSize = organisation ? 12 : 9;
    const label = String(node.data('label') ?? '');
    // as on the map: long names wrap onto more lines, never cut off; the full name is also the title
    const lines = wrapLabel(label, fontSize, organisation, organisation ? 160 : 110);
    const tspans = lines
      .map((line, i) => `<tspan x="0" dy="${i === 0 ? 0 : num(fontSize * 1.2)}">${escapeXml(line)}</tspan>`)
      .join('');
    parts.push(
      `<g transform="translate(${num(x)} ${num(y)})"${faded}><title>${escapeXml(label)}</title><path d="${shapePath(shape)}" transform="scale(${num(r)})" fill="${colour}" stroke="${INK}" stroke-width="${num(border / r)}"/>`,
      `<text y="${num(r + (organisation ? 15 : 12))}" text-anchor="middle" font-size="${fontSize}"${organisation ? ' font-weight="bold"' : ''} fill="${INK}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${tspans}</text></g>`,
    );
  });
  parts.push('</g>');
  if (footer) {
    const lineY = y0 + mapHeight;
    parts.push(
      `<g class="footer"><line x1="${num(x0 + PADDING)}" y1="${num(lineY)}" x2="${num(x0 + width - PADDING)}" y2="${num(lineY)}" stroke="${EDGE}" stroke-width="0.5"/>`,
      `<text x="${num(x0 + PADDING)}" y="${num(lineY + FOOTER_HEIGHT / 2 + FOOTER_FONT_SIZE / 3)}" font-size="${FOOTER_FONT_SIZE}" fill="${INK}">${escapeXml(footer)}</text></g>`,
    );
  }
  parts.push('</svg>');
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
