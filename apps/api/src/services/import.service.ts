import type { ImportRecords, SourceRow } from '@regiekaart/io';
import {
  AnnotationCreateSchema,
  DatasetOpgaveSchema,
  type DatasetTeamEntry,
  type ImportCandidate,
  type ImportChoices,
  type ImportName,
  type ImportReport,
  type ImportRow,
  LinkCreateSchema,
  OrganisationCreateSchema,
  PersonCreateSchema,
  PresentationCreateSchema,
  TemplateCreateSchema,
  type TransferFormat,
  ViewCreateSchema,
  VocabularyEntrySchema,
} from '@regiekaart/model';
import type { z } from 'zod';
import type { Db } from '../db/database.ts';
import { bumpGeneration } from '../db/generation.ts';
import { ApiError, type FieldError, fieldErrors, unprocessable } from '../http/problem.ts';
import { linksTable } from '../repos/tables.ts';
import { createAnnotation, getAnnotation, updateAnnotation } from './annotations.service.ts';
import { replaceTeam, resolveTeam, teamForDataset } from './casus-team.service.ts';
import { recordChanges, stopRecording } from './change-sets.service.ts';
import { createLink, getLink, updateLink } from './links.service.ts';
import { actorsByName, normaliseName } from './names.ts';
import {
  createOpgave,
  createParticipant,
  getOpgave,
  listParticipants,
  updateOpgave,
} from './opgaven.service.ts';
import { createOrganisation, getOrganisation, updateOrganisation } from './organisations.service.ts';
import { createPerson, getPerson, updatePerson } from './people.service.ts';
import { createPresentation, getPresentation, updatePresentation } from './presentations.service.ts';
import { actorKind, exists } from './refs.ts';
import { createTemplate, getTemplate, updateTemplate } from './templates.service.ts';
import { createView, getView, updateView } from './views.service.ts';

export type ImportOptions = {
  dryRun: boolean;
  format: TransferFormat;
  /** What a node without a kind, or an unknown name at a tie's end, becomes. */
  nodes?: 'organisation' | 'person';
  /** Per name in the file: "new", or the id of an existing person or organisation. */
  choices?: ImportChoices;
  fileName?: string | null;
  user?: { id: string; username: string } | null;
  /** Casussen the caller may not see: never updated, never named. */
  hidden?: ReadonlySet<string>;
};

/** Reports longer than this list only their first rejected rows. */
export const REPORT_ROW_LIMIT = 1000;
const REJECTS_IN_SUMMARY = 100;

type Kind = 'person' | 'organisation';
type Entity = Exclude<keyof ImportRecords, 'notes'>;

/** Field names as the user knows them, for messages. */
const FIELD_NAMES: Record<string, string> = {
  sourceId: 'van',
  targetId: 'naar',
  organisationId: 'organisatie',
  actorId: 'deelnemer',
  parentId: 'moederorganisatie',
  templateId: 'partnersjabloon',
  opgaveId: 'opgave',
  name: 'naam',
  shortName: 'korte naam',
  domain: 'domein',
  type: 'soort',
  kind: 'soort',
  strength: 'sterkte',
  directed: 'gericht',
  since: 'vanaf',
  until: 'tot',
  role: 'rol',
  function: 'functie',
  memberships: 'lidmaatschappen',
  participants: 'deelnemers',
  code: 'code',
  label: 'naam',
  level: 'niveau',
  status: 'status',
  region: 'regio',
  note: 'toelichting',
  weight: 'gewicht',
  confidence: 'zekerheid',
  source: 'bron',
  id: 'id',
  text: 'tekst',
};

export function dutchField(field: string): string {
  return field
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? `${Number(part) + 1}` : (FIELD_NAMES[part] ?? part)))
    .join(' ');
}

const fieldErrorsNl = (error: z.ZodError): FieldError[] =>
  fieldErrors(error).map((e) => ({ field: dutchField(e.field), message: e.message }));

const withoutId = (d: Record<string, unknown>) => {
  const { id: _id, ...rest } = d;
  return rest;
};

/** Equal as stored: null and undefined alike, arrays and objects by value. */
function same(a: unknown, b: unknown): boolean {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** True when every field the row gives already has that value (ids of children aside). */
function unchanged(existing: Record<string, unknown>, value: Record<string, unknown>): boolean {
  for (const [key, v] of Object.entries(value)) {
    if (key === 'id' || key === 'allowDuplicate') continue;
    const e = existing[key];
    if (Array.isArray(v) && Array.isArray(e)) {
      const strip = (list: unknown[]) =>
        list
          .map((x) => {
            const {
              id: _i,
              organisationName: _o,
              actorKind: _k,
              actorLabel: _l,
              opgaveId: _g,
              ...rest
            } = x as Record<string, unknown>;
            return JSON.stringify(
              Object.fromEntries(
                Object.entries(rest)
                  .filter(([, y]) => y !== null && y !== undefined)
                  .sort(),
              ),
            );
          })
          .sort();
      if (JSON.stringify(strip(v)) !== JSON.stringify(strip(e))) return false;
    } else if (!same(e, v)) return false;
  }
  return true;
}

type Step = {
  entity: Entity;
  schema: z.ZodType;
  label: (ctx: Context, d: Record<string, unknown>) => string | null;
  /** Rewrites references given by name or label into ids, before validation. */
  resolve?: (ctx: Context, d: Record<string, unknown>, at: At) => Record<string, unknown>;
  /** The existing record this row updates, if any. */
  existing: (ctx: Context, d: Record<string, unknown>, at: At) => string | undefined;
  /** The existing record as the model shows it, to tell an update from an unchanged row. */
  current?: (db: Db, id: string) => Record<string, unknown>;
  order?: (rows: SourceRow[]) => SourceRow[];
  create: (db: Db, d: never) => { id?: string } | unknown;
  update: (db: Db, id: string, d: never) => unknown;
};

type At = { entity: Entity; row: number; errors: FieldError[] };

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

/** What one import knows while it runs: names, external ids, vocabulary, and the names it could not place. */
class Context {
  readonly byName: Map<string, ImportCandidate[]>;
  readonly nameOf = new Map<string, string>();
  readonly external = new Map<string, string>();
  /** The file has notes on ties: a dry run then writes the ties it would create, for them to resolve. */
  readonly notesOnTies: boolean;
  /** Every actor id with its kind, kept up to date as the import creates actors. */
  readonly kinds = new Map<string, Kind>();
  /** Ties by their ends and kind, with their stored values; loaded on the first tie row. */
  private links: LinkIndex | undefined;
  readonly names = new Map<string, ImportName>();
  readonly created: ImportRow[] = [];
  /** Ids the file gives its own records, with their rows, to tell a rejected row from an unknown name. */
  readonly fileIds = new Map<string, { entity: Entity; row: number }>();
  private readonly vocab: Record<'domains' | 'link_kinds', { code: string; label: string }[]>;
  private readonly choices = new Map<string, string>();

  constructor(
    readonly db: Db,
    readonly options: ImportOptions,
    records: ImportRecords,
  ) {
    this.byName = actorsByName(db);
    this.notesOnTies = records.annotations.some((a) => a.data.targetType === 'link');
    for (const r of db.prepare('SELECT id, kind FROM actors').all() as { id: string; kind: Kind }[])
      this.kinds.set(r.id, r.kind);
    for (const list of this.byName.values()) for (const c of list) this.nameOf.set(c.id, c.name);
    for (const r of db.prepare('SELECT external_id, kind, actor_id FROM external_ids').all() as {
      external_id: string;
      kind: Kind;
      actor_id: string;
    }[])
      this.external.set(`${r.kind}|${r.external_id}`, r.actor_id);
    this.vocab = {
      domains: db.prepare('SELECT code, label FROM domains').all() as { code: string; label: string }[],
      link_kinds: db.prepare('SELECT code, label FROM link_kinds').all() as { code: string; label: string }[],
    };
    for (const [name, choice] of Object.entries(options.choices ?? {}))
      this.choices.set(normaliseName(name), choice);
    for (const entity of ['organisations', 'people'] as const)
      for (const r of records[entity])
        if (typeof r.data.id === 'string') this.fileIds.set(r.data.id, { entity, row: r.row });
  }

  /** A vocabulary code from a code or a label in any case ("Sociaal Domein" -> "sociaal_domein"). */
  private readonly codes = new Map<string, unknown>();

  code(table: 'domains' | 'link_kinds', value: unknown): unknown {
    if (typeof value !== 'string' || value === '') return value;
    const cacheKey = `${table}|${value}`;
    if (this.codes.has(cacheKey)) return this.codes.get(cacheKey);
    const slug = (s: string) => normaliseName(s).replace(/[\s/]+/g, '_');
    const key = slug(value);
    const found = this.vocab[table].find((r) => r.code === value || r.code === key || slug(r.label) === key);
    const code = found?.code ?? value;
    this.codes.set(cacheKey, code);
    return code;
  }

  private learned: (() => void)[] = [];

  /** Where a row starts: what it learns is forgotten again when the row is refused. */
  mark(): number {
    return this.learned.length;
  }

  forgetSince(mark: number): void {
    for (const undo of this.learned.splice(mark).reverse()) undo();
  }

  /** Learns a record this import created or matched, so later rows find it by name or file id. */
  learn(kind: Kind, id: string, name: string, fileId?: unknown): void {
    const key = normaliseName(name);
    const had = this.byName.get(key)?.slice();
    const externalKey = `${kind}|${String(fileId)}`;
    const hadExternal = this.external.get(externalKey);
    this.learned.push(() => {
      if (had) this.byName.set(key, had);
      else this.byName.delete(key);
      if (hadExternal) this.external.set(externalKey, hadExternal);
      else this.external.delete(externalKey);
    });
    const list = this.byName.get(key) ?? [];
    if (!list.some((c) => c.id === id)) list.push({ id, kind, name, organisation: null });
    this.byName.set(key, list);
    this.nameOf.set(id, name);
    this.kinds.set(id, kind);
    if (typeof fileId === 'string' && fileId !== id) this.external.set(`${kind}|${fileId}`, id);
  }

  linkIndex(): LinkIndex {
    this.links ??= new LinkIndex(this.db);
    return this.links;
  }

  /** A vocabulary entry this import added, usable by the rows after it. */
  addVocabulary(table: 'domains' | 'link_kinds', entry: { code: string; label: string }): void {
    this.vocab[table].push(entry);
    this.codes.clear();
  }

  hasKind(code: string): boolean {
    return this.vocab.link_kinds.some((k) => k.code === code);
  }

  label(id: unknown): string {
    return typeof id === 'string' ? (this.nameOf.get(id) ?? id) : String(id ?? '?');
  }

  private note(
    name: string,
    status: ImportName['status'],
    kind: Kind,
    at: At,
    candidates: ImportCandidate[],
    choice: string | null,
  ) {
    const key = normaliseName(name);
    const entry = this.names.get(key) ?? { name, status, kind, rows: [], candidates, choice };
    if (!entry.rows.some((r) => r.entity === at.entity && r.row === at.row))
      entry.rows.push({ entity: at.entity, row: at.row });
    this.names.set(key, entry);
  }

  /**
   * The id a reference means: an id, an id the file gave a record, or a name. An unknown name is
   * created as a new record (unless the user chose an existing one); an ambiguous one is refused
   * with its candidates.
   */
  actor(value: unknown, kinds: Kind[], field: string, at: At, asKind: Kind): unknown {
    if (typeof value !== 'string' || value.trim() === '') return value;
    const known = this.kinds.get(value);
    if (known && kinds.includes(known) && this.choices.size === 0) return value;
    const key = normaliseName(value);
    const choice = this.choices.get(key);
    if (choice && choice !== 'new') {
      const kind = this.kinds.get(choice);
      if (kind && kinds.includes(kind)) {
        this.note(value, 'unknown', asKind, at, [], choice);
        return choice;
      }
      at.errors.push({
        field: dutchField(field),
        message: `de gekozen persoon of organisatie voor "${value}" bestaat niet`,
      });
      return value;
    }
    if (known && kinds.includes(known)) return value;
    for (const k of kinds) {
      const mapped = this.external.get(`${k}|${value}`);
      if (mapped) return mapped;
    }
    const hits = (this.byName.get(key) ?? []).filter((c) => kinds.includes(c.kind));
    if (hits.length === 1) return hits[0]!.id;
    if (hits.length > 1 && choice !== 'new') {
      this.note(value, 'ambiguous', asKind, at, hits, null);
      at.errors.push({
        field: dutchField(field),
        message: `"${value}" kan ${hits.length} records zijn: ${hits
          .map((c) => (c.organisation ? `${c.name} (${c.organisation})` : c.name))
          .join(', ')}; kies er één`,
      });
      return value;
    }
    const own = this.fileIds.get(value);
    if (own && choice !== 'new') {
      at.errors.push({
        field: dutchField(field),
        message: `verwijst naar rij ${own.row} van ${own.entity === 'people' ? 'de personen' : 'de organisaties'}, die is afgekeurd`,
      });
      return value;
    }
    // an unknown name: a new record, named as in the file
    const name = value.trim().slice(0, 200);
    const created =
      asKind === 'organisation'
        ? createOrganisation(this.db, {
            name,
            domain: 'onbekend',
            type: 'onbekend',
            allowDuplicate: true,
          })
        : createPerson(this.db, { name, memberships: [], allowDuplicate: true });
    this.learn(asKind, created.id, name);
    this.note(value, 'unknown', asKind, at, [], choice ?? 'new');
    this.created.push({
      entity: asKind === 'organisation' ? 'organisations' : 'people',
      row: at.row,
      id: created.id,
      label: name,
      action: 'create',
    });
    return created.id;
  }
}

/** An actor row matched by id, by the id the file gave it before, or by its (unique) name. */
function matchActor(ctx: Context, kind: Kind, d: Record<string, unknown>, at: At): string | undefined {
  if (typeof d.id === 'string') {
    if (actorKind(ctx.db, d.id) === kind) return d.id;
    const mapped = ctx.external.get(`${kind}|${d.id}`);
    if (mapped) return mapped;
  }
  if (typeof d.name !== 'string') return undefined;
  const key = normaliseName(d.name);
  const choice = ctx.options.choices
    ? Object.entries(ctx.options.choices).find(([n]) => normaliseName(n) === key)?.[1]
    : undefined;
  if (choice === 'new') return undefined;
  if (choice && actorKind(ctx.db, choice) === kind) return choice;
  const hits = (ctx.byName.get(key) ?? []).filter((c) => c.kind === kind);
  if (hits.length === 1) return hits[0]!.id;
  if (hits.length > 1) {
    at.errors.push({
      field: 'naam',
      message: `er zijn ${hits.length} ${kind === 'person' ? 'personen' : 'organisaties'} met deze naam: ${hits
        .map((c) => (c.organisation ? `${c.name} (${c.organisation})` : c.name))
        .join(', ')}; kies er één`,
    });
    ctx.names.set(key, {
      name: d.name,
      status: 'ambiguous',
      kind,
      rows: [{ entity: at.entity, row: at.row }],
      candidates: hits,
      choice: null,
    });
  }
  return undefined;
}

/** A tie without an id matches an existing tie between the same two ends of the same kind. */
function matchLink(db: Db, d: Record<string, unknown>): string | undefined {
  if (typeof d.id === 'string' && exists(db, 'links', d.id)) return d.id;
  if (typeof d.sourceId !== 'string' || typeof d.targetId !== 'string') return undefined;
  return db
    .prepare(
      `SELECT id FROM links WHERE kind = @kind AND ((source_id = @s AND target_id = @t)
         OR (directed = 0 AND @directed = 0 AND source_id = @t AND target_id = @s)) ORDER BY id LIMIT 1`,
    )
    .pluck()
    .get({ kind: d.kind, s: d.sourceId, t: d.targetId, directed: d.directed ? 1 : 0 }) as string | undefined;
}

const byId =
  (table: 'templates' | 'opgaven' | 'annotations' | 'views' | 'presentations') =>
  (ctx: Context, d: Record<string, unknown>) =>
    typeof d.id === 'string' && exists(ctx.db, table, d.id) ? d.id : undefined;

type DatasetOpgave = z.infer<typeof DatasetOpgaveSchema>;

/** A backup's team for a casus: accounts found by user name; only a casus has a team. */
function importTeam(db: Db, opgaveId: string, team: readonly DatasetTeamEntry[]): void {
  const kind = db.prepare('SELECT kind FROM opgaven WHERE id = ?').pluck().get(opgaveId);
  if (team.length > 0 && kind !== 'casus')
    throw unprocessable([{ field: 'team', message: 'alleen een casus heeft een team' }]);
  const errors: FieldError[] = [];
  const resolved = resolveTeam(db, team, errors);
  if (errors.length) throw unprocessable(errors);
  replaceTeam(db, opgaveId, resolved);
}

const STEPS: Step[] = [
  {
    entity: 'domains',
    schema: VocabularyEntrySchema,
    label: (_, d) => String(d.label ?? d.code ?? ''),
    existing: (ctx, d) => (exists(ctx.db, 'domains', String(d.code)) ? String(d.code) : undefined),
    current: (db, code) =>
      db.prepare('SELECT code, label FROM domains WHERE code = ?').get(code) as Record<string, unknown>,
    create: (db, d: { code: string; label: string }) =>
      db.prepare('INSERT INTO domains (code, label) VALUES (?, ?)').run(d.code, d.label),
    update: (db, code, d: { label: string }) =>
      db.prepare('UPDATE domains SET label = ? WHERE code = ?').run(d.label, code),
  },
  {
    entity: 'linkKinds',
    schema: VocabularyEntrySchema,
    label: (_, d) => String(d.label ?? d.code ?? ''),
    existing: (ctx, d) => (exists(ctx.db, 'link_kinds', String(d.code)) ? String(d.code) : undefined),
    current: (db, code) =>
      db.prepare('SELECT code, label FROM link_kinds WHERE code = ?').get(code) as Record<string, unknown>,
    create: (db, d: { code: string; label: string }) =>
      db.prepare('INSERT INTO link_kinds (code, label) VALUES (?, ?)').run(d.code, d.label),
    update: (db, code, d: { label: string }) =>
      db.prepare('UPDATE link_kinds SET label = ? WHERE code = ?').run(d.label, code),
  },
  {
    entity: 'organisations',
    schema: OrganisationCreateSchema,
    label: (_, d) => (d.name ? String(d.name) : null),
    resolve: (ctx, d, at) => ({
      ...d,
      domain: ctx.code('domains', d.domain),
      parentId: d.parentId
        ? ctx.actor(d.parentId, ['organisation'], 'parentId', at, 'organisation')
        : d.parentId,
    }),
    order: parentsFirst,
    existing: (ctx, d, at) => matchActor(ctx, 'organisation', d, at),
    current: (db, id) => getOrganisation(db, id),
    create: (db, d: Record<string, unknown>) =>
      createOrganisation(db, { ...d, allowDuplicate: true } as never),
    update: (db, id, d: Record<string, unknown>) => updateOrganisation(db, id, withoutId(d)),
  },
  {
    entity: 'people',
    schema: PersonCreateSchema,
    label: (_, d) => (d.name ? String(d.name) : null),
    resolve: (ctx, d, at) => ({
      ...d,
      memberships: Array.isArray(d.memberships)
        ? d.memberships.map((m: Record<string, unknown>, i: number) => ({
            ...m,
            organisationId: ctx.actor(
              m.organisationId,
              ['organisation'],
              `memberships.${i}.organisationId`,
              at,
              'organisation',
            ),
          }))
        : d.memberships,
    }),
    existing: (ctx, d, at) => matchActor(ctx, 'person', d, at),
    current: (db, id) => getPerson(db, id),
    create: (db, d: Record<string, unknown>) => createPerson(db, { ...d, allowDuplicate: true } as never),
    update: (db, id, d: Record<string, unknown>) => updatePerson(db, id, withoutId(d)),
  },
  {
    entity: 'links',
    schema: LinkCreateSchema,
    label: (ctx, d) =>
      d.sourceId && d.targetId ? `${ctx.label(d.sourceId)} – ${ctx.label(d.targetId)}` : null,
    resolve: (ctx, d, at) => {
      const as = ctx.options.nodes ?? 'organisation';
      return {
        ...d,
        kind: ctx.code('link_kinds', d.kind),
        sourceId: ctx.actor(d.sourceId, ['organisation', 'person'], 'sourceId', at, as),
        targetId: ctx.actor(d.targetId, ['organisation', 'person'], 'targetId', at, as),
      };
    },
    existing: (ctx, d) => matchLink(ctx.db, d),
    current: (db, id) => getLink(db, id),
    create: createLink,
    update: (db, id, d: Record<string, unknown>) => updateLink(db, id, withoutId(d)),
  },
  {
    entity: 'templates',
    schema: TemplateCreateSchema,
    label: (_, d) => (d.name ? String(d.name) : null),
    resolve: (ctx, d) => ({
      ...d,
      roles: Array.isArray(d.roles)
        ? d.roles.map((r: Record<string, unknown>) => ({
            ...r,
            domain: r.domain ? ctx.code('domains', r.domain) : r.domain,
          }))
        : d.roles,
    }),
    existing: byId('templates'),
    current: (db, id) => getTemplate(db, id),
    create: createTemplate,
    update: (db, id, d: Record<string, unknown>) => updateTemplate(db, id, withoutId(d)),
  },
  {
    entity: 'opgaven',
    schema: DatasetOpgaveSchema,
    label: (_, d) => (d.name ? String(d.name) : null),
    resolve: (ctx, d, at) => {
      if (typeof d.id === 'string' && ctx.options.hidden?.has(d.id))
        at.errors.push({ field: 'id', message: 'dit id is al in gebruik' });
      return {
        ...d,
        participants: Array.isArray(d.participants)
          ? d.participants.map((p: Record<string, unknown>, i: number) => ({
              ...p,
              actorId: ctx.actor(
                p.actorId,
                ['organisation', 'person'],
                `participants.${i}.actorId`,
                at,
                ctx.options.nodes ?? 'organisation',
              ),
            }))
          : d.participants,
        // no team key: the stored team stays as it is (an unchanged opgave is not rewritten)
        ...(Array.isArray(d.team)
          ? {
              team: d.team.map((m: Record<string, unknown>, i: number) =>
                m && typeof m === 'object' && m.personId !== undefined
                  ? { ...m, personId: ctx.actor(m.personId, ['person'], `team.${i}.personId`, at, 'person') }
                  : m,
              ),
            }
          : 'team' in d
            ? { team: d.team }
            : {}),
      };
    },
    existing: byId('opgaven'),
    current: (db, id) => ({
      ...getOpgave(db, id),
      participants: listParticipants(db, id).items,
      team: teamForDataset(db, id),
    }),
    create: (db, d: DatasetOpgave) => {
      const { participants, team, ...opgave } = d;
      const created = createOpgave(db, opgave as never);
      for (const p of participants) createParticipant(db, created.id, p);
      if (team !== undefined) importTeam(db, created.id, team);
      return created;
    },
    update: (db, id, d: DatasetOpgave) => {
      const { participants, team, ...opgave } = d;
      updateOpgave(db, id, withoutId(opgave) as never);
      // a backup without the participants (or team) key leaves them as they are
      if (participants !== undefined) {
        db.prepare('DELETE FROM participants WHERE opgave_id = ?').run(id);
        for (const p of participants) createParticipant(db, id, p);
      }
      if (team !== undefined) importTeam(db, id, team);
    },
  },
  {
    entity: 'annotations',
    schema: AnnotationCreateSchema,
    label: (_, d) => (d.text ? String(d.text).slice(0, 60) : null),
    resolve: (ctx, d, at) => {
      if (typeof d.opgaveId === 'string' && ctx.options.hidden?.has(d.opgaveId))
        at.errors.push({ field: 'opgave', message: 'deze opgave bestaat niet' });
      return d;
    },
    existing: byId('annotations'),
    current: (db, id) => getAnnotation(db, id),
    create: createAnnotation,
    update: (db, id, d: Record<string, unknown>) => {
      const { targetType: _t, targetId: _i, ...rest } = withoutId(d);
      return updateAnnotation(db, id, rest);
    },
  },
  {
    entity: 'views',
    schema: ViewCreateSchema,
    label: (_, d) => (d.name ? String(d.name) : null),
    resolve: (ctx, d, at) => {
      if (typeof d.opgaveId === 'string' && ctx.options.hidden?.has(d.opgaveId))
        at.errors.push({ field: 'opgave', message: 'deze opgave bestaat niet' });
      return d;
    },
    existing: byId('views'),
    current: (db, id) => getView(db, id),
    create: createView,
    update: (db, id, d: Record<string, unknown>) => updateView(db, id, withoutId(d)),
  },
  {
    entity: 'presentations',
    schema: PresentationCreateSchema,
    label: (_, d) => (d.name ? String(d.name) : null),
    existing: byId('presentations'),
    current: (db, id) => getPresentation(db, id),
    create: createPresentation,
    update: (db, id, d: Record<string, unknown>) => updatePresentation(db, id, withoutId(d)),
  },
];

type StoredLink = Record<string, unknown> & {
  id: string;
  sourceId: string;
  targetId: string;
  kind: string;
  directed: boolean;
};

/** The store's ties in memory for one import: matching 50,000 rows must not cost 50,000 queries. */
class LinkIndex {
  private readonly byEnds = new Map<string, StoredLink[]>();
  readonly byId = new Map<string, StoredLink>();
  private simulated = 0;

  constructor(db: Db) {
    for (const row of db.prepare('SELECT * FROM links ORDER BY id').all() as Record<string, unknown>[])
      this.add(linksTable.fromRow(row) as StoredLink);
  }

  private static key(s: string, t: string, kind: string) {
    return `${s}\u0000${t}\u0000${kind}`;
  }

  add(link: StoredLink): void {
    this.byId.set(link.id, link);
    const key = LinkIndex.key(link.sourceId, link.targetId, link.kind);
    const list = this.byEnds.get(key);
    if (list) list.push(link);
    else this.byEnds.set(key, [link]);
  }

  /** As matchLink: the same ends and kind, or the reverse of an undirected tie for an undirected row. */
  match(d: Record<string, unknown>): StoredLink | undefined {
    if (typeof d.id === 'string' && this.byId.has(d.id)) return this.byId.get(d.id);
    if (typeof d.sourceId !== 'string' || typeof d.targetId !== 'string' || typeof d.kind !== 'string')
      return undefined;
    const forward = this.byEnds.get(LinkIndex.key(d.sourceId, d.targetId, d.kind))?.[0];
    if (forward || d.directed) return forward;
    return this.byEnds.get(LinkIndex.key(d.targetId, d.sourceId, d.kind))?.find((l) => !l.directed);
  }

  nextSimulatedId(): string {
    this.simulated++;
    return `proef-${this.simulated}`;
  }
}

/**
 * One tie row, matched in memory. A dry run checks what the database would check (ends, kind,
 * period) and writes nothing, so a large file is answered in seconds; a real import writes.
 */
function importLink(
  c: Context,
  value: Record<string, unknown>,
  data: Record<string, unknown>,
  at: At,
): { action: ImportRow['action']; target?: string } {
  const index = c.linkIndex();
  const found = index.match(value);
  for (const end of ['sourceId', 'targetId'] as const) {
    if (!c.kinds.has(String(value[end])))
      at.errors.push({ field: dutchField(end), message: `"${String(value[end])}" bestaat niet` });
  }
  if (!c.hasKind(String(value.kind)))
    at.errors.push({ field: 'soort', message: `soort verbinding "${String(value.kind)}" bestaat niet` });
  if (at.errors.length) return { action: 'reject' };
  if (found) {
    const patch = Object.fromEntries(Object.entries(value).filter(([k]) => k in data && k !== 'id'));
    if (unchanged(found, patch)) return { action: 'unchanged', target: found.id };
    if (!c.options.dryRun) {
      const updated = updateLink(c.db, found.id, patch);
      Object.assign(found, updated);
    } else Object.assign(found, patch);
    return { action: 'update', target: found.id };
  }
  if (!c.options.dryRun) {
    const created = createLink(c.db, value as never);
    index.add(created as unknown as StoredLink);
    return { action: 'create', target: created.id };
  }
  if (typeof value.id === 'string' && exists(c.db, 'links', value.id)) {
    at.errors.push({ field: 'id', message: `er bestaat al een verbinding met id "${value.id}"` });
    return { action: 'reject' };
  }
  // written (and rolled back with the dry run) only when notes in the file may point at it
  const id = typeof value.id === 'string' ? value.id : index.nextSimulatedId();
  if (c.notesOnTies) linksTable.insert(c.db, { ...value, id, createdAt: '', updatedAt: '' });
  index.add({ ...value, id } as StoredLink);
  return { action: 'create', target: id };
}

const ROLLBACK = Symbol('dry-run rollback');

function errorsOf(error: unknown): FieldError[] {
  return error instanceof ApiError
    ? (error.errors ?? [{ field: '(rij)', message: error.detail ?? error.title }]).map((e) => ({
        field: dutchField(e.field),
        message: e.message,
      }))
    : [{ field: '(rij)', message: error instanceof Error ? error.message : String(error) }];
}

function tallyOf(summary: ImportReport['summary'], entity: string) {
  const tally = summary[entity] ?? { create: 0, update: 0, unchanged: 0, reject: 0 };
  summary[entity] = tally;
  return tally;
}

/** A long report keeps its counts and the first rejected rows only. */
function summarised(rows: ImportRow[]): { rows: ImportRow[]; omittedRows?: number } {
  if (rows.length <= REPORT_ROW_LIMIT) return { rows };
  const kept = rows.filter((r) => r.action === 'reject').slice(0, REJECTS_IN_SUMMARY);
  return { rows: kept, omittedRows: rows.length - kept.length };
}

/**
 * Imports records in one transaction. Every row is validated and written in its own savepoint so
 * one report names every rejected row; then the transaction commits only when nothing was rejected
 * and this is not a dry run. A dry run therefore reports exactly what a real import would do.
 * References may name their ends; an applied import is recorded as a change set (`importId`) that
 * DELETE /api/imports/:id undoes.
 */
export function importRecords(db: Db, records: ImportRecords, options: ImportOptions): ImportReport {
  const rows: ImportRow[] = [];
  const summary: ImportReport['summary'] = {};
  let ctx: Context | undefined;
  const run = () => {
    ctx = new Context(db, options, records);
    const c = ctx;
    for (const step of STEPS) {
      for (const source of step.order
        ? step.order(records[step.entity] ?? [])
        : (records[step.entity] ?? [])) {
        const tally = tallyOf(summary, step.entity);
        const at: At = { entity: step.entity, row: source.row, errors: [] };
        const before = c.created.length;
        const mark = c.mark();
        let data = source.data;
        let target: string | undefined;
        let rowErrors: FieldError[] = [];
        let value: Record<string, unknown> | undefined;
        let action: ImportRow['action'] = 'reject';
        if (step.entity === 'links') {
          try {
            data = step.resolve ? step.resolve(c, source.data, at) : source.data;
            const parsed = step.schema.safeParse(data);
            if (!parsed.success || at.errors.length) {
              rowErrors = [...at.errors, ...(parsed.success ? [] : fieldErrorsNl(parsed.error))];
            } else {
              value = parsed.data as Record<string, unknown>;
              ({ action, target } = importLink(c, value, data, at));
              rowErrors = at.errors;
            }
          } catch (error) {
            rowErrors = errorsOf(error);
            action = 'reject';
          }
        } else
          try {
            db.transaction(() => {
              data = step.resolve ? step.resolve(c, source.data, at) : source.data;
              const parsed = step.schema.safeParse(data);
              if (!parsed.success || at.errors.length) {
                rowErrors = [...at.errors, ...(parsed.success ? [] : fieldErrorsNl(parsed.error))];
                throw ROLLBACK;
              }
              value = parsed.data as Record<string, unknown>;
              target = step.existing(c, value, at);
              if (at.errors.length) {
                rowErrors = at.errors;
                throw ROLLBACK;
              }
              if (target) {
                // defaults the schema filled in (no memberships, strength 3) never overwrite what is stored
                const given = data;
                value = Object.fromEntries(
                  Object.entries(value).filter(
                    ([k, v]) => k in given && !(k === 'memberships' && Array.isArray(v) && v.length === 0),
                  ),
                );
              }
              if (target && step.entity === 'organisations') {
                // a default filled in for a file without domains or kinds never overwrites a real one
                if (value.domain === 'onbekend') delete value.domain;
                if (value.type === 'onbekend') delete value.type;
              }
              if (target && step.current && unchanged(step.current(db, target), value)) action = 'unchanged';
              else if (target) {
                step.update(db, target, value as never);
                action = 'update';
              } else {
                const created = step.create(db, value as never) as { id?: string } | undefined;
                target = created?.id ?? (typeof value.id === 'string' ? value.id : undefined);
                action = 'create';
              }
              if ((step.entity === 'organisations' || step.entity === 'people') && target) {
                const kind: Kind = step.entity === 'people' ? 'person' : 'organisation';
                c.learn(kind, target, String(value.name), source.data.id);
                if (typeof source.data.id === 'string' && source.data.id !== target)
                  db.prepare(
                    'INSERT OR REPLACE INTO external_ids (external_id, kind, actor_id) VALUES (?, ?, ?)',
                  ).run(source.data.id, kind, target);
              }
            })();
          } catch (error) {
            c.created.length = before;
            c.forgetSince(mark);
            if (error !== ROLLBACK) rowErrors = errorsOf(error);
            action = 'reject';
          }
        if (action === 'create' && value && (step.entity === 'domains' || step.entity === 'linkKinds'))
          c.addVocabulary(
            step.entity === 'domains' ? 'domains' : 'link_kinds',
            value as { code: string; label: string },
          );
        for (const made of c.created.splice(before)) {
          rows.push(made);
          tallyOf(summary, made.entity).create++;
        }
        const label = step.label(c, (value ?? data) as Record<string, unknown>);
        const id =
          target ??
          (typeof data.id === 'string' ? data.id : typeof data.code === 'string' ? data.code : null);
        rows.push({
          entity: step.entity,
          row: source.row,
          id,
          label,
          action,
          ...(action === 'reject' ? { errors: rowErrors } : {}),
        });
        tally[action]++;
      }
    }
    const rejected = rows.some((r) => r.action === 'reject');
    if (options.dryRun || rejected) throw ROLLBACK;
  };
  let applied = false;
  let importId: string | undefined;
  try {
    db.transaction(() => {
      if (options.dryRun) return run();
      const recorded = recordChanges(
        db,
        {
          kind: 'import',
          userId: options.user?.id ?? null,
          username: options.user?.username ?? null,
          fileName: options.fileName ?? null,
          format: options.format,
        },
        run,
        () => summary,
      );
      importId = recorded.id;
    })();
    applied = true;
    bumpGeneration(db);
  } catch (error) {
    stopRecording(db);
    importId = undefined;
    if (error !== ROLLBACK) throw error;
  }
  const names = ctx ? [...(ctx as Context).names.values()] : [];
  const notes = (records as { notes?: string[] }).notes;
  return {
    dryRun: options.dryRun,
    format: options.format,
    applied,
    summary,
    ...summarised(rows),
    ...(names.length ? { names } : {}),
    ...(notes?.length ? { notes } : {}),
    ...(importId ? { importId } : {}),
  };
}
