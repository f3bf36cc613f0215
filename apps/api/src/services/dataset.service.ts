import type { ImportRecords, SourceRow } from '@regiekaart/io';
import type { Dataset, ImportReport } from '@regiekaart/model';
import type { Db } from '../db/database.ts';
import { listAnnotations } from './annotations.service.ts';
import { teamForDataset } from './casus-team.service.ts';
import { importRecords } from './import.service.ts';
import { listLinks } from './links.service.ts';
import { listOpgaven, listParticipants } from './opgaven.service.ts';
import { listOrganisations } from './organisations.service.ts';
import { listPeople } from './people.service.ts';
import { listPresentations } from './presentations.service.ts';
import { listTemplates } from './templates.service.ts';
import { listViews } from './views.service.ts';
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
      // who may see a casus travels with it, so that a restored casus is not open to no one but beheerders
      ...(o.kind === 'casus' ? { team: teamForDataset(db, o.id) } : {}),
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

export { importRecords };

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
