import { describe, expect, it } from 'vitest';
import { detectFormat } from '../src/index.ts';

describe('detectFormat', () => {
  it.each([
    ['netwerk.json', '{"nodes": []}', 'json'],
    ['export.txt', '\uFEFF  [1, 2]', 'json'],
    [
      'kaart.xml',
      '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      'graphml',
    ],
    ['kaart.xml', '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3">', 'gexf'],
    ['organisaties.csv', 'naam;domein\nA;zorg', 'csv'],
    ['ORGANISATIES.CSV', '', 'csv'],
    ['kapot.graphml', '<graph>', 'graphml'],
    ['zonder-extensie', 'source,target\na,b', 'csv'],
    ['plaatje.png', '\u0089PNG', null],
    ['onbekend.xml', '<svg/>', null],
  ])('%s -> %s', (fileName, text, expected) => {
    expect(detectFormat(fileName, text)).toBe(expected);
  });
});
