import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

export type ReportFigure = { label: string; value: string };

export type ReportStep = {
  title: string;
  caption?: string | null;
  /** The map of this step as a PNG. */
  image?: Uint8Array | null;
  figures?: ReportFigure[];
  /** drawn where the map would be, side by side, when the step has no map */
  tables?: ReportTable[];
  /** what the map's colours and shapes mean: one entry per domain on the map */
  legend?: ReportLegendItem[];
};

/** A legend entry: a filled shape (SVG path in the box -1..1) in a colour (`#rrggbb`), and its meaning. */
export type ReportLegendItem = { label: string; colour: string; path: string };

export type ReportTable = { heading: string; rows: [string, string][] };

/** The report's fixed words, from the catalogue (so the PDF speaks the UI's language). */
export type ReportLabels = {
  cover: string;
  contents: string;
  generated: string;
  dataDate: string;
  purpose: string;
  raad: string;
  figures: string;
  /** heading of the map's legend; without it no legend is drawn */
  legend?: string;
  page: (n: number, of: number) => string;
};

export type ReportInput = {
  title: string;
  subtitle?: string | null;
  purpose?: string | null;
  /** Day the network data shows, already formatted. */
  dataDate: string;
  /** Day the report was made, already formatted. */
  generatedOn: string;
  raad: boolean;
  steps: ReportStep[];
  labels: ReportLabels;
};

// A4 landscape, in points.
const WIDTH = 842;
const HEIGHT = 595;
const MARGIN = 40;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.35, 0.35, 0.4);
const ACCENT = rgb(0.11, 0.25, 0.45);

/** The standard PDF fonts speak WinAnsi: keep what it has, replace what it lacks. */
export function pdfSafe(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2192/g, '->')
    .replace(/\u2026/g, '...')
    .replace(/[^\n\x20-\x7E\u00A0-\u00FF]/gu, '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of pdfSafe(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function paragraph(
  page: PDFPage,
  text: string,
  font: PDFFont,
  size: number,
  x: number,
  y: number,
  width: number,
  color = INK,
) {
  let cursor = y;
  for (const line of wrap(text, font, size, width)) {
    page.drawText(line, { x, y: cursor, size, font, color });
    cursor -= size * 1.35;
  }
  return cursor;
}

type Box = { x: number; y: number; width: number; height: number };

/** Tables in columns inside a box: a heading, then each row's name (wrapped) and its value on the right. */
function drawTables(
  page: PDFPage,
  tables: ReportTable[],
  box: Box,
  fonts: { regular: PDFFont; bold: PDFFont },
): void {
  const gap = 20;
  const width = (box.width - gap * (tables.length + 1)) / tables.length;
  tables.forEach((table, i) => {
    const x = box.x + gap + i * (width + gap);
    let y = box.y + box.height - 28;
    page.drawText(pdfSafe(table.heading), { x, y, size: 12, font: fonts.bold, color: ACCENT });
    y -= 20;
    for (const [name, value] of table.rows) {
      if (y < box.y + 12) break;
      const text = pdfSafe(value);
      const valueWidth = fonts.regular.widthOfTextAtSize(text, 10);
      page.drawText(text, { x: x + width - valueWidth, y, size: 10, font: fonts.regular, color: INK });
      y = paragraph(page, name, fonts.regular, 10, x, y, width - valueWidth - 10, MUTED) - 4;
    }
  });
}

/**
 * The PDF report of a presentation: a cover page, then one page per step with its map, caption and
 * key figures, and a footer with date, data date, purpose and page numbers on every page.
 */
export async function buildReport(input: ReportInput): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(pdfSafe(input.title));
  doc.setCreator('Regiekaart');
  doc.setLanguage('nl-NL');
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const { labels } = input;
  const total = input.steps.length + 1;

  const footer = (page: PDFPage, n: number) => {
    // the version first: a long purpose may be shortened, the raadsversie's mark never
    const parts = [
      ...(input.raad ? [labels.raad] : []),
      `${labels.generated} ${input.generatedOn}`,
      `${labels.dataDate} ${input.dataDate}`,
      ...(input.purpose ? [`${labels.purpose}: ${input.purpose}`] : []),
    ];
    page.drawLine({
      start: { x: MARGIN, y: 34 },
      end: { x: WIDTH - MARGIN, y: 34 },
      thickness: 0.5,
      color: MUTED,
    });
    const number = pdfSafe(labels.page(n, total));
    const numberWidth = regular.widthOfTextAtSize(number, 9);
    page.drawText(number, { x: WIDTH - MARGIN - numberWidth, y: 20, size: 9, font: regular, color: MUTED });
    // the footer line keeps clear of the page number: smaller type first, then shortened
    const room = WIDTH - 2 * MARGIN - numberWidth - 16;
    let text = pdfSafe(parts.join('  -  '));
    let size = 9;
    while (size > 7 && regular.widthOfTextAtSize(text, size) > room) size -= 0.5;
    while (text.length > 1 && regular.widthOfTextAtSize(text, size) > room) text = `${text.slice(0, -4)}...`;
    page.drawText(text, { x: MARGIN, y: 20, size, font: regular, color: MUTED });
  };

  const cover = doc.addPage([WIDTH, HEIGHT]);
  cover.drawRectangle({ x: 0, y: HEIGHT - 12, width: WIDTH, height: 12, color: ACCENT });
  cover.drawText(pdfSafe(labels.cover), { x: MARGIN, y: HEIGHT - 70, size: 12, font: bold, color: ACCENT });
  let y = paragraph(cover, input.title, bold, 30, MARGIN, HEIGHT - 115, WIDTH - 2 * MARGIN);
  if (input.subtitle)
    y = paragraph(cover, input.subtitle, regular, 16, MARGIN, y - 6, WIDTH - 2 * MARGIN, MUTED);
  if (input.purpose)
    y = paragraph(
      cover,
      `${labels.purpose}: ${input.purpose}`,
      regular,
      13,
      MARGIN,
      y - 10,
      WIDTH - 2 * MARGIN,
    );
  y = paragraph(
    cover,
    `${labels.dataDate} ${input.dataDate}`,
    regular,
    13,
    MARGIN,
    y - 4,
    WIDTH - 2 * MARGIN,
  );
  if (input.raad) y = paragraph(cover, labels.raad, bold, 13, MARGIN, y - 4, WIDTH - 2 * MARGIN);
  cover.drawText(pdfSafe(labels.contents), { x: MARGIN, y: y - 24, size: 14, font: bold, color: INK });
  y -= 46;
  input.steps.forEach((step, i) => {
    if (y < 60) return;
    cover.drawText(pdfSafe(`${i + 2}.  ${step.title}`), {
      x: MARGIN + 8,
      y,
      size: 12,
      font: regular,
      color: INK,
    });
    y -= 18;
  });
  footer(cover, 1);

  for (const [i, step] of input.steps.entries()) {
    const page = doc.addPage([WIDTH, HEIGHT]);
    page.drawText(pdfSafe(step.title), { x: MARGIN, y: HEIGHT - 58, size: 22, font: bold, color: INK });
    const side = 230;
    const imageBox = { x: MARGIN, y: 60, width: WIDTH - 2 * MARGIN - side - 20, height: HEIGHT - 140 };
    if (step.image && step.image.length > 0) {
      const png = await doc.embedPng(step.image);
      const scale = Math.min(imageBox.width / png.width, imageBox.height / png.height);
      const w = png.width * scale;
      const h = png.height * scale;
      page.drawImage(png, {
        x: imageBox.x + (imageBox.width - w) / 2,
        y: imageBox.y + (imageBox.height - h) / 2,
        width: w,
        height: h,
      });
    } else if (step.tables?.length) {
      drawTables(page, step.tables, imageBox, { regular, bold });
    }
    page.drawRectangle({ ...imageBox, borderColor: rgb(0.8, 0.8, 0.82), borderWidth: 0.5 });
    const sideX = WIDTH - MARGIN - side;
    let sideY = HEIGHT - 100;
    if (step.caption) sideY = paragraph(page, step.caption, regular, 12, sideX, sideY, side) - 12;
    if (step.figures?.length) {
      page.drawText(pdfSafe(labels.figures), { x: sideX, y: sideY, size: 12, font: bold, color: ACCENT });
      sideY -= 20;
      for (const figure of step.figures) {
        if (sideY < 60) break;
        const value = pdfSafe(figure.value);
        page.drawText(value, { x: sideX, y: sideY, size: 16, font: bold, color: INK });
        // a long value ("194 -> 257") pushes its label to the right, or below it
        const indent = Math.max(70, bold.widthOfTextAtSize(value, 16) + 8);
        sideY =
          indent <= side - 80
            ? paragraph(page, figure.label, regular, 10, sideX + indent, sideY + 2, side - indent, MUTED) - 6
            : paragraph(page, figure.label, regular, 10, sideX, sideY - 14, side, MUTED) - 6;
      }
    }
    if (step.legend?.length && labels.legend)
      drawLegend(page, step.legend, labels.legend, sideX, sideY - 6, side, { regular, bold });
    footer(page, i + 2);
  }
  return doc.save();
}

/** The colour and shape legend in the side column, below the figures, as far as the page allows. */
function drawLegend(
  page: PDFPage,
  items: readonly ReportLegendItem[],
  heading: string,
  x: number,
  top: number,
  width: number,
  fonts: { regular: PDFFont; bold: PDFFont },
): void {
  let y = top;
  if (y < 90) return;
  page.drawText(pdfSafe(heading), { x, y, size: 12, font: fonts.bold, color: ACCENT });
  y -= 18;
  for (const item of items) {
    if (y < 62) break;
    page.drawSvgPath(item.path, {
      x: x + 6,
      y: y + 4,
      scale: 5,
      color: hexColour(item.colour),
      borderColor: INK,
      borderWidth: 0.15,
    });
    y = paragraph(page, item.label, fonts.regular, 10, x + 18, y, width - 18) - 4;
  }
}

function hexColour(hex: string) {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return Number.isNaN(n) ? MUTED : rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}
