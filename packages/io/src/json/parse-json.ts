import { FormatError } from '../format-error.ts';

/** Parses JSON text (BOM allowed), or throws a FormatError naming the line of the syntax error. */
export function parseJson(text: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new FormatError('json', 'het bestand is leeg.');
  try {
    return JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail)?.[1];
    const offset = position === undefined ? body.length : Number(position);
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    throw new FormatError('json', `geen geldige JSON bij kolom ${column} (${detail}).`, { line });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
