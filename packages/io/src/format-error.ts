import type { IoFormat } from './io-format.ts';

const FORMAT_LABELS: Record<IoFormat, string> = {
  csv: 'CSV',
  xlsx: 'Excel',
  graphml: 'GraphML',
  gexf: 'GEXF',
  json: 'JSON',
};

/** Where in a file a problem sits: a line (CSV, XML) and/or an element (XML, JSON). */
export type FormatErrorLocation = { line?: number; element?: string };

/**
 * A file that cannot be read as a whole. The message is Dutch (it is shown to users) and names the
 * line or element that is wrong; `problem` holds the message without the location.
 */
export class FormatError extends Error {
  override readonly name = 'FormatError';
  readonly format: IoFormat;
  readonly problem: string;
  readonly line?: number;
  readonly element?: string;

  constructor(format: IoFormat, problem: string, location: FormatErrorLocation = {}) {
    const where = [location.element, location.line === undefined ? undefined : `regel ${location.line}`]
      .filter((part) => part !== undefined)
      .join(', ');
    super(`${FORMAT_LABELS[format]}-bestand${where ? `, ${where}` : ''}: ${problem}`);
    this.format = format;
    this.problem = problem;
    if (location.line !== undefined) this.line = location.line;
    if (location.element !== undefined) this.element = location.element;
  }
}

/**
 * Names an element for a message: `<node id="n3"> (nr. 3)` in XML, `"nodes" nr. 3 (id "n3")` in JSON;
 * the position counts elements of that kind from 1. CSV rows are named by their line instead.
 */
export function describeElement(
  format: IoFormat,
  tag: string,
  id: string | undefined,
  position: number,
): string | undefined {
  if (format === 'csv' || format === 'xlsx') return undefined;
  if (format === 'json') return `"${tag}" nr. ${position}${id === undefined ? '' : ` (id "${id}")`}`;
  return `<${tag}${id === undefined ? '' : ` id="${id}"`}> (nr. ${position})`;
}
