import type { AccessAction, Role } from '@regiekaart/model';
import type { ActiveSession, SessionUser } from '../auth/sessions.ts';
import type { Db } from '../db/database.ts';
import { NotFound } from './errors.ts';

declare module 'hono' {
  interface ContextVariableMap {
    access: Access;
    session: ActiveSession | undefined;
    requestId: string;
  }
}

/** What one request did, written to the access log when it ends. */
export type Audit = {
  action?: AccessAction;
  objectType?: string;
  objectId?: string;
  /** casussen this request read or changed, by code */
  casusCodes: Set<string>;
  /** a hidden casus was asked for and refused */
  denied: boolean;
  /** the route logs itself (login, logout) */
  skip: boolean;
  /** log this read even when it touched no casus (person records, exports, the log itself) */
  logRead: boolean;
};

export const newAudit = (): Audit => ({ casusCodes: new Set(), denied: false, skip: false, logRead: false });

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The casussen an account's team membership opens on the day: those naming the account, or the
 * person it is linked to, in `casus_team` for a period that includes the day. Nothing else opens a
 * casus: editing people, organisations or participants never widens access.
 */
export function teamCasusIds(
  db: Db,
  user: { id: string; personId: string | null } | null,
  day = today(),
): string[] {
  if (!user) return [];
  return db
    .prepare(
      `SELECT DISTINCT t.opgave_id FROM casus_team t JOIN opgaven o ON o.id = t.opgave_id
       WHERE o.kind = 'casus'
         AND (t.since IS NULL OR t.since <= @day) AND (t.until IS NULL OR t.until >= @day)
         AND (t.user_id = @user OR (@person IS NOT NULL AND t.person_id = @person))`,
    )
    .pluck()
    .all({ day, user: user.id, person: user.personId }) as string[];
}

/** Who is asking, and what they may see: one per request, memoised. */
export class Access {
  private hidden: ReadonlySet<string> | undefined;
  private readonly opgaven = new Map<string, { kind: string; code: string | null } | null>();

  constructor(
    readonly db: Db,
    readonly user: SessionUser | null,
    readonly audit: Audit = newAudit(),
  ) {}

  get role(): Role | null {
    return this.user?.role ?? null;
  }

  /** Ids of the casussen this account may not see: none for a beheerder, all for a lezer. */
  hiddenCasusIds(): ReadonlySet<string> {
    if (this.hidden) return this.hidden;
    if (this.role === 'beheerder') {
      this.hidden = new Set();
      return this.hidden;
    }
    const all = this.db.prepare("SELECT id FROM opgaven WHERE kind = 'casus'").pluck().all() as string[];
    const team = new Set(this.role === 'regisseur' ? teamCasusIds(this.db, this.user) : []);
    this.hidden = new Set(all.filter((id) => !team.has(id)));
    return this.hidden;
  }

  hiddenList(): string[] {
    return [...this.hiddenCasusIds()];
  }

  private opgave(id: string) {
    if (!this.opgaven.has(id)) {
      const row = this.db.prepare('SELECT kind, code FROM opgaven WHERE id = ?').get(id) as
        | { kind: string; code: string | null }
        | undefined;
      this.opgaven.set(id, row ?? null);
    }
    return this.opgaven.get(id);
  }

  isHidden(opgaveId: string): boolean {
    return this.hiddenCasusIds().has(opgaveId);
  }

  /** Notes a casus this request reads or changes, for the access log. */
  noteOpgave(opgaveId: string | null | undefined): void {
    if (!opgaveId) return;
    const o = this.opgave(opgaveId);
    if (o?.kind === 'casus' && o.code) this.audit.casusCodes.add(o.code);
  }

  /**
   * Lets a request for an opgave through, or answers 404 exactly as for one that does not exist
   * when it is a casus this account may not see.
   */
  requireOpgave(opgaveId: string): void {
    this.noteOpgave(opgaveId);
    if (this.isHidden(opgaveId)) {
      this.audit.denied = true;
      throw new NotFound('Opgave', opgaveId);
    }
  }

  /** The opgaven a note belongs to: its own, the opgave or map it is on, the opgave of its view. */
  annotationOpgaven(id: string): string[] {
    const row = this.db
      .prepare(
        `SELECT a.opgave_id, a.target_type, a.target_id, v.opgave_id AS view_opgave
         FROM annotations a LEFT JOIN views v ON a.target_type = 'view' AND v.id = a.target_id WHERE a.id = ?`,
      )
      .get(id) as
      | { opgave_id: string | null; target_type: string; target_id: string; view_opgave: string | null }
      | undefined;
    if (!row) return [];
    return [
      row.opgave_id,
      row.target_type === 'opgave' || row.target_type === 'map' ? row.target_id : null,
      row.view_opgave,
    ].filter((o): o is string => o !== null);
  }

  requireAnnotation(id: string): void {
    const opgaven = this.annotationOpgaven(id);
    for (const o of opgaven) this.noteOpgave(o);
    if (opgaven.some((o) => this.isHidden(o))) {
      this.audit.denied = true;
      throw new NotFound('Notitie', id);
    }
  }

  requireView(id: string): void {
    const opgaveId = this.db.prepare('SELECT opgave_id FROM views WHERE id = ?').pluck().get(id) as
      | string
      | null
      | undefined;
    if (!opgaveId) return;
    this.noteOpgave(opgaveId);
    if (this.isHidden(opgaveId)) {
      this.audit.denied = true;
      throw new NotFound('Opgeslagen weergave', id);
    }
  }
}
