import { readCsvImport } from './csv/read-csv-import.ts';
import { finishRecords } from './finish-records.ts';
import { FormatError } from './format-error.ts';
import { readGexf } from './gexf/read-gexf.ts';
import { graphToImport } from './graph/graph-to-import.ts';
import { readGraphml } from './graphml/read-graphml.ts';
import type { ImportRecords } from './import-records.ts';
import type { IoFormat, ReadImportOptions } from './io-format.ts';
import { readJsonImport } from './json/read-json-import.ts';
import { readXlsxImport } from './xlsx/read-xlsx-import.ts';

/** The text of a text format's file: strings as they are, bytes decoded as UTF-8 (a BOM is dropped later). */
export function inputText(input: string | Uint8Array): string {
  return typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);
}

/** The bytes of a workbook; a string cannot be one (an .xlsx is binary). */
export function inputBytes(input: string | Uint8Array): Uint8Array {
  if (typeof input !== 'string') return input;
  throw new FormatError('xlsx', 'een Excel-werkmap moet als bytes worden aangeleverd, niet als tekst.');
}

/**
 * Parses an import file into unvalidated records shaped like the model's Create schemas; the API
 * validates each record and reports rejects by row. `input` is the file's text for CSV, GraphML, GEXF
 * and JSON (bytes are decoded as UTF-8) and its bytes for xlsx. `options.nodes` says what nodes that do
 * not say their kind become (default organisation). References (tie ends, memberships, parents) carry
 * what the file names the other end by, an id or a name, for the API to resolve. Defaults are filled
 * and weights turned into strengths as `finishRecords` describes; `notes` says what was filled in.
 * Throws a FormatError (Dutch, naming the line, element or sheet) for a file that cannot be read at
 * all: bad XML or JSON, an empty file, unknown CSV columns, an unsupported construct, an .xls file...
 */
export function readImport(
  format: IoFormat,
  input: string | Uint8Array,
  options: ReadImportOptions = {},
): ImportRecords {
  switch (format) {
    case 'csv':
      return finishRecords(readCsvImport(inputText(input), options));
    case 'graphml':
      return finishRecords(graphToImport(readGraphml(inputText(input)), options));
    case 'gexf':
      return finishRecords(graphToImport(readGexf(inputText(input)), options));
    case 'json':
      return finishRecords(readJsonImport(inputText(input), options));
    case 'xlsx':
      return finishRecords(readXlsxImport(inputBytes(input), options));
  }
}
