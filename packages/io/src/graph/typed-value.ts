const HEX_FLOAT = /^([+-]?)0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?\d+)$/i;

/** A C99 hexadecimal float (`0x1.8p+1` = 3), as graph-tool writes float properties; else undefined. */
function hexFloat(text: string): number | undefined {
  const match = HEX_FLOAT.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return undefined;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const digits = whole + fraction;
  const mantissa = digits === '' ? 0 : Number.parseInt(digits, 16) / 16 ** fraction.length;
  const value = (sign === '-' ? -1 : 1) * mantissa * 2 ** Number(exponent);
  return Number.isFinite(value) ? value : undefined;
}

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
      if (trimmed !== '' && Number.isFinite(value)) return value;
      return hexFloat(trimmed) ?? text;
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
