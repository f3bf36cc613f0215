import type { AccessLogEntry, Presentation, Role } from '@regiekaart/model';
import { unprocessable } from '../http/problem.ts';
import type { Access } from './access.ts';
import { Conflict, Forbidden, NotFound } from './errors.ts';

/**
 * Every permission rule beyond "a hidden casus does not exist" (which `Access` keeps). Services and
 * the security middleware call these; no route decides who may do what by itself.
 */

/** Routes a role may not use at all: `undefined` when allowed, else the reason. */
export function roleRefusal(
  role: Role,
  request: { method: string; rel: string; resource: string | undefined; write: boolean },
): string | undefined {
  const { resource, write, rel, method } = request;
  const beheerOnly = resource === 'users' || resource === 'access-log' || (resource === 'templates' && write);
  const selfService = rel === '/session' || rel.startsWith('/me/') || rel === '/me';
  // importing (and its workbook to fill in) is for those who edit the network
  const editorOnly = resource === 'import';
  if (
    (beheerOnly && role !== 'beheerder') ||
    (editorOnly && role === 'lezer') ||
    (write && role === 'lezer' && !selfService)
  ) {
    return `Met de rol ${role} mag u dit niet (${method} /api${rel}).`;
  }
  return undefined;
}

/** What a regisseur's file may hold: the network itself, as they may also edit it one by one. */
const NETWORK_COLLECTIONS = ['organisations', 'people', 'links'] as const;
const COLLECTION_NAMES: Record<string, string> = {
  domains: 'domeinen',
  linkKinds: 'soorten verbindingen',
  templates: 'sjablonen',
  opgaven: 'opgaven en casussen',
  annotations: 'notities',
  views: 'weergaven',
  presentations: 'presentaties',
};

/**
 * The collections of an import file the caller may bring in: everything for a beheerder; for a
 * regisseur organisations, people (with memberships) and ties. Opgaven and casussen (with their
 * participants and teams), templates, notes, views and presentations come in through a beheerder.
 */
export function importableCollections(access: Access): readonly string[] | undefined {
  return access.role === 'beheerder' ? undefined : NETWORK_COLLECTIONS;
}

/**
 * The refusal of an import whose file holds collections outside `importableCollections` (`refused`,
 * as the import worker found them before reading anything into the store), naming them.
 */
export function importRefusal(access: Access, refused: readonly string[]): Forbidden {
  return new Forbidden(
    `Met de rol ${access.role ?? 'onbekend'} importeert u organisaties, personen en verbindingen; dit bestand bevat ook ${refused
      .map((c) => COLLECTION_NAMES[c] ?? c)
      .join(', ')}. Laat die door een beheerder importeren.`,
  );
}

/** No one deletes the account they are signed in with (a beheerder would lock themselves out). */
export function assertMayDeleteAccount(access: Access, userId: string): void {
  if (access.user?.id === userId) throw new Conflict('U kunt uw eigen account niet verwijderen.');
}

/** Only a beheerder turns an opgave into a casus or back: that would open or close it to everyone. */
export function assertMayChangeKind(access: Access, current: string, next: string | undefined): void {
  if (next !== undefined && next !== current && access.role !== 'beheerder') {
    throw new Forbidden('Alleen een beheerder kan een opgave in een casus veranderen of andersom.');
  }
}

/**
 * Who makes a casus. A regisseur joins the team of the casus they make (or they could not see it);
 * their account must name a person, who becomes its regisseur.
 */
export function casusCreator(access: Access): { userId: string; personId: string } | null {
  if (access.role === 'beheerder' || !access.user) return null;
  const personId = access.user.personId;
  if (!personId) {
    throw new Forbidden(
      'Uw account is niet aan een persoon gekoppeld; alleen een beheerder kan dan een casus aanmaken.',
    );
  }
  return { userId: access.user.id, personId };
}

/** A casus team is managed by a beheerder or by someone on that team. */
export function assertMayManageTeam(access: Access, opgaveId: string): void {
  // the security middleware already answers 404 for a casus outside the caller's team
  access.requireOpgave(opgaveId);
  if (access.role !== 'beheerder' && access.role !== 'regisseur') {
    throw new Forbidden(`Met de rol ${access.role ?? 'onbekend'} mag u een casusteam niet wijzigen.`);
  }
}

/**
 * Deleting a person or organisation removes it from every casus it takes part in. Someone outside
 * such a casus's team may not do that: they are refused without a word about which casus.
 */
export function assertMayDeleteActor(access: Access, actorId: string, what: 'persoon' | 'organisatie'): void {
  const hidden = access.hiddenList();
  if (hidden.length === 0) return;
  const touches = access.db
    .prepare(
      `SELECT 1 FROM json_each(@hidden) h WHERE
         EXISTS (SELECT 1 FROM participants WHERE opgave_id = h.value AND actor_id = @actor)
         OR EXISTS (SELECT 1 FROM casus_team WHERE opgave_id = h.value AND person_id = @actor)
         OR EXISTS (SELECT 1 FROM annotations a WHERE a.opgave_id = h.value AND (
              (a.target_type IN ('person', 'organisation') AND a.target_id = @actor)
              OR (a.target_type = 'link' AND a.target_id IN
                    (SELECT id FROM links WHERE source_id = @actor OR target_id = @actor))))
       LIMIT 1`,
    )
    .get({ hidden: JSON.stringify(hidden), actor: actorId });
  if (touches) {
    throw new Forbidden(
      `Deze ${what} komt voor in een casus waar u geen toegang toe hebt. Alleen een beheerder kan de ${what} verwijderen.`,
    );
  }
}

// ------------------------------------------------------------------ ids and codes: no oracle

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Records that may sit inside a casus and whose id a client may choose (so that undo and redo can name them). */
export type ChosenIdKind = 'opgave' | 'participant' | 'annotation' | 'view';

/** The prefixes of the random ids the server and the client make (`newId`, `clientId`). */
const RANDOM_PREFIXES: Record<ChosenIdKind, readonly string[]> = {
  opgave: ['opg', 'cas'],
  participant: ['dln'],
  annotation: ['ann'],
  view: ['vw'],
};

/**
 * Which id someone other than a beheerder may choose for a record that may sit inside a casus: a
 * random one as the server and client make them (the kind's prefix and 12 to 32 hex digits), which
 * no one can guess, or a shape the caller's own scope names (`own`). Any other id could name a
 * record of a casus the caller may not see, and a 409 instead of a 201 would tell that it exists; it
 * is refused before the store is asked, and the refusal is the same whether the id is taken or not.
 */
function assertChosenIdAllowed(
  access: Access,
  kind: ChosenIdKind,
  id: string | undefined,
  own?: RegExp,
): void {
  if (id === undefined || access.role === 'beheerder') return;
  const prefixes = RANDOM_PREFIXES[kind];
  if (prefixes.some((prefix) => new RegExp(`^${prefix}-[0-9a-f]{12,32}$`).test(id))) return;
  if (own?.test(id)) return;
  if (mayRestore(access, kind, id)) return;
  throw unprocessable(
    [
      {
        field: 'id',
        message: `laat het id weg (de server kiest er een) of gebruik ${prefixes.join('- of ')}- en 12 hexadecimale tekens`,
      },
    ],
    'Dit id kan niet worden gekozen.',
  );
}

/**
 * Undo gives a deleted record back its own id. An id that was deleted may be chosen again by whoever
 * may see where it was: outside a casus anyone, inside one its team (the casus must exist, so it is
 * given back first). A casus's own old id is not given back this way: its team is gone with it.
 */
function mayRestore(access: Access, kind: ChosenIdKind, id: string): boolean {
  const gone = access.db
    .prepare('SELECT opgave_id AS opgaveId, casus FROM deleted_ids WHERE kind = ? AND id = ?')
    .get(kind, id) as { opgaveId: string | null; casus: number } | undefined;
  if (!gone) return false;
  if (gone.casus === 0) return true;
  if (kind === 'opgave' || gone.opgaveId === null) return false;
  const exists = access.db.prepare('SELECT 1 FROM opgaven WHERE id = ?').get(gone.opgaveId);
  return exists !== undefined && !access.isHidden(gone.opgaveId);
}

/**
 * Which participant id someone other than a beheerder may choose: a random one, or the import shape
 * of this very opgave (`<opgave id>-p<number>`).
 */
export function participantIdShape(opgaveId: string): RegExp {
  return new RegExp(`^${escapeRegExp(opgaveId)}-p\\d{1,6}$`);
}

/** Every create that takes a chosen id: refuse an id that could probe, then log one a hidden casus holds. */
export function checkChosenId(
  access: Access,
  kind: ChosenIdKind,
  id: string | undefined,
  own?: RegExp,
): void {
  assertChosenIdAllowed(access, kind, id, own);
  noteIdConflict(access, kind, id);
}

const HOLDER: Record<ChosenIdKind, string> = {
  opgave: 'SELECT id FROM opgaven WHERE id = ?',
  participant: 'SELECT opgave_id FROM participants WHERE id = ?',
  view: 'SELECT opgave_id FROM views WHERE id = ?',
  annotation: 'SELECT opgave_id FROM annotations WHERE id = ?',
};

/**
 * A chosen id that a record of a hidden casus holds fails as any taken id does (409, naming only
 * the id the caller sent); the attempt is logged as refused, with that casus, so that a beheerder
 * sees someone probing ids.
 */
function noteIdConflict(access: Access, kind: ChosenIdKind, id: string | undefined): void {
  if (id === undefined || access.hiddenCasusIds().size === 0) return;
  const opgaven =
    kind === 'annotation'
      ? access.annotationOpgaven(id)
      : [access.db.prepare(HOLDER[kind]).pluck().get(id) as string | null | undefined].filter(
          (o): o is string => typeof o === 'string',
        );
  if (!opgaven.some((o) => access.isHidden(o))) return;
  for (const o of opgaven) access.noteOpgave(o);
  access.audit.denied = true;
}

/**
 * A casus code is unique, so choosing one that a hidden casus holds must fail; the answer is the
 * same as for a visible one and names nothing else, and the attempt is logged as refused so that a
 * beheerder sees someone probing codes.
 */
export function noteCodeConflict(access: Access, code: string): void {
  const holder = access.db.prepare('SELECT id FROM opgaven WHERE code = ?').pluck().get(code) as
    | string
    | undefined;
  if (holder && access.isHidden(holder)) {
    access.noteOpgave(holder);
    access.audit.denied = true;
  }
}

// ------------------------------------------------------------------ presentations

function isHiddenView(access: Access, viewId: string): boolean {
  const hidden = access.hiddenCasusIds();
  if (hidden.size === 0) return false;
  const opgaveId = access.db.prepare('SELECT opgave_id FROM views WHERE id = ?').pluck().get(viewId) as
    | string
    | null
    | undefined;
  return Boolean(opgaveId && hidden.has(opgaveId));
}

/** A presentation shows no step whose view belongs to a casus the caller may not see. */
export function withoutHiddenSteps(access: Access, p: Presentation): Presentation {
  return { ...p, steps: p.steps.filter((step) => !isHiddenView(access, step.viewId)) };
}

/** A step naming a view of a hidden casus is refused as if that view did not exist. */
export function refuseHiddenSteps(access: Access, steps: { viewId: string }[] | undefined): void {
  const errors = (steps ?? []).flatMap((step, i) =>
    isHiddenView(access, step.viewId)
      ? [{ field: `steps.${i}.viewId`, message: `opgeslagen weergave "${step.viewId}" bestaat niet` }]
      : [],
  );
  if (errors.length) throw unprocessable(errors);
}

/** On replacing a presentation's steps, the steps the caller cannot see stay where they were. */
export function keptHiddenSteps<S extends { viewId: string }>(access: Access, current: S[]): S[] {
  return current.filter((s) => isHiddenView(access, s.viewId));
}

// ------------------------------------------------------------------ the access log

/** Codes of the casussen the caller may see. */
function visibleCodes(access: Access): Set<string> {
  const hidden = access.hiddenCasusIds();
  return new Set(
    (
      access.db.prepare("SELECT id, code FROM opgaven WHERE kind = 'casus' AND code IS NOT NULL").all() as {
        id: string;
        code: string;
      }[]
    )
      .filter((o) => !hidden.has(o.id))
      .map((o) => o.code),
  );
}

const INSIDE_A_CASUS = new Set(['opgave', 'participant', 'annotation', 'view', 'casus-team']);

/**
 * Access-log entries as someone other than a beheerder may see them (their personal-data export):
 * codes of casussen they may not see are left out, and so is the id of the object when the entry
 * was about such a casus. Whole-dataset exports by others name no casus at all.
 */
export function visibleLogEntries(access: Access, entries: AccessLogEntry[]): AccessLogEntry[] {
  if (access.role === 'beheerder') return entries;
  const visible = visibleCodes(access);
  return entries.map((e) => {
    if (!e.casusCode) return e;
    const codes = e.casusCode.split(',');
    const kept = codes.filter((code) => visible.has(code));
    if (kept.length === codes.length) return e;
    const hidesObject = e.objectType !== null && INSIDE_A_CASUS.has(e.objectType);
    return {
      ...e,
      casusCode: kept.length ? kept.join(',') : null,
      objectId: hidesObject ? null : e.objectId,
    };
  });
}

/**
 * The list of past imports, merges and applied surveys is for a beheerder; the list itself leaves out
 * a survey of a casus the caller may not see (`listChangeSets(..., access.hiddenList())`).
 */
export function assertMayListChangeSets(access: Access): void {
  if (access.role !== 'beheerder') throw new Forbidden('Alleen een beheerder ziet de eerdere imports.');
}

/**
 * One change set, and undoing it. An import or a merge: a beheerder, or whoever made it.
 * A survey's result applied to the network: whoever may apply that survey (a beheerder or a
 * regisseur), as `DELETE /api/surveys/:id/apply` allows; a survey on a casus outside the caller's
 * team is not there at all (404), as the survey itself is not.
 */
export function assertMayUndoChangeSet(
  access: Access,
  set: { id: string; kind: string; userId: string | null; summary?: Record<string, unknown> },
): void {
  if (set.kind === 'survey') {
    const surveyId = typeof set.summary?.surveyId === 'string' ? set.summary.surveyId : '';
    const survey = access.db.prepare('SELECT opgave_id FROM surveys WHERE id = ?').get(surveyId) as
      | { opgave_id: string | null }
      | undefined;
    if (survey?.opgave_id) {
      access.noteOpgave(survey.opgave_id);
      if (access.isHidden(survey.opgave_id)) {
        access.audit.denied = true;
        throw new NotFound('Import', set.id);
      }
    }
    if (access.role === 'beheerder' || (access.role === 'regisseur' && survey)) return;
    throw new Forbidden(
      'Alleen een beheerder of regisseur kan het toepassen van een netwerkuitvraag zien of ongedaan maken.',
    );
  }
  if (access.role === 'beheerder') return;
  if (
    (set.kind === 'merge' || set.kind === 'import') &&
    set.userId !== null &&
    set.userId === access.user?.id
  )
    return;
  throw new Forbidden(
    'Alleen een beheerder, of wie de import of samenvoeging deed, kan dit zien of ongedaan maken.',
  );
}
