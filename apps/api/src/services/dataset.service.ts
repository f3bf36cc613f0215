import type { ImportRecords, SourceRow } from '@regiekaart/io';
import {
  AnnotationCreateSchema,
  type Dataset,
  type ImportFormat,
  type ImportReport,
  type ImportRow,
  LinkCreateSchema,
  OpgaveCreateSchema,
  OrganisationCreateSchema,
  ParticipantCreateSchema,
  PersonCreateSchema,
  PresentationCreateSchema,
  TemplateCreateSchema,
  ViewCreateSchema,
  VocabularyEntrySchema,
} from '@regiekaart/model';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { ApiError, type FieldError, fieldErrors } from '../http/problem.ts';
import { createAnnotation, listAnnotations, updateAnnotation } from './annotations.service.ts';
import { createLink, listLinks, updateLink } from './links.service.ts';
import {
  createOpgave,
  createParticipant,
  listOpgaven,
  listParticipants,
  updateOpgave,
} from './opgaven.service.ts';
import { createOrganisation, listOrganisations, updateOrganisation } from './organisations.service.ts';
import { createPerson, listPeople, updatePerson } from './people.service.ts';
import { createPresentation, listPresentations, updatePresentation } from './presentations.service.ts';
import { actorKind, exists } from './refs.ts';
import { createTemplate, listTemplates, updateTemplate } from './templates.service.ts';
import { createView, listViews, updateView } from './views.service.ts';
import { listVocabulary } from './vocabulary.service.ts';

const ALL = { limit: 1_000_000, offset: 0 };

/**
 * The whole store as the JSON backup shape; `hidden` casussen (those the caller may not see) are
 * left out with their notes and views.
 */
export function dumpDataset(db: Db, hidden: readonly string[] = []): Dataset {
  const scope = { ...ALL, hidden };
  const hiddenViews = new Set(
    hidden.length
      ? (db
          .prepare('SELECT id FROM views WHERE opgave_id IN (SELECT value FROM json_each(?))')
          .pluck()
          .all(JSON.stringify(hidden)) as string[])
      : [],
  );
  const strip = <T extends Record<string, unknown>>(o: T, keys: string[]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o))
      if (!keys.includes(k) && v !== null && v !== undefined) out[k] = v;
    return out;
  };
  const stamps = ['createdAt', 'updatedAt'];
  return {
    format: 'regiekaart',
    version: 1,
    exportedAt: new Date().toISOString(),
    domains: listVocabulary(db, 'domains').items,
    linkKinds: listVocabulary(db, 'link_kinds').items,
    organisations: listOrganisations(db, ALL).items.map((o) => strip(o, [...stamps, 'memberCount'])),
    people: listPeople(db, ALL).items.map((p) => ({
      ...strip(p, [...stamps, 'memberships']),
      memberships: p.memberships.map((m) => strip(m, ['organisationName'])),
    })),
    // surveys are not part of a dataset: a link keeps no reference to one
    links: listLinks(db, ALL).items.map((l) => strip(l, [...stamps, 'surveyId'])),
    templates: listTemplates(db, ALL).items.map((t) => ({
      ...strip(t, [...stamps, 'roles']),
      roles: t.roles.map((r) => strip(r, ['id'])),
    })),
    opgaven: listOpgaven(db, scope).items.map((o) => ({
      ...strip(o, [...stamps, 'participantCount']),
      participants: listParticipants(db, o.id).items.map((p) =>
        strip(p, ['opgaveId', 'actorKind', 'actorLabel']),
      ),
    })),
    annotations: listAnnotations(db, scope).items.map((a) => strip(a, stamps)),
    views: listViews(db, scope).items.map((v) => strip(v, stamps)),
    presentations: listPresentations(db, ALL).items.map((p) =>
      strip(
        hidden.length ? { ...p, steps: p.steps.filter((step) => !hiddenViews.has(step.viewId)) } : p,
        stamps,
      ),
    ),
  } as Dataset;
}

const slug = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s/]+/g, '_');

/** Finds a vocabulary code from a code or a label ("Sociaal domein" -> "sociaal_domein"). */
function vocabularyCode(db: Db, table: 'domains' | 'link_kinds', value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  const rows = db.prepare(`SELECT code, label FROM ${table}`).all() as { code: string; label: string }[];
  const found = rows.find((r) => r.code === value || r.code === slug(value) || slug(r.label) === slug(value));
  return found?.code ?? value;
}

/** Resolves an actor reference that may be an id or a (unique) name. */
function actorRef(db: Db, value: unknown, kinds: ('people' | 'organisations')[]): unknown {
  if (typeof value !== 'string' || value === '' || actorKind(db, value)) return value;
  const hits: string[] = [];
  for (const table of kinds) {
    const byName = db
      .prepare(
        `SELECT id FROM ${table} WHERE name = ? COLLATE NOCASE${table === 'organisations' ? ' OR short_name = ? COLLATE NOCASE' : ''}`,
      )
      .pluck()
      .all(...(table === 'organisations' ? [value, value] : [value])) as string[];
    hits.push(...byName);
  }
  return hits.length === 1 ? hits[0] : value;
}

type Step = {
  entity: Exclude<keyof ImportRecords, 'notes'>;
  schema: z.ZodType;
  label: (d: Record<string, unknown>) => string | null;
  /** Rewrites references given by name or label into ids, before validation. */
  resolve?: (db: Db, d: Record<string, unknown>) => Record<string, unknown>;
  /** The existing record this row updates, if any. */
  existing: (db: Db, d: Record<string, unknown>) => string | undefined;
  /** The order to write rows in (rows keep their own row numbers for the report). */
  order?: (rows: SourceRow[]) => SourceRow[];
  create: (db: Db, d: never) => unknown;
  update: (db: Db, id: string, d: never) => unknown;
};

const withoutId = (d: Record<string, unknown>) => {
  const { id: _id, ...rest } = d;
  return rest;
};

/** Organisations whose parent is in the same file come after that parent. */
function parentsFirst(rows: SourceRow[]): SourceRow[] {
  const byId = new Map(
    rows.filter((r) => typeof r.data.id === 'string').map((r) => [r.data.id as string, r]),
  );
  const depth = new Map<SourceRow, number>();
  const depthOf = (row: SourceRow, seen: Set<SourceRow>): number => {
    const known = depth.get(row);
    if (known !== undefined) return known;
    const parent = typeof row.data.parentId === 'string' ? byId.get(row.data.parentId) : undefined;
    const d = parent && !seen.has(parent) ? depthOf(parent, seen.add(row)) + 1 : 0;
    depth.set(row, d);
    return d;
  };
  return rows
    .map((row, index) => ({ row, index, depth: depthOf(row, new Set()) }))
    .sort((a, b) => a.depth - b.depth || a.index - b.index)
    .map((x) => x.row);
}

const STEPS: Step[] = [
  {
    entity: 'domains',
    schema: VocabularyEntrySchema,
    label: (d) => String(d.label ?? d.code ?? ''),
    existing: (db, d) => (exists(db, 'domains', String(d.code)) ? String(d.code) : undefined),
    create: (db, d: { code: string; label: string }) =>
      db.prepare('INSERT INTO domains (code, label) VALUES (?, ?)').run(d.code, d.label),
    update: (db, code, d: { label: string }) =>
      db.prepare('UPDATE domains SET label = ? WHERE code = ?').run(d.label, code),
  },
  {
    entity: 'linkKinds',
    schema: VocabularyEntrySchema,
    label: (d) => String(d.label ?? d.code ?? ''),
    existing: (db, d) => (exists(db, 'link_kinds', String(d.code)) ? String(d.code) : undefined),
    create: (db, d: { code: string; label: string }) =>
      db.prepare('INSERT INTO link_kinds (code, label) VALUES (?, ?)').run(d.code, d.label),
    update: (db, code, d: { label: string }) =>
      db.prepare('UPDATE link_kinds SET label = ? WHERE code = ?').run(d.label, code),
  },
  {
    entity: 'organisations',
    schema: OrganisationCreateSchema,
    label: (d) => (d.name ? String(d.name) : null),
    resolve: (db, d) => ({
      ...d,
      domain: vocabularyCode(db, 'domains', d.domain),
      parentId: actorRef(db, d.parentId, ['organisations']),
    }),
    order: parentsFirst,
    existing: (db, d) => {
      if (typeof d.id === 'string') return actorKind(db, d.id) === 'organisation' ? d.id : undefined;
      return db.prepare('SELECT id FROM organisations WHERE name = ? COLLATE NOCASE').pluck().get(d.name) as
        | string
        | undefined;
    },
    create: createOrganisation,
    update: (db, id, d: Record<string, unknown>) => updateOrganisation(db, id, withoutId(d)),
  },
  {
    entity: 'people',
    schema: PersonCreateSchema,
    label: (d) => (d.name ? String(d.name) : null),
    resolve: (db, d) => ({
      ...d,
      memberships: Array.isArray(d.memberships)
        ? d.memberships.map((m: Record<string, unknown>) => ({
            ...m,
            organisationId: actorRef(db, m.organisationId, ['organisations']),
          }))
        : d.memberships,
    }),
    existing: (db, d) => (typeof d.id === 'string' && actorKind(db, d.id) === 'person' ? d.id : undefined),
    create: createPerson,
    update: (db, id, d: Record<string, unknown>) => updatePerson(db, id, withoutId(d)),
  },
  {
    entity: 'links',
    schema: LinkCreateSchema,
    label: (d) => (d.sourceId && d.targetId ? `${String(d.sourceId)} – ${String(d.targetId)}` : null),
    resolve: (db, d) => ({
      ...d,
      kind: vocabularyCode(db, 'link_kinds', d.kind),
      sourceId: actorRef(db, d.sourceId, ['organisations', 'people']),
      targetId: actorRef(db, d.targetId, ['organisations', 'people']),
    }),
    existing: (db, d) => (typeof d.id === 'string' && exists(db, 'links', d.id) ? d.id : undefined),
    create: createLink,
    update: (db, id, d: Record<string, unknown>) => updateLink(db, id, withoutId(d)),
  },
  {
    entity: 'templates',
    schema: TemplateCreateSchema,
    label: (d) => (d.name ? String(d.name) : null),
    existing: (db, d) => (typeof d.id === 'string' && exists(db, 'templates', d.id) ? d.id : undefined),
    create: createTemplate,
    update: (db, id, d: Record<string, unknown>) => updateTemplate(db, id, withoutId(d)),
  },
  {
    entity: 'opgaven',
    schema: OpgaveCreateSchema.extend({ participants: z.array(ParticipantCreateSchema).default([]) }),
    label: (d) => (d.name ? String(d.name) : null),
    existing: (db, d) => (typeof d.id === 'string' && exists(db, 'opgaven', d.id) ? d.id : undefined),
    create: (
      db,
      d: Record<string, unknown> & { participants: z.infer<typeof ParticipantCreateSchema>[] },
    ) => {
      const { participants, ...opgave } = d;
      const created = createOpgave(db, opgave as never);
      for (const p of participants) createParticipant(db, created.id, p);
    },
    update: (
      db,
      id,
      d: Record<string, unknown> & { participants: z.infer<typeof ParticipantCreateSchema>[] },
    ) => {
      const { participants, ...opgave } = d;
      updateOpgave(db, id, withoutId(opgave) as never);
      db.prepare('DELETE FROM participants WHERE opgave_id = ?').run(id);
      for (const p of participants) createParticipant(db, id, p);
    },
  },
  {
    entity: 'annotations',
    schema: AnnotationCreateSchema,
    label: (d) => (d.text ? String(d.text).slice(0, 60) : null),
    existing: (db, d) => (typeof d.id === 'string' && exists(db, 'annotations', d.id) ? d.id : undefined),
    create: createAnnotation,
    update: (db, id, d: Record<string, unknown>) => {
      const { targetType: _t, targetId: _i, ...rest } = withoutId(d);
      return updateAnnotation(db, id, rest);
    },
  },
  {
    entity: 'views',
    schema: ViewCreateSchema,
    label: (d) => (d.name ? String(d.name) : null),
    existing: (db, d) => (typeof d.id === 'string' && exists(db, 'views', d.id) ? d.id : undefined),
    create: createView,
    update: (db, id, d: Record<string, unknown>) => updateView(db, id, withoutId(d)),
  },
  {
    entity: 'presentations',
    schema: PresentationCreateSchema,
    label: (d) => (d.name ? String(d.name) : null),
    existing: (db, d) => (typeof d.id === 'string' && exists(db, 'presentations', d.id) ? d.id : undefined),
    create: createPresentation,
    update: (db, id, d: Record<string, unknown>) => updatePresentation(db, id, withoutId(d)),
  },
];

const ROLLBACK = Symbol('dry-run rollback');

/**
 * Imports records in one transaction. Every row is validated and written in its own savepoint so
 * one report names every rejected row; then the transaction commits only when nothing was rejected
 * and this is not a dry run. A dry run therefore reports exactly what a real import would do.
 */
export function importRecords(
  db: Db,
  records: ImportRecords,
  options: { dryRun: boolean; format: ImportFormat },
): ImportReport {
  const rows: ImportRow[] = [];
  const summary: ImportReport['summary'] = {};
  const run = () => {
    for (const step of STEPS) {
      for (const source of step.order ? step.order(records[step.entity]) : records[step.entity]) {
        summary[step.entity] ??= { create: 0, update: 0, reject: 0 };
        const tally = summary[step.entity]!;
        const data = step.resolve ? step.resolve(db, source.data) : source.data;
        const parsed = step.schema.safeParse(data);
        const id = typeof data.id === 'string' ? data.id : typeof data.code === 'string' ? data.code : null;
        const base = { entity: step.entity, row: source.row, id, label: step.label(data) };
        if (!parsed.success) {
          rows.push({ ...base, action: 'reject', errors: fieldErrors(parsed.error) });
          tally.reject++;
          continue;
        }
        const value = parsed.data as Record<string, unknown>;
        const target = step.existing(db, value);
        try {
          db.transaction(() => {
            if (target) step.update(db, target, value as never);
            else step.create(db, value as never);
          })();
          rows.push({ ...base, id: target ?? id, action: target ? 'update' : 'create' });
          tally[target ? 'update' : 'create']++;
        } catch (error) {
          const errors: FieldError[] =
            error instanceof ApiError
              ? (error.errors ?? [{ field: '(rij)', message: error.detail ?? error.title }])
              : [{ field: '(rij)', message: error instanceof Error ? error.message : String(error) }];
          rows.push({ ...base, action: 'reject', errors });
          tally.reject++;
        }
      }
    }
    const rejected = rows.some((r) => r.action === 'reject');
    if (options.dryRun || rejected) throw ROLLBACK;
  };
  let applied = false;
  try {
    db.transaction(run)();
    applied = true;
  } catch (error) {
    if (error !== ROLLBACK) throw error;
  }
  return { dryRun: options.dryRun, format: options.format, applied, summary, rows };
}

export function isEmpty(db: Db): boolean {
  return (
    db.prepare('SELECT count(*) FROM actors').pluck().get() === 0 &&
    db.prepare('SELECT count(*) FROM opgaven').pluck().get() === 0
  );
}

/** A parsed backup as import records, row numbers being 1-based array positions. */
export function recordsFromDataset(dataset: Partial<Dataset>): ImportRecords {
  const rows = (list: readonly unknown[] | undefined): SourceRow[] =>
    (list ?? []).map((data, i) => ({ row: i + 1, data: data as Record<string, unknown> }));
  return {
    domains: rows(dataset.domains),
    linkKinds: rows(dataset.linkKinds),
    organisations: rows(dataset.organisations),
    people: rows(dataset.people),
    links: rows(dataset.links),
    templates: rows(dataset.templates),
    opgaven: rows(dataset.opgaven),
    annotations: rows(dataset.annotations),
    views: rows(dataset.views),
    presentations: rows(dataset.presentations),
  };
}

export function importDataset(db: Db, dataset: Partial<Dataset>, dryRun = false): ImportReport {
  return importRecords(db, recordsFromDataset(dataset), { dryRun, format: 'json' });
}
