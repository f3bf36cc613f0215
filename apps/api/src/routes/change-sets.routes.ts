import { CHANGE_SET_KINDS, ChangeSetSchema, MergeBodySchema, MergeResultSchema } from '@regiekaart/model';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { readJson, readQuery } from '../http/validate.ts';
import { assertMayListChangeSets, assertMayUndoChangeSet } from '../policy/rules.ts';
import { getChangeSet, listChangeSets, undoChangeSet } from '../services/change-sets.service.ts';
import { mergeActors } from '../services/merge.service.ts';
import { noteSurveySets } from '../services/surveys.service.ts';

const ImportListQuerySchema = z
  .object({
    kind: z.enum(CHANGE_SET_KINDS).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict();

/** Past imports, merges and applied surveys, undoing them, and merging people and organisations. */
export function changeSetRoutes(db: Db, docs: ApiDocs) {
  docs.add({
    method: 'get',
    path: '/imports',
    tag: 'import en export',
    summary:
      'Eerdere imports, samenvoegingen en toegepaste netwerkuitvragen: wie, wanneer, bestand of uitvraag en aantallen (beheerder)',
    query: ImportListQuerySchema,
  });
  docs.add({
    method: 'get',
    path: '/imports/:id',
    tag: 'import en export',
    summary: 'Eén import, samenvoeging of toegepaste netwerkuitvraag',
    response: ChangeSetSchema,
  });
  docs.add({
    method: 'delete',
    path: '/imports/:id',
    tag: 'import en export',
    summary:
      'Maak een import, samenvoeging of toegepaste netwerkuitvraag ongedaan in één transactie; 409 noemt latere wijzigingen die ervan afhangen',
    response: ChangeSetSchema,
  });
  for (const [path, what] of [
    ['/people/:id/merge', 'Persoon'],
    ['/organisations/:id/merge', 'Organisatie'],
  ] as const) {
    docs.add({
      method: 'post',
      path,
      tag: what === 'Persoon' ? 'personen' : 'organisaties',
      summary: `${what}: samenvoegen met een ander (verbindingen, lidmaatschappen, deelnames en notities gaan mee); ongedaan te maken`,
      body: MergeBodySchema,
      response: MergeResultSchema,
    });
  }

  const merge = (kind: 'person' | 'organisation') => async (c: import('hono').Context) => {
    const { into } = await readJson(c, MergeBodySchema);
    const access = c.get('access');
    access.audit.action = 'update';
    const result = mergeActors(db, kind, c.req.param('id') ?? '', into, {
      hidden: access.hiddenCasusIds(),
      user: access.user ? { id: access.user.id, username: access.user.username } : null,
    });
    return c.json(result);
  };

  return new Hono()
    .get('/imports', (c) => {
      const access = c.get('access');
      assertMayListChangeSets(access);
      const page = listChangeSets(db, readQuery(c, ImportListQuerySchema), access.hiddenList());
      noteSurveySets(access, page.items);
      return c.json(page);
    })
    .get('/imports/:id', (c) => {
      const set = getChangeSet(db, c.req.param('id'));
      assertMayUndoChangeSet(c.get('access'), set);
      noteSurveySets(c.get('access'), [set]);
      return c.json(set);
    })
    .delete('/imports/:id', (c) => {
      const access = c.get('access');
      const set = getChangeSet(db, c.req.param('id'));
      assertMayUndoChangeSet(access, set);
      access.audit.objectType = set.kind;
      return c.json(undoChangeSet(db, set.id));
    })
    .post('/people/:id/merge', merge('person'))
    .post('/organisations/:id/merge', merge('organisation'));
}
