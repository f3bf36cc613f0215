/**
 * One record read from a file, not yet validated. `row` is the spreadsheet row in a CSV file (header = 1,
 * first data row = 2; a cell spanning lines counts once), the 1-based element index in XML (nodes and
 * edges counted separately), or the 1-based array index in JSON.
 */
export type SourceRow = {
  row: number;
  /** The worksheet the row comes from (Excel workbooks only), e.g. `Verbindingen`. */
  sheet?: string;
  data: Record<string, unknown>;
};

/** What an import file holds, per collection, shaped like the model's Create schemas. */
export type ImportRecords = {
  domains: SourceRow[];
  linkKinds: SourceRow[];
  organisations: SourceRow[];
  people: SourceRow[];
  links: SourceRow[];
  templates: SourceRow[];
  opgaven: SourceRow[];
  annotations: SourceRow[];
  views: SourceRow[];
  presentations: SourceRow[];
  /**
   * Dutch sentences for the import report about what the reader filled in or converted: defaults given
   * (domain `onbekend`, tie kind `overleg`), how weights became strengths, sheets skipped.
   */
  notes?: string[];
};

export const IMPORT_COLLECTIONS = [
  'domains',
  'linkKinds',
  'organisations',
  'people',
  'links',
  'templates',
  'opgaven',
  'annotations',
  'views',
  'presentations',
] as const satisfies ReadonlyArray<keyof ImportRecords>;

export function emptyImportRecords(): ImportRecords {
  return {
    domains: [],
    linkKinds: [],
    organisations: [],
    people: [],
    links: [],
    templates: [],
    opgaven: [],
    annotations: [],
    views: [],
    presentations: [],
  };
}
