import type { VocabularyEntry } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { conflict } from '../http/problem.ts';

export type Vocabulary = 'domains' | 'link_kinds';

export function listVocabulary(db: Db, vocabulary: Vocabulary): { items: VocabularyEntry[]; total: number } {
  const items = db.prepare(`SELECT code, label FROM ${vocabulary} ORDER BY rowid`).all() as VocabularyEntry[];
  return { items, total: items.length };
}

export function addVocabularyEntry(db: Db, vocabulary: Vocabulary, entry: VocabularyEntry): VocabularyEntry {
  const taken = db.prepare(`SELECT 1 FROM ${vocabulary} WHERE code = ?`).get(entry.code);
  if (taken) throw conflict(`De code "${entry.code}" bestaat al.`);
  db.prepare(`INSERT INTO ${vocabulary} (code, label) VALUES (?, ?)`).run(entry.code, entry.label);
  return entry;
}
