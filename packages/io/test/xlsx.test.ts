import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  FormatError,
  readGraph,
  readImport,
  writeDataset,
  writeImportTemplate,
  writeNetwork,
} from '../src/index.ts';
import { readWorkbook, serialToDate } from '../src/xlsx/read-workbook.ts';
import { scanSharedStrings, scanSheet } from '../src/xlsx/scan-sheet.ts';
import { writeXlsx } from '../src/xlsx/write-xlsx.ts';
import { SAMPLE_DATASET } from './sample-dataset.ts';

const TOOLS = new URL('./fixtures/tools/', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, TOOLS)));
const data = (rows: Array<{ data: Record<string, unknown> }>) => rows.map((row) => row.data);

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

describe('a Dutch workbook written by openpyxl (not by Regiekaart)', () => {
  const records = readImport('xlsx', bytesOf('openpyxl-nederlands.xlsx'));

  it('reads the Organisaties sheet by name, Dutch headers, with the sheet and row of each record', () => {
    expect(records.organisations.map((r) => [r.sheet, r.row, r.data.name, r.data.domain])).toEqual([
      ['Organisaties', 2, 'Gemeente Heerlen', 'bestuur'],
      ['Organisaties', 3, 'GGD Zuid Limburg', 'Zorg'],
      ['Organisaties', 4, 'Woonpunt', 'onbekend'],
    ]);
  });

  it('reads an Excel date cell and a d-m-jjjj text as calendar dates, organisations by name', () => {
    expect(data(records.people)).toEqual([
      {
        name: 'Anna de Vries',
        function: 'wijkverpleegkundige',
        memberships: [{ organisationId: 'GGD Zuid Limburg', role: 'lid', since: '2023-03-15' }],
      },
      {
        name: 'Bram Jansen',
        function: 'beleidsadviseur',
        memberships: [{ organisationId: 'Gemeente Heerlen', since: '2024-02-01', until: '2025-12-31' }],
      },
    ]);
  });

  it('reads van/naar by name, decimal commas, a type column for direction and dd-mm-jjjj dates', () => {
    expect(data(records.links)).toEqual([
      {
        sourceId: 'Gemeente Heerlen',
        targetId: 'GGD Zuid Limburg',
        kind: 'Overleg',
        weight: 2.5,
        strength: 3,
        directed: false,
        since: '2024-01-31',
      },
      {
        sourceId: 'Anna de Vries',
        targetId: 'Bram Jansen',
        kind: 'overleg',
        weight: 4,
        strength: 5,
        directed: true,
        since: '2024-06-01',
        note: 'belt wekelijks',
      },
      {
        sourceId: 'Woonpunt',
        targetId: 'Gemeente Heerlen',
        kind: 'Doorverwijzing',
        weight: 0.5,
        strength: 1,
        directed: true,
        since: '2024-10-07',
      },
    ]);
  });

  it('says in Dutch what it filled in, how weights became strengths and which sheet it skipped', () => {
    expect(records.notes).toEqual([
      'Niet ingelezen, want niet herkend als organisaties, personen of verbindingen: blad "Toelichting".',
      '1 organisatie zonder domein kreeg het domein "onbekend"; kies later op de kaart het goede domein.',
      '1 verbinding zonder soort kreeg de soort "overleg".',
      'De gewichten in het bestand (0,5 tot 4) zijn omgerekend naar sterkte 1 tot 5 naar verhouding van het grootste gewicht: sterkte = 5 × gewicht / 4, afgerond, minstens 1. Het oorspronkelijke gewicht blijft bewaard.',
    ]);
  });

  it('gives analyse the same graph: names as ends, each tie its own direction', () => {
    const graph = readGraph('xlsx', bytesOf('openpyxl-nederlands.xlsx'));
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'Gemeente Heerlen',
      'GGD Zuid Limburg',
      'Woonpunt',
      'Anna de Vries',
      'Bram Jansen',
    ]);
    const ties = graph.edges.filter((e) => e.relation === 'link');
    expect(ties.map((e) => [e.source, e.target, e.directed, e.gewicht ?? e.weight])).toEqual([
      ['Gemeente Heerlen', 'GGD Zuid Limburg', false, 2.5],
      ['Anna de Vries', 'Bram Jansen', true, 4],
      ['Woonpunt', 'Gemeente Heerlen', true, 0.5],
    ]);
  });
});

describe('a Dutch workbook saved by LibreOffice Calc 7.4 (shared strings, date cells, numbers)', () => {
  it('reads the date cells LibreOffice made of 15-03-2025 and 1-9-2024 as calendar dates, 2,5 as 2.5', () => {
    const records = readImport('xlsx', bytesOf('libreoffice-verbindingen.xlsx'));
    expect(records.links.map((r) => [r.sheet, r.row])).toEqual([
      ['Verbindingen', 2],
      ['Verbindingen', 3],
      ['Verbindingen', 4],
    ]);
    expect(data(records.links)).toEqual([
      {
        sourceId: 'Gemeente Kerkrade',
        targetId: 'Buurtteam Kerkrade-West',
        kind: 'Overleg',
        weight: 2.5,
        strength: 3,
        directed: true,
        since: '2025-03-15',
      },
      {
        sourceId: 'Buurtteam Kerkrade-West',
        targetId: 'Huisartsenpraktijk Bleijerheide',
        kind: 'Doorverwijzing',
        weight: 4,
        strength: 5,
        directed: false,
        since: '2024-09-01',
        until: '2025-12-31',
      },
      {
        sourceId: 'Huisartsenpraktijk Bleijerheide',
        targetId: 'Gemeente Kerkrade',
        kind: 'overleg',
        weight: 0.75,
        strength: 1,
        directed: true,
        since: '2024-06-01',
      },
    ]);
  });

  it('holds real date cells, not text (so the date-format detection is what read them)', () => {
    const sheet = strFromU8(
      unzipSync(bytesOf('libreoffice-verbindingen.xlsx'))['xl/worksheets/sheet1.xml'] as Uint8Array,
    );
    expect(sheet).toContain('<c r="F2" s="1" t="n"><v>45731</v></c>');
  });
});

describe("Kumu's layout (Elements, Connections), written by openpyxl", () => {
  const records = readImport('xlsx', bytesOf('kumu-layout-openpyxl.xlsx'));

  it('reads Elements: Label as name, Type person/organisation, other types as the kind of organisation', () => {
    expect(data(records.organisations)).toEqual([
      { name: 'Gemeente Sittard-Geleen', note: 'opdrachtgever', domain: 'onbekend', type: 'onbekend' },
      { name: 'Buurtteam Geleen', type: 'Wijkteam', domain: 'onbekend' },
    ]);
    expect(data(records.people)).toEqual([{ name: 'Jeroen Smeets', memberships: [] }]);
  });

  it('reads Connections: From/To by label, Type as kind, Direction (directed when empty)', () => {
    expect(data(records.links).map((d) => [d.sourceId, d.targetId, d.kind, d.directed, d.strength])).toEqual([
      ['Jeroen Smeets', 'Gemeente Sittard-Geleen', 'overleg', false, 3],
      ['Gemeente Sittard-Geleen', 'Buurtteam Geleen', 'opdracht', true, undefined],
      ['Buurtteam Geleen', 'Jeroen Smeets', 'overleg', false, undefined],
    ]);
    expect(records.notes).toContain('Op blad "Elements" zijn deze kolommen niet ingelezen: Tags.');
  });

  it('makes Elements without a Type people when asked', () => {
    const workbook = writeXlsx([{ name: 'Elements', header: ['Label'], rows: [['Ans'], ['Piet']] }]);
    const asPeople = readImport('xlsx', workbook, { nodes: 'person' });
    expect(asPeople.people.map((r) => r.data.name)).toEqual(['Ans', 'Piet']);
    expect(asPeople.organisations).toEqual([]);
  });
});

describe('our own workbook', () => {
  it('re-imports an export to the same records as the CSV export gives', () => {
    for (const entity of ['organisations', 'people', 'links'] as const) {
      const fromXlsx = readImport('xlsx', writeDataset('xlsx', SAMPLE_DATASET, { entity }));
      const fromCsv = readImport('csv', writeDataset('csv', SAMPLE_DATASET, { entity }));
      expect(data(fromXlsx[entity])).toEqual(data(fromCsv[entity]));
      expect(fromXlsx.notes).toBeUndefined();
    }
  });

  it('writes the Dutch sheets and headers a user sees in Excel', () => {
    const workbook = writeDataset('xlsx', SAMPLE_DATASET);
    expect(workbook.slice(0, 4)).toEqual(new Uint8Array([0x50, 0x4b, 0x03, 0x04]));
    const parts = unzipSync(workbook);
    const names = [...strFromU8(parts['xl/workbook.xml'] as Uint8Array).matchAll(/<sheet name="([^"]+)"/g)];
    expect(names.map((match) => match[1])).toEqual(['Organisaties', 'Personen', 'Verbindingen']);
    const links = strFromU8(parts['xl/worksheets/sheet3.xml'] as Uint8Array);
    const header = [...(links.split('</row>')[0] ?? '').matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)];
    expect(header.map((match) => match[1])).toEqual([
      'id',
      'bron',
      'doel',
      'soort verbinding',
      'sterkte',
      'gericht',
      'sinds',
      'tot',
      'herkomst',
      'vastgelegd door',
      'betrouwbaarheid',
      'notitie',
    ]);
  });

  it('reads a single sheet of ties alone, whatever the sheet is called', () => {
    const workbook = writeXlsx([
      {
        name: 'Blad1',
        header: ['van', 'naar', 'sinds'],
        rows: [
          ['A', 'B', '15-03-2025'],
          ['B', 'C', 45731],
        ],
      },
    ]);
    const records = readImport('xlsx', workbook);
    expect(data(records.links)).toEqual([
      { sourceId: 'A', targetId: 'B', kind: 'overleg', since: '2025-03-15' },
      // A number in a cell without a date format stays a number: validation rejects it by row.
      { sourceId: 'B', targetId: 'C', kind: 'overleg', since: '45731' },
    ]);
  });

  it('writes the per-opgave network as one sheet that reads back', () => {
    const network = {
      nodes: [
        { id: 'o1', kind: 'organisation', label: 'Gemeente' },
        { id: 'o2', kind: 'organisation', label: 'GGD' },
      ],
      edges: [{ id: 'e1', source: 'o1', target: 'o2', kind: 'overleg', strength: 4, directed: false }],
    };
    const workbook = writeNetwork('xlsx', network as never);
    const records = readImport('xlsx', workbook);
    expect(records.organisations.map((r) => r.data.name)).toEqual(['Gemeente', 'GGD']);
    expect(data(records.links)).toEqual([
      { id: 'e1', sourceId: 'o1', targetId: 'o2', kind: 'overleg', strength: 4, directed: false },
    ]);
  });
});

describe('the fast sheet scanners', () => {
  it('read rich text and skip phonetic runs in shared strings, decode entities', () => {
    const xml =
      '<sst><si><t>Gemeente &amp; GGD</t></si><si><r><t>Wijk</t></r><r><rPr><b/></rPr><t xml:space="preserve">team &#233;</t></r></si>' +
      '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si><si/></sst>';
    expect(scanSharedStrings(xml)).toEqual(['Gemeente & GGD', 'Wijkteam é', '東京', '']);
  });

  it('read rows and cells with namespace prefixes, self-closing tags, inline strings and values', () => {
    const xml =
      '<x:worksheet xmlns:x="s"><x:sheetData><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>van &lt;a&gt;</x:t></x:is></x:c>' +
      '<x:c r="C2" s="1"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="D2"/></x:row><x:row r="5"/></x:sheetData></x:worksheet>';
    const rows: unknown[] = [];
    scanSheet(xml, (row) => rows.push(row));
    expect(rows).toEqual([
      {
        r: '2',
        cells: [{ r: 'A2', t: 'inlineStr', inline: 'van <a>' }, { r: 'C2', s: '1', v: '2' }, { r: 'D2' }],
      },
      { r: '5', cells: [] },
    ]);
  });
});

describe('Excel dates', () => {
  it('turns serials into calendar dates in both date systems, without a time zone', () => {
    expect(serialToDate(45731, false)).toBe('2025-03-15');
    expect(serialToDate(45731.99, false)).toBe('2025-03-15');
    expect(serialToDate(61, false)).toBe('1900-03-01');
    expect(serialToDate(44269, true)).toBe('2025-03-15');
  });
});

describe('workbooks that are refused whole, with a Dutch message', () => {
  it('refuses an old .xls (OLE compound file)', () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(formatErrorOf(() => readImport('xlsx', xls)).message).toBe(
      'Excel-bestand: dit is een oud Excel-bestand (.xls) of een beveiligde werkmap; die worden niet gelezen. Open het in Excel of LibreOffice en sla het op als Excel-werkmap (.xlsx) zonder wachtwoord.',
    );
  });

  it('refuses the .xls and the macro-enabled .xlsm that LibreOffice saved of the same workbook', () => {
    expect(
      formatErrorOf(() => readImport('xlsx', bytesOf('libreoffice-verbindingen.xls'))).message,
    ).toContain('dit is een oud Excel-bestand (.xls)');
    expect(
      formatErrorOf(() => readImport('xlsx', bytesOf('libreoffice-verbindingen.xlsm'))).message,
    ).toContain('bevat macro’s (.xlsm)');
  });

  it('refuses a workbook with macros', () => {
    const parts = {
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>',
      ),
      'xl/workbook.xml': strToU8('<workbook><sheets/></workbook>'),
      'xl/vbaProject.bin': new Uint8Array([1, 2, 3]),
    };
    expect(formatErrorOf(() => readImport('xlsx', zipSync(parts))).message).toContain(
      'bevat macro’s (.xlsm)',
    );
  });

  it('refuses text that is not a zip, and a zip that is not a workbook', () => {
    expect(formatErrorOf(() => readImport('xlsx', strToU8('naam;domein\n'))).message).toContain(
      'geen zip-archief',
    );
    expect(formatErrorOf(() => readImport('xlsx', zipSync({ 'a.txt': strToU8('x') }))).message).toContain(
      'xl/workbook.xml ontbreekt',
    );
  });

  it('refuses a part with a DTD (entity expansion, external entities)', () => {
    const workbook = writeXlsx([{ name: 'Verbindingen', header: ['van', 'naar'], rows: [['A', 'B']] }]);
    const parts = unzipSync(workbook);
    parts['xl/worksheets/sheet1.xml'] = strToU8(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><worksheet><sheetData/></worksheet>',
    );
    expect(formatErrorOf(() => readImport('xlsx', zipSync(parts))).message).toContain(
      'bevat een DOCTYPE of ENTITY',
    );
  });

  it('refuses a file over the size limit before unpacking it', () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(formatErrorOf(() => readImport('xlsx', big)).message).toContain('mag hoogstens 20 MB zijn');
  });

  it('refuses a workbook given as text', () => {
    expect(formatErrorOf(() => readImport('xlsx', 'PK')).message).toContain('als bytes');
  });

  it('names the sheet and line of an unknown column', () => {
    const workbook = writeXlsx([{ name: 'Personen', header: ['naam', 'kleur'], rows: [['Ans', 'rood']] }]);
    expect(formatErrorOf(() => readImport('xlsx', workbook)).message).toMatch(
      /^Excel-bestand, blad "Personen", regel 1: onbekende kolom "kleur"/,
    );
  });
});

describe('the workbook to fill in (writeImportTemplate)', () => {
  const vocabulary = {
    domains: [
      { code: 'zorg', label: 'Zorg' },
      { code: 'sociaal_domein', label: 'Sociaal domein' },
    ],
    linkKinds: [{ code: 'casusoverleg', label: 'Casusoverleg' }],
    organisationTypes: ['gemeente', 'politie'],
  };
  const template = writeImportTemplate(vocabulary);
  const sheets = readWorkbook(template);

  it('has the explanation first, then the three sheets with the Dutch column names the import reads', () => {
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Uitleg', 'Organisaties', 'Personen', 'Verbindingen']);
    const headerOf = (name: string) => sheets.find((sheet) => sheet.name === name)?.rows[0]?.cells;
    expect(headerOf('Organisaties')).toEqual(['naam', 'korte naam', 'domein', 'soort', 'regio', 'notitie']);
    expect(headerOf('Personen')).toEqual([
      'naam',
      'functie',
      'organisatie',
      'rol',
      'sinds',
      'tot',
      'notitie',
    ]);
    expect(headerOf('Verbindingen')).toEqual([
      'bron',
      'doel',
      'soort verbinding',
      'sterkte',
      'sinds',
      'tot',
      'notitie',
    ]);
    const explained = sheets[0]?.rows.map((row) => row.cells.join(' | ')).join('\n') ?? '';
    expect(explained).toContain('Een van: Zorg, Sociaal domein.');
    expect(explained).toContain('Een van: Casusoverleg.');
    expect(explained).toContain('bijvoorbeeld gemeente, politie');
  });

  it('gives its columns room in Excel, and wraps the explanation', () => {
    const files = unzipSync(template);
    const explanation = strFromU8(files['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(explanation).toContain('<col min="3" max="3" width="80" customWidth="1"/>');
    expect(explanation).toMatch(/<c r="C2" s="2" t="inlineStr">/);
    const styles = strFromU8(files['xl/styles.xml'] as Uint8Array);
    expect(styles).toContain('<alignment wrapText="1" vertical="top"/>');
    // the header row stays bold, in every sheet
    expect(strFromU8(files['xl/worksheets/sheet2.xml'] as Uint8Array)).toMatch(
      /<c r="A1" s="1" t="inlineStr">/,
    );
  });

  it('reads back as nothing to import, and passes over the explanation without a note', () => {
    const records = readImport('xlsx', template);
    expect(records.organisations).toEqual([]);
    expect(records.people).toEqual([]);
    expect(records.links).toEqual([]);
    expect(records.notes).toBeUndefined();
  });

  it('reads what a user wrote under its headers, with labels for domains and kinds', () => {
    const filled = writeXlsx(
      sheets.map((sheet) => ({
        name: sheet.name,
        header: sheet.rows[0]?.cells ?? [],
        rows:
          sheet.name === 'Organisaties'
            ? [['Wijkteam Heerlen-Noord', 'WT Heerlen-Noord', 'Sociaal domein', 'wijkteam', 'Parkstad', '']]
            : sheet.name === 'Personen'
              ? [['Sanne Hermans', 'wijkcoach', 'Wijkteam Heerlen-Noord', '', '2024-01-01', '', '']]
              : sheet.name === 'Verbindingen'
                ? [['Sanne Hermans', 'Wijkteam Heerlen-Noord', 'Casusoverleg', 3, '', '', '']]
                : sheet.rows.slice(1).map((row) => row.cells),
      })),
    );
    const records = readImport('xlsx', filled);
    expect(data(records.organisations)).toEqual([
      expect.objectContaining({
        name: 'Wijkteam Heerlen-Noord',
        shortName: 'WT Heerlen-Noord',
        domain: 'Sociaal domein',
      }),
    ]);
    expect(records.people.map((r) => [r.sheet, r.row, r.data.name])).toEqual([
      ['Personen', 2, 'Sanne Hermans'],
    ]);
    expect(data(records.links)).toEqual([
      expect.objectContaining({ sourceId: 'Sanne Hermans', targetId: 'Wijkteam Heerlen-Noord', strength: 3 }),
    ]);
    expect(records.notes).toBeUndefined();
  });
});
