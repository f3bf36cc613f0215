import type { IoFormat } from './io-format.ts';

/** Every format `readGraph` reads. */
export const IO_FORMATS = ['csv', 'graphml', 'gexf', 'json', 'xlsx'] as const satisfies readonly IoFormat[];

const EXTENSIONS: Record<string, IoFormat> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  graphml: 'graphml',
  gexf: 'gexf',
  json: 'json',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  xls: 'xlsx',
};

/** The format a file's content shows at its start, if it shows one. */
function sniff(text: string): IoFormat | null {
  // A zip archive (an .xlsx workbook) read as text starts with PK\u0003\u0004; an old .xls with the
  // OLE signature. Both go to the workbook reader, which refuses the .xls with a clear message.
  if (text.startsWith('PK\u0003\u0004') || text.startsWith('\uFFFD\uFFFD\u0011\uFFFD')) return 'xlsx';
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096);
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  if (start.startsWith('<')) {
    if (/<(\w+:)?graphml[\s>]/.test(start)) return 'graphml';
    if (/<(\w+:)?gexf[\s>]/.test(start)) return 'gexf';
  }
  return null;
}

/**
 * Guesses a file's format: from its content when that is clear (JSON, a `<graphml>` or `<gexf>` root,
 * a zip archive = xlsx), else from the extension (.csv, .tsv, .txt, .graphml, .gexf, .json, .xlsx), else CSV when the first line has a
 * `;`, `,` or tab. `null` when nothing fits.
 */
export function detectFormat(fileName: string, text: string): IoFormat | null {
  const sniffed = sniff(text);
  if (sniffed) return sniffed;
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  const byExtension = extension === undefined ? undefined : EXTENSIONS[extension];
  if (byExtension) return byExtension;
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return !firstLine.trimStart().startsWith('<') && /[;,\t]/.test(firstLine) ? 'csv' : null;
}
