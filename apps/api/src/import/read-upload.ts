import { FormatError, type ImportRecords, readImport } from '@regiekaart/io';
import type { TransferFormat } from '@regiekaart/model';

export type UploadOptions = { nodes?: 'organisation' | 'person' };

/** A file the readers refused as a whole, in plain Dutch, naming the line, element or sheet. */
export type UploadRefusal = { message: string; line?: number | undefined; element?: string | undefined };

/** Reads an uploaded file into import records: bytes for a workbook, UTF-8 text for the rest. */
export function readUpload(
  format: TransferFormat,
  bytes: Uint8Array,
  options: UploadOptions = {},
): ImportRecords {
  return readImport(format, bytes, options);
}

export function refusalOf(error: unknown): UploadRefusal | undefined {
  if (error instanceof FormatError)
    return { message: error.message, line: error.line, element: error.element };
  return undefined;
}
