/**
 * Types an XML attribute value by its declared type (GraphML attr.type, GEXF type): numbers and
 * booleans when the text reads as one, the text itself otherwise.
 */
export function typedValue(type: string | undefined, text: string): string | number | boolean {
  switch (type?.toLowerCase()) {
    case 'int':
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'short':
    case 'byte':
    case 'bigdecimal':
    case 'biginteger': {
      const trimmed = text.trim();
      const value = Number(trimmed);
      return trimmed !== '' && Number.isFinite(value) ? value : text;
    }
    case 'boolean': {
      const word = text.trim().toLowerCase();
      if (word === 'true' || word === '1') return true;
      if (word === 'false' || word === '0') return false;
      return text;
    }
    default:
      return text;
  }
}
