/**
 * Fast scanners for the two large parts of a workbook, the worksheets and the shared strings: one
 * pass with one regular expression over the tags that matter, instead of a general XML tree (a
 * general parser needs about 15 s for a 50,000-row sheet; this needs well under one). Safe because
 * `parsePart`'s rule applies first: a part with a DTD or entity declaration is refused, so the only
 * entities are XML's five and character references.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

export function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (match[1] ?? '').replace(/^[\w.-]+:/, '');
    attributes[name] = decodeXmlText(match[2] ?? match[3] ?? '');
  }
  return attributes;
}

/**
 * One attribute of a start tag's attribute text, found without a regular expression (this runs for
 * every cell); falls back to `attributesOf` for single quotes or line breaks around attributes.
 */
function attribute(rest: string, name: string): string | undefined {
  if (rest.includes("'") || rest.includes('\n') || rest.includes('\t')) return attributesOf(rest)[name];
  const key = ` ${name}="`;
  const index = rest.indexOf(key);
  if (index < 0) return undefined;
  const start = index + key.length;
  const end = rest.indexOf('"', start);
  return decodeXmlText(rest.slice(start, end < 0 ? rest.length : end));
}

/** A cell as the sheet holds it: reference, type, style, the `<v>` text and the inline string. */
export type RawCell = { r?: string; t?: string; s?: string; v?: string; inline?: string };
export type RawRow = { r?: string; cells: RawCell[] };

const SHEET_TAG = /<(\/)?(?:[A-Za-z_][\w.-]*:)?(row|c|v|is|t|rPh)(?=[\s/>])([^>]*)>/g;

/** Calls `onRow` for every `<row>` of a worksheet, in order, with its cells. */
export function scanSheet(xml: string, onRow: (row: RawRow) => void): void {
  const tag = new RegExp(SHEET_TAG.source, 'g');
  let row: RawRow | undefined;
  let cell: RawCell | undefined;
  let inInline = false;
  let inPhonetic = false;
  for (let match = tag.exec(xml); match !== null; match = tag.exec(xml)) {
    const closing = match[1] === '/';
    const name = match[2];
    const rest = match[3] ?? '';
    const selfClosing = rest.endsWith('/');
    if (closing) {
      if (name === 'row' && row) {
        onRow(row);
        row = undefined;
      } else if (name === 'c' && cell) {
        row?.cells.push(cell);
        cell = undefined;
      } else if (name === 'is') inInline = false;
      else if (name === 'rPh') inPhonetic = false;
      continue;
    }
    switch (name) {
      case 'row': {
        const r = attribute(rest, 'r');
        const opened: RawRow = r === undefined ? { cells: [] } : { r, cells: [] };
        if (selfClosing) onRow(opened);
        else row = opened;
        break;
      }
      case 'c': {
        const opened: RawCell = {};
        const r = attribute(rest, 'r');
        const t = attribute(rest, 't');
        const s = attribute(rest, 's');
        if (r !== undefined) opened.r = r;
        if (t !== undefined) opened.t = t;
        if (s !== undefined) opened.s = s;
        if (selfClosing) row?.cells.push(opened);
        else cell = opened;
        break;
      }
      case 'is':
        if (!selfClosing) inInline = true;
        break;
      case 'rPh':
        if (!selfClosing) inPhonetic = true;
        break;
      case 'v':
      case 't': {
        if (selfClosing || !cell) break;
        const start = tag.lastIndex;
        const end = xml.indexOf('<', start);
        const text = decodeXmlText(xml.slice(start, end < 0 ? xml.length : end));
        if (name === 'v') cell.v = text;
        else if (inInline && !inPhonetic) cell.inline = (cell.inline ?? '') + text;
        if (end >= 0) tag.lastIndex = end;
        break;
      }
    }
  }
}

const SHARED_TAG = /<(\/)?(?:[A-Za-z_][\w.-]*:)?(si|t|rPh)(?=[\s/>])([^>]*)>/g;

/** The shared strings in order: each `<si>`'s `<t>` texts joined, phonetic runs (`<rPh>`) left out. */
export function scanSharedStrings(xml: string): string[] {
  const tag = new RegExp(SHARED_TAG.source, 'g');
  const strings: string[] = [];
  let current: string | undefined;
  let inPhonetic = false;
  for (let match = tag.exec(xml); match !== null; match = tag.exec(xml)) {
    const closing = match[1] === '/';
    const name = match[2];
    const selfClosing = (match[3] ?? '').endsWith('/');
    if (name === 'si') {
      if (closing) {
        strings.push(current ?? '');
        current = undefined;
      } else if (selfClosing) strings.push('');
      else current = '';
    } else if (name === 'rPh') {
      if (!selfClosing) inPhonetic = !closing;
    } else if (!closing && !selfClosing && current !== undefined && !inPhonetic) {
      const start = tag.lastIndex;
      const end = xml.indexOf('<', start);
      current += decodeXmlText(xml.slice(start, end < 0 ? xml.length : end));
      if (end >= 0) tag.lastIndex = end;
    }
  }
  return strings;
}
