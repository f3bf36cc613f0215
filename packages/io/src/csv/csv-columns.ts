import { FormatError } from '../format-error.ts';
import type { IoFormat } from '../io-format.ts';
import { normaliseName } from '../scalar-text.ts';

/** Where a table comes from, for messages: a CSV file, or a sheet of an Excel workbook. */
export type TableSource = { format: IoFormat; sheet?: string };

const CSV: TableSource = { format: 'csv' };

/** A FormatError at a line of a table: `CSV-bestand, regel 3: ...` or `Excel-bestand, blad "Personen", regel 3: ...`. */
export function tableError(where: TableSource, problem: string, line?: number): FormatError {
  return new FormatError(where.format, problem, {
    ...(where.sheet === undefined ? {} : { element: `blad "${where.sheet}"` }),
    ...(line === undefined ? {} : { line }),
  });
}

/** The Dutch column name the export writes for a field of a shape. */
export function dutchHeader(shape: CsvShape, field: string): string {
  return SHAPE_COLUMNS[shape].find((spec) => spec.field === field)?.dutch ?? field;
}

/** The four kinds of CSV file: one mixed file with a `record` column, or one entity per file. */
export type CsvShape = 'mixed' | 'organisations' | 'people' | 'links';

type ColumnSpec = { field: string; dutch: string; aliases: readonly string[] };

const column = (field: string, dutch: string, ...aliases: string[]): ColumnSpec => ({
  field,
  dutch,
  aliases: [...new Set([field, dutch, ...aliases].map(normaliseName))],
});

const ID = column('id', 'id');
const NAME = column('name', 'naam', 'label');
const NOTE = column('note', 'notitie', 'opmerking', 'opmerkingen', 'toelichting', 'notes');
const SINCE = column('since', 'sinds', 'vanaf', 'van datum', 'start', 'begin');
const UNTIL = column('until', 'tot', 'tot en met', 't/m', 'tm', 'eind', 'einde', 'end');
const ROLE = column('role', 'rol');
const ORGANISATION_ID = column(
  'organisationId',
  'organisatie',
  'organisation',
  'organization',
  'organisatie id',
);
const SOURCE_ID = column('sourceId', 'bron', 'bron id', 'van', 'from');
const TARGET_ID = column('targetId', 'doel', 'target', 'doel id', 'naar', 'to');
const STRENGTH = column('strength', 'sterkte');
const WEIGHT = column('weight', 'gewicht', 'weight', 'waarde');
const DIRECTED = column('directed', 'gericht');
const LINK_DETAILS = [
  column('source', 'herkomst', 'provenance', 'vastgelegd via'),
  column('recordedBy', 'vastgelegd door', 'opgetekend door'),
  column('confidence', 'betrouwbaarheid', 'zekerheid'),
];
const DOMAIN = column('domain', 'domein');
const TYPE = column('type', 'soort', 'soort organisatie', 'organisatiesoort', 'organisatietype');
const ORGANISATION_DETAILS = [
  column('shortName', 'korte naam', 'afkorting'),
  DOMAIN,
  TYPE,
  column('parentId', 'moederorganisatie', 'parent', 'moeder', 'onderdeel van'),
  column('region', 'regio'),
];
/** Also read by the graph reader, which tells a mixed file by this column. */
export const RECORD = column('record', 'record', 'recordsoort', 'soort record', 'regelsoort');
const FUNCTION = column('function', 'functie');

const SHAPE_COLUMNS: Record<CsvShape, readonly ColumnSpec[]> = {
  organisations: [
    ID,
    { ...NAME, aliases: [...NAME.aliases, 'organisatie', 'organisation', 'organisatienaam'] },
    ...ORGANISATION_DETAILS,
    NOTE,
  ],
  people: [
    ID,
    { ...NAME, aliases: [...NAME.aliases, 'persoon', 'person'] },
    FUNCTION,
    ORGANISATION_ID,
    ROLE,
    SINCE,
    UNTIL,
    column('membershipId', 'lidmaatschap id', 'lidmaatschap'),
    NOTE,
  ],
  links: [
    ID,
    SOURCE_ID,
    TARGET_ID,
    column('kind', 'soort verbinding', 'verbindingssoort', 'soort', 'relatie'),
    STRENGTH,
    WEIGHT,
    { ...DIRECTED, aliases: [...DIRECTED.aliases, 'type', 'richting'] },
    SINCE,
    UNTIL,
    ...LINK_DETAILS,
    NOTE,
  ],
  mixed: [
    RECORD,
    ID,
    NAME,
    ...ORGANISATION_DETAILS,
    FUNCTION,
    column('personId', 'persoon', 'person', 'persoon id'),
    ORGANISATION_ID,
    ROLE,
    SOURCE_ID,
    TARGET_ID,
    column('kind', 'soort verbinding', 'verbindingssoort'),
    STRENGTH,
    WEIGHT,
    DIRECTED,
    SINCE,
    UNTIL,
    ...LINK_DETAILS,
    NOTE,
  ],
};

const REQUIRED: Record<CsvShape, readonly string[]> = {
  mixed: ['record'],
  organisations: ['name'],
  people: ['name'],
  links: ['sourceId', 'targetId'],
};

const SHAPE_LABELS: Record<CsvShape, string> = {
  mixed: 'een gemengd bestand (met kolom record)',
  organisations: 'een bestand met organisaties',
  people: 'een bestand met personen',
  links: 'een bestand met verbindingen',
};

const namesOf = (...specs: ColumnSpec[]) => new Set(specs.flatMap((spec) => spec.aliases));
const RECORD_NAMES = namesOf(RECORD);
const SOURCE_NAMES = new Set([...SOURCE_ID.aliases, 'source']);
const TARGET_NAMES = namesOf(TARGET_ID);
const PERSON_NAMES = namesOf(FUNCTION, ORGANISATION_ID);
const DOMAIN_NAMES = namesOf(DOMAIN);
const TYPE_NAMES = namesOf(TYPE);

/**
 * Tells the kind of file from its header: a `record` column makes a mixed file; source and target
 * columns a links file; a function or organisation column without a domain column a people file; a
 * domain or type column an organisations file.
 */
export function detectCsvShape(header: readonly string[], where: TableSource = CSV): CsvShape {
  const names = new Set(header.map(normaliseName));
  const has = (set: Set<string>) => [...names].some((name) => set.has(name));
  if (has(RECORD_NAMES)) return 'mixed';
  if (has(SOURCE_NAMES) && has(TARGET_NAMES)) return 'links';
  if (has(PERSON_NAMES) && !has(DOMAIN_NAMES)) return 'people';
  if (has(DOMAIN_NAMES) || has(TYPE_NAMES)) return 'organisations';
  throw tableError(
    where,
    'kan niet bepalen wat voor bestand dit is. Verwacht een kolom "record" (gemengd bestand), de kolommen ' +
      '"bron" en "doel" (verbindingen), een kolom "functie" of "organisatie" (personen) of de kolommen ' +
      `"domein" en "soort" (organisaties). Gevonden kolommen: ${header.map((h) => `"${h}"`).join(', ')}.`,
    1,
  );
}

/**
 * Maps each header cell to the model field it holds (`undefined` for a nameless column). Throws for an
 * unknown column, two columns meaning the same field, or a missing required column, naming line 1.
 */
export function resolveColumns(
  shape: CsvShape,
  header: readonly string[],
  where: TableSource = CSV,
): Array<string | undefined> {
  const specs = SHAPE_COLUMNS[shape];
  const normalised = header.map(normaliseName);
  // `source`/`target` are the ends of a tie, unless a sourceId column is there: then `source` is provenance.
  const sourceIsEnd =
    (shape === 'links' || shape === 'mixed') && !normalised.some((name) => SOURCE_ID.aliases.includes(name));
  const fields = normalised.map((name, index) => {
    if (name === '') return undefined;
    if (sourceIsEnd && name === 'source') return 'sourceId';
    const spec = specs.find((candidate) => candidate.aliases.includes(name));
    if (!spec) {
      throw tableError(
        where,
        `onbekende kolom "${header[index]}" (kolom ${index + 1}) in ${SHAPE_LABELS[shape]}. ` +
          `Bekende kolommen: ${specs.map((s) => `${s.dutch} (${s.field})`).join(', ')}.`,
        1,
      );
    }
    return spec.field;
  });
  fields.forEach((field, index) => {
    const first = field === undefined ? -1 : fields.indexOf(field);
    if (first !== index && first >= 0) {
      throw tableError(
        where,
        `de kolommen "${header[first]}" (kolom ${first + 1}) en "${header[index]}" (kolom ${index + 1}) ` +
          `betekenen allebei ${field}; laat er één staan.`,
        1,
      );
    }
  });
  for (const required of REQUIRED[shape]) {
    if (!fields.includes(required)) {
      const spec = specs.find((candidate) => candidate.field === required);
      throw tableError(
        where,
        `de verplichte kolom "${spec?.dutch ?? required}" (${required}) ontbreekt in ${SHAPE_LABELS[shape]}.`,
        1,
      );
    }
  }
  return fields;
}
