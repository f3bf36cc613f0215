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
    ['netwerk.xlsx', '', 'xlsx'],
    ['zonder-extensie', 'PK\u0003\u0004\u0014\u0000', 'xlsx'],
    ['oud.xls', '', 'xlsx'],
    ['onbekend.xml', '<svg/>', null],
  ])('%s -> %s', (fileName, text, expected) => {
    expect(detectFormat(fileName, text)).toBe(expected);
  });
});
