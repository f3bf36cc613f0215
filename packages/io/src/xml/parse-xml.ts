import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FormatError } from '../format-error.ts';
import type { IoFormat } from '../io-format.ts';

/** An XML element with namespace prefixes removed; `text` joins its own text and CDATA. */
export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  /** 1-based line of the start tag. */
  line?: number;
};

type OrderedNode = Record<string, unknown>;

const ATTRIBUTES = ':@';
const TEXT = '#text';

const parser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  removeNSPrefix: true,
  // Decodes numeric character references (&#10;) as well as the five XML entities; CDATA stays verbatim.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});
const META = XMLParser.getMetaDataSymbol();

const XML_PROBLEMS: Record<string, string> = {
  InvalidTag: 'een element is niet goed geopend of gesloten',
  InvalidAttr: 'een attribuut is niet goed geschreven',
  InvalidChar: 'onverwacht teken',
  InvalidXml: 'geen goed gevormde XML',
};

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toElement(node: OrderedNode, starts: readonly number[]): XmlElement | string | undefined {
  const name = Object.keys(node).find((key) => key !== ATTRIBUTES);
  if (name === undefined) return undefined;
  const content = node[name];
  if (name === TEXT) return typeof content === 'string' ? content : String(content ?? '');
  const attributes: Record<string, string> = {};
  const rawAttributes = node[ATTRIBUTES];
  if (isRecord(rawAttributes)) {
    for (const [key, value] of Object.entries(rawAttributes)) attributes[key] = String(value);
  }
  const children: XmlElement[] = [];
  let text = '';
  if (Array.isArray(content)) {
    for (const child of content) {
      if (!isRecord(child)) continue;
      const converted = toElement(child, starts);
      if (typeof converted === 'string') text += converted;
      else if (converted) children.push(converted);
    }
  }
  const meta = (node as Record<symbol, unknown>)[META as symbol];
  const start = isRecord(meta) && typeof meta.startIndex === 'number' ? meta.startIndex : undefined;
  return {
    name,
    attributes,
    children,
    text,
    ...(start === undefined ? {} : { line: lineOf(starts, start) }),
  };
}

/**
 * Parses an XML file into a tree of elements, or throws a FormatError naming the line of the first
 * syntax error. Line breaks are normalised to `\n` first, as XML requires; `&#13;` survives as `\r`.
 */
export function parseXml(format: IoFormat, text: string): XmlElement {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw new FormatError(format, 'het bestand is leeg.');
  // No graph format needs a DTD of its own: entity declarations are how XML files read local files
  // (external entities) or blow up in memory (entity expansion), so a file that has one is refused whole.
  const entity = /<!ENTITY\s+(%\s*)?([^\s>]*)/.exec(body);
  if (entity) {
    throw new FormatError(
      format,
      `het bestand declareert een eigen entiteit (<!ENTITY ${entity[2] ?? ''}>); zulke XML-bestanden worden om veiligheidsredenen niet gelezen.`,
      { line: body.slice(0, entity.index).split('\n').length },
    );
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    const { code, msg, line, col } = valid.err;
    const column = typeof col === 'number' ? `, kolom ${col}` : '';
    throw new FormatError(
      format,
      `geen geldige XML: ${XML_PROBLEMS[code] ?? 'fout in de opbouw'}${column} (${msg}).`,
      {
        line,
      },
    );
  }
  const starts = lineStarts(body);
  let nodes: unknown;
  try {
    nodes = parser.parse(body);
  } catch (error) {
    throw new FormatError(
      format,
      `geen geldige XML: ${error instanceof Error ? error.message : 'fout in de opbouw'}.`,
    );
  }
  const roots = Array.isArray(nodes) ? nodes.filter(isRecord).map((node) => toElement(node, starts)) : [];
  const root = roots.find((node): node is XmlElement => typeof node === 'object');
  if (!root) throw new FormatError(format, 'geen XML-element gevonden.');
  return root;
}

/** The element's children with this (prefix-free) name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}
