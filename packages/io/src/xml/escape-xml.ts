// Characters XML 1.0 cannot hold at all, not even as a character reference.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching these control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text content; `\r` becomes `&#13;` so it survives line-break normalisation. */
export function escapeXmlText(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\r', '&#13;');
}

/** Escapes an attribute value (double-quoted); line breaks and tabs as references so parsers keep them. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value).replaceAll('"', '&quot;').replaceAll('\n', '&#10;').replaceAll('\t', '&#9;');
}
