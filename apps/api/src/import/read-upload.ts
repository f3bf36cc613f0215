import { FormatError, type ImportRecords, readImport } from '@regiekaart/io';
import type { ImportFormat, TransferFormat } from '@regiekaart/model';

export type UploadOptions = { nodes?: 'organisation' | 'person' };

/** A file the readers refused as a whole, in plain Dutch, naming the line or element. */
export type UploadRefusal = { message: string; line?: number | undefined; element?: string | undefined };

/**
 * Reads an uploaded file into import records. Text formats are decoded as UTF-8 (a BOM is dropped
 * by the readers); an Excel workbook goes to the reader as bytes.
 */
export function readUpload(
  format: TransferFormat,
  bytes: Uint8Array,
  options: UploadOptions = {},
): ImportRecords {
  const input = format === 'xlsx' ? bytes : new TextDecoder('utf-8').decode(bytes);
  // readImport gains 'xlsx' and options in packages/io (contract with the io work): called loosely until then.
  const read = readImport as unknown as (
    f: ImportFormat | 'xlsx',
    input: string | Uint8Array,
    options?: UploadOptions,
  ) => ImportRecords | undefined;
  const records = read(format, input, options);
  if (!records)
    throw new UploadRefused('Excel-werkmappen (.xlsx) kunnen in deze versie nog niet worden ingelezen.');
  return records;
}

/** A whole file refused before any record is read. */
export class UploadRefused extends Error {
  override readonly name = 'UploadRefused';
}

export function refusalOf(error: unknown): UploadRefusal | undefined {
  if (error instanceof FormatError)
    return { message: error.message, line: error.line, element: error.element };
  if (error instanceof UploadRefused) return { message: error.message };
  return undefined;
}
