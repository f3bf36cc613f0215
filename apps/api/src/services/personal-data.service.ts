import type { Link, Person, User } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { listLinks } from './links.service.ts';
import { getPerson } from './people.service.ts';
import { getUser } from './users.service.ts';

export type PersonalData = {
  exportedAt: string;
  account: User;
  person: Person | null;
  links: Link[];
  participations: {
    /** null for a casus outside what the account may see: the fact is theirs, the casus is not */
    opgaveId: string | null;
    kind: string;
    /** the opgave's name; a casus is named by its pseudonymous code only */
    label: string;
    role: string;
    since: string | null;
    until: string | null;
  }[];
};

/**
 * Everything Regiekaart holds about one account and the professional it is linked to. Taking part
 * in a casus the account may not see (`hidden`) is listed without naming the casus.
 */
export function exportPersonalData(db: Db, userId: string, hidden: ReadonlySet<string>): PersonalData {
  const account = getUser(db, userId);
  const person = account.personId ? getPerson(db, account.personId) : null;
  const links = person ? listLinks(db, { actorId: person.id, limit: 100_000, offset: 0 }).items : [];
  const participations = person
    ? (
        db
          .prepare(
            `SELECT p.opgave_id, o.kind, o.name, o.code, p.role, p.since, p.until
             FROM participants p JOIN opgaven o ON o.id = p.opgave_id WHERE p.actor_id = ? ORDER BY o.kind, p.opgave_id`,
          )
          .all(person.id) as {
          opgave_id: string;
          kind: string;
          name: string;
          code: string | null;
          role: string;
          since: string | null;
          until: string | null;
        }[]
      ).map((r) => ({
        opgaveId: hidden.has(r.opgave_id) ? null : r.opgave_id,
        kind: r.kind,
        label: hidden.has(r.opgave_id)
          ? 'afgeschermde casus'
          : r.kind === 'casus'
            ? (r.code ?? r.opgave_id)
            : r.name,
        role: r.role,
        since: r.since,
        until: r.until,
      }))
    : [];
  return { exportedAt: new Date().toISOString(), account, person, links, participations };
}
