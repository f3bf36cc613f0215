import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/csv/parse-csv.ts';
import { csvCell, escapeCsvCell, readImport, unescapeCsvCell, writeDataset } from '../src/index.ts';
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

describe('csvCell: safe with either separator', () => {
  const FORMULA = /^[=+\-@\t\r]/;
  const text = fc.string({
    unit: fc.oneof(
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', ';', '"', "'", ' ', 'a', 'B', '1'),
      fc.string({ maxLength: 1 }),
    ),
    maxLength: 24,
  });

  /** The cells a spreadsheet would see, splitting one written cell on `sep` and on line breaks without honouring quotes. */
  const naiveCells = (written: string, sep: string) =>
    written
      .split(/\r\n|\r|\n/)
      .flatMap((line) => line.split(sep))
      .map((cell) => cell.replace(/^"/, '').replace(/^ +/, ''));

  it('restores every value exactly (escape, then unescape)', () => {
    fc.assert(fc.property(text, (value) => unescapeCsvCell(escapeCsvCell(value)) === value));
  });

  it('leaves no fragment that a comma- or semicolon-splitting spreadsheet would read as a formula', () => {
    fc.assert(
      fc.property(text, (value) => {
        const written = csvCell(value);
        return [',', ';'].every((sep) =>
          naiveCells(written, sep).every((cell, i) =>
            i === 0 ? !FORMULA.test(written.replace(/^"/, '')) : !/^[=+\-@\t]/.test(cell),
          ),
        );
      }),
    );
  });

  it('round-trips every cell through the writer and the reader', () => {
    const cell = text.filter((v) => v.trim() === v && !v.includes('\r') && v !== '');
    fc.assert(
      fc.property(cell, (value) => {
        const file = `\uFEFFid;note\r\nx;${csvCell(value)}\r\n`;
        const [row] = parseCsv(file).rows;
        return unescapeCsvCell(row?.cells[1] ?? '') === value;
      }),
    );
  });

  it('quotes a comma in a semicolon file, so a comma-locale Excel keeps the cell whole', () => {
    expect(csvCell('Zorg, Veiligheid')).toBe('"Zorg, Veiligheid"');
    expect(csvCell('a,=HYPERLINK("x")')).toBe(`"a,'=HYPERLINK(""x"")"`);
    expect(csvCell('regel\n@team')).toBe(`"regel\n'@team"`);
    expect(csvCell('-5')).toBe("'-5");
  });
});
