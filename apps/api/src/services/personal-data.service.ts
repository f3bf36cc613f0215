import type { AccessLogEntry, Link, Person, User } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import type { Access } from '../policy/access.ts';
import { visibleLogEntries } from '../policy/rules.ts';
import { accessToPersonalData, activityOf } from './access-log.service.ts';
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

/**
 * The personal-data export of the signed-in account (AVG art. 15): what Regiekaart holds about them
 * and who viewed it, showing only what the caller may see. The casussen it names are logged as read.
 */
export function personalDataExport(
  access: Access,
): PersonalData & { accessToMyData: AccessLogEntry[]; myActivity: AccessLogEntry[] } {
  const user = access.user;
  if (!user) throw new Error('personal-data: no account');
  access.audit.action = 'export';
  access.audit.objectType = 'user';
  access.audit.objectId = user.id;
  const data = exportPersonalData(access.db, user.id, access.hiddenCasusIds());
  for (const p of data.participations) access.noteOpgave(p.opgaveId);
  return {
    ...data,
    accessToMyData: visibleLogEntries(access, accessToPersonalData(access.db, user.id, user.personId)),
    myActivity: visibleLogEntries(access, activityOf(access.db, user.id)),
  };
}
