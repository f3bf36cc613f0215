import { describe, expect, it } from 'vitest';
import { FormatError, readImport } from '../src/index.ts';

function formatErrorOf(run: () => unknown): FormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof FormatError) return error;
    throw error;
  }
  throw new Error('expected a FormatError');
}

describe('readImport csv with Dutch headers', () => {
  it('reads an organisations file written by Dutch Excel (BOM, ;, CRLF, quoted cells)', () => {
    const text =
      '\uFEFFNaam;Korte naam;Domein;Soort;Moederorganisatie;Regio;Opmerking\r\n' +
      'Gemeente Zeist;;bestuur;gemeente;;Utrecht;"Notitie met ; en ""aanhalingstekens"""\r\n' +
      'Wijkteam Zeist-West;WZW;sociaal_domein;wijkteam;Gemeente Zeist;;"twee\r\nregels"\r\n';
    const records = readImport('csv', text);
    expect(records.organisations).toEqual([
      {
        row: 2,
        data: {
          name: 'Gemeente Zeist',
          domain: 'bestuur',
          type: 'gemeente',
          region: 'Utrecht',
          note: 'Notitie met ; en "aanhalingstekens"',
        },
      },
      {
        row: 3,
        data: {
          name: 'Wijkteam Zeist-West',
          shortName: 'WZW',
          domain: 'sociaal_domein',
          type: 'wijkteam',
          parentId: 'Gemeente Zeist',
          note: 'twee\nregels',
        },
      },
    ]);
    expect(records.people).toEqual([]);
  });

  it('reads a people file: the organisation cell becomes one membership', () => {
    const text =
      'Naam;Functie;Organisatie;Rol;Vanaf;Tot en met\nJan Smit;Wijkagent;Politie Midden;wijkagent;2020-01-01;\nEls;Jurist;;;;\n';
    expect(readImport('csv', text).people).toEqual([
      {
        row: 2,
        data: {
          name: 'Jan Smit',
          function: 'Wijkagent',
          memberships: [{ organisationId: 'Politie Midden', role: 'wijkagent', since: '2020-01-01' }],
        },
      },
      { row: 3, data: { name: 'Els', function: 'Jurist', memberships: [] } },
    ]);
  });

  it('reads a comma-separated links file, typing strength and direction but keeping bad values', () => {
    const text =
      'Van,Naar,Soort verbinding,Sterkte,Gericht,Betrouwbaarheid,Vastgelegd door\n' +
      'p1,p2,casusoverleg,4,ja,hoog,Anna\n' +
      'p2,p3,overleg,hoog,misschien,,\n' +
      'p3,p1,overleg,"2,0",N,,\n';
    expect(readImport('csv', text).links.map((row) => row.data)).toEqual([
      {
        sourceId: 'p1',
        targetId: 'p2',
        kind: 'casusoverleg',
        strength: 4,
        directed: true,
        confidence: 'hoog',
        recordedBy: 'Anna',
      },
      { sourceId: 'p2', targetId: 'p3', kind: 'overleg', strength: 'hoog', directed: 'misschien' },
      { sourceId: 'p3', targetId: 'p1', kind: 'overleg', strength: 2, directed: false },
    ]);
  });

  it('reads a Gephi edge table: Source and Target are the ends, Type the direction', () => {
    const text = 'Source;Target;Type;Weight\na;b;Directed;3\nb;c;Undirected;1\n';
    expect(readImport('csv', text).links.map((row) => row.data)).toEqual([
      { sourceId: 'a', targetId: 'b', kind: 'overleg', directed: true, strength: 3, weight: 3 },
      { sourceId: 'b', targetId: 'c', kind: 'overleg', directed: false, strength: 1, weight: 1 },
    ]);
  });

  it('treats source as provenance when a sourceId column names the ends', () => {
    const text = 'sourceId;targetId;source\na;b;document\n';
    expect(readImport('csv', text).links[0]?.data).toEqual({
      sourceId: 'a',
      targetId: 'b',
      kind: 'overleg',
      source: 'document',
    });
  });

  it('merges repeated rows of one person into one person with several memberships', () => {
    const text = 'id;naam;organisatie;rol\np1;Anna;o1;regisseur\np1;Anna;o2;adviseur\np2;Bram;o1;\n';
    expect(readImport('csv', text).people).toEqual([
      {
        row: 2,
        data: {
          id: 'p1',
          name: 'Anna',
          memberships: [
            { organisationId: 'o1', role: 'regisseur' },
            { organisationId: 'o2', role: 'adviseur' },
          ],
        },
      },
      { row: 4, data: { id: 'p2', name: 'Bram', memberships: [{ organisationId: 'o1' }] } },
    ]);
  });

  it('accepts Dutch record values in a mixed file and skips blank lines', () => {
    const text =
      'Record;Id;Naam;Domein;Soort;Persoon;Organisatie;Rol\n' +
      'organisatie;o1;Gemeente;bestuur;gemeente;;;\n' +
      '\n' +
      'persoon;p1;Anna;;;;;\n' +
      'lidmaatschap;;;;;p1;o1;regisseur\n';
    const records = readImport('csv', text);
    expect(records.organisations).toEqual([
      { row: 2, data: { id: 'o1', name: 'Gemeente', domain: 'bestuur', type: 'gemeente' } },
    ]);
    expect(records.people).toEqual([
      {
        row: 4,
        data: { id: 'p1', name: 'Anna', memberships: [{ organisationId: 'o1', role: 'regisseur' }] },
      },
    ]);
  });

  it('strips one escaping quote before a formula character, and no other', () => {
    const text = "naam;domein;soort;notitie\n'=A1;bestuur;gemeente;''+2\nO'Brien;bestuur;gemeente;'gewoon\n";
    expect(readImport('csv', text).organisations.map((row) => [row.data.name, row.data.note])).toEqual([
      ['=A1', "'+2"],
      ["O'Brien", "'gewoon"],
    ]);
  });
});

describe('readImport csv refuses a file it cannot read', () => {
  it('names an unknown column, its position and line 1', () => {
    const error = formatErrorOf(() =>
      readImport('csv', 'naam;domein;soort;kleur\nA;bestuur;gemeente;rood\n'),
    );
    expect(error.line).toBe(1);
    expect(error.format).toBe('csv');
    expect(error.message).toBe(
      'CSV-bestand, regel 1: onbekende kolom "kleur" (kolom 4) in een bestand met organisaties. ' +
        'Bekende kolommen: id (id), naam (name), korte naam (shortName), domein (domain), soort (type), ' +
        'moederorganisatie (parentId), regio (region), notitie (note).',
    );
  });

  it('names a missing required column', () => {
    const error = formatErrorOf(() => readImport('csv', 'soort;domein\ngemeente;bestuur\n'));
    expect(error.line).toBe(1);
    expect(error.message).toContain('de verplichte kolom "naam" (name) ontbreekt');
    const people = formatErrorOf(() => readImport('csv', 'functie;organisatie\nwijkagent;politie\n'));
    expect(people.message).toContain(
      'de verplichte kolom "naam" (name) ontbreekt in een bestand met personen',
    );
  });

  it('names two columns that mean the same field', () => {
    const error = formatErrorOf(() => readImport('csv', 'naam;label;domein;soort\n'));
    expect(error.message).toContain('"naam" (kolom 1) en "label" (kolom 2) betekenen allebei name');
  });

  it('says what it expected when the kind of file cannot be told', () => {
    const error = formatErrorOf(() => readImport('csv', 'a;b;c\n1;2;3\n'));
    expect(error.line).toBe(1);
    expect(error.message).toContain('kan niet bepalen wat voor bestand dit is');
  });

  it('names the line of an unknown record value', () => {
    const error = formatErrorOf(() => readImport('csv', 'record;id;name\norganisation;o1;A\nteam;t1;B\n'));
    expect(error.line).toBe(3);
    expect(error.message).toBe(
      'CSV-bestand, regel 3: onbekende waarde "team" in de kolom record; verwacht organisation, person, membership of link.',
    );
  });

  it('names the line of a membership whose person is not in the file', () => {
    const error = formatErrorOf(() =>
      readImport('csv', 'record;id;personId;organisationId\nmembership;;p9;o1\n'),
    );
    expect(error.line).toBe(2);
    expect(error.message).toContain('persoon "p9"');
  });

  it('names the line of an unclosed quote', () => {
    const error = formatErrorOf(() =>
      readImport('csv', 'naam;domein;soort\nA;bestuur;gemeente\n"B;bestuur;gemeente\n'),
    );
    expect(error.line).toBe(3);
    expect(error.message).toContain('niet goed afgesloten');
  });

  it('names the line of a cell under a nameless column', () => {
    const error = formatErrorOf(() => readImport('csv', 'naam;domein;soort\nA;bestuur;gemeente;extra\n'));
    expect(error.line).toBe(2);
    expect(error.message).toContain('kolom 4');
  });

  it('refuses an empty file', () => {
    expect(formatErrorOf(() => readImport('csv', '\uFEFF \r\n')).message).toBe(
      'CSV-bestand: het bestand is leeg.',
    );
  });
});
