/** Worker thread: reads and checks import files on a connection of its own, so the server keeps answering. */

import { parentPort } from 'node:worker_threads';
import { IMPORT_COLLECTIONS } from '@regiekaart/io';
import type { ImportReport, TransferFormat } from '@regiekaart/model';
import { type Db, openDatabase } from '../db/database.ts';
import { type ImportOptions, importRecords } from '../services/import.service.ts';
import { readUpload, refusalOf, type UploadRefusal } from './read-upload.ts';

export type ImportJob = {
  id: number;
  /** Only open the connection and load the code, so the first real import starts at once. */
  warm?: boolean;
  dbPath: string;
  format: TransferFormat;
  bytes: Uint8Array;
  options: Omit<ImportOptions, 'hidden' | 'format'> & {
    hidden: string[];
    /** the collections the caller may import (`importableCollections`); undefined: all */
    collections?: readonly string[] | undefined;
  };
};
export type ImportReply = {
  id: number;
  report?: ImportReport;
  refused?: UploadRefusal;
  /** the file holds collections outside `options.collections`: these, and nothing was done */
  forbidden?: string[];
  error?: string;
};

const connections = new Map<string, Db>();

export function runImportJob(db: Db, job: Omit<ImportJob, 'id' | 'dbPath'>): Omit<ImportReply, 'id'> {
  try {
    const records = readUpload(job.format, job.bytes, { nodes: job.options.nodes ?? 'organisation' });
    const { collections, ...options } = job.options;
    if (collections) {
      const forbidden = IMPORT_COLLECTIONS.filter(
        (collection) => records[collection].length > 0 && !collections.includes(collection),
      );
      if (forbidden.length > 0) return { forbidden };
    }
    const report = importRecords(db, records, {
      ...options,
      format: job.format,
      hidden: new Set(job.options.hidden),
    });
    return { report };
  } catch (error) {
    const refused = refusalOf(error);
    if (refused) return { refused };
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.on('message', (job: ImportJob) => {
  let db = connections.get(job.dbPath);
  if (!db) {
    db = openDatabase(job.dbPath);
    connections.set(job.dbPath, db);
  }
  if (job.warm) parentPort?.postMessage({ id: job.id } satisfies ImportReply);
  else parentPort?.postMessage({ id: job.id, ...runImportJob(db, job) } satisfies ImportReply);
});
