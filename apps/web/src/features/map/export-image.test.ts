import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeXml } from './export-image.ts';

// characters XML 1.0 allows (https://www.w3.org/TR/xml/#charsets)
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('escapeXml (SVG export)', () => {
  it('drops control characters and escapes markup, so any name gives well-formed XML text', () => {
    expect(escapeXml('Anna\u0000 de <Vries>\u0007 & "Co"\u001b')).toBe(
      'Anna de &lt;Vries&gt; &amp; &quot;Co&quot;',
    );
    expect(escapeXml('regel\teen\nregel twee')).toBe('regel\teen\nregel twee');
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (name) => {
        const text = escapeXml(name);
        return XML_CHAR.test(text) && !/[<>"']/.test(text) && !/&(?!(lt|gt|amp|quot|apos);)/.test(text);
      }),
    );
  });
});
