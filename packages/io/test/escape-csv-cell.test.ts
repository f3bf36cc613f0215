import { describe, expect, it } from 'vitest';
import { escapeCsvCell, readImport, unescapeCsvCell, writeDataset } from '../src/index.ts';
import { SAMPLE_DATASET } from './sample-dataset.ts';

describe('escapeCsvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-2', "'-2"],
    ['@team', "'@team"],
    ['\tinspringen', "'\tinspringen"],
    ['\rterug', "'\rterug"],
    ["'=al ontsnapt", "''=al ontsnapt"],
  ])('prefixes a quote to %j', (value, escaped) => {
    expect(escapeCsvCell(value)).toBe(escaped);
    expect(unescapeCsvCell(escaped)).toBe(value);
  });

  it.each(['Gemeente', "O'Brien", "'citaat'", '2024-01-01', ''])('leaves %j alone', (value) => {
    expect(escapeCsvCell(value)).toBe(value);
    expect(unescapeCsvCell(value)).toBe(value);
  });

  it('escapes formula cells in an exported CSV and restores them on import', () => {
    const text = writeDataset('csv', SAMPLE_DATASET);
    expect(text).toContain(`"'=HYPERLINK(""https://example.org"",""klik"")"`);
    expect(text).toContain(";'-korting\r\n");
    expect(text.split('\r\n').some((line) => /;[=+@-]/.test(line) || /^[=+@-]/.test(line))).toBe(false);
    const notes = readImport('csv', text).organisations.map((row) => row.data.note);
    expect(notes).toContain('=HYPERLINK("https://example.org","klik")');
  });

  it('writes CSV for Dutch Excel: BOM, semicolons, CRLF', () => {
    const text = writeDataset('csv', SAMPLE_DATASET, { entity: 'organisations' });
    expect(text.startsWith('\uFEFFid;name;shortName;domain;type;parentId;region;note\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});
