import { ChangeQuerySchema, KeyFiguresQuerySchema, KeyFiguresSchema } from '@regiekaart/model';
import { Hono } from 'hono';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { readQuery } from '../http/validate.ts';
import { keyFigures, networkChange } from '../services/figures.service.ts';

/** What the gemeenteraad sees: key figures and change over time. */
export function presentationRoutes(db: Db, docs: ApiDocs) {
  const tag = 'presenteren';
  docs.add({
    method: 'get',
    path: '/key-figures',
    tag,
    summary:
      'Kerncijfers: partners per domein, verbindingen over domeinen heen, aanwezige verplichte partners, opgeloste kwetsbare plekken',
    query: KeyFiguresQuerySchema,
    response: KeyFiguresSchema,
  });
  docs.add({
    method: 'get',
    path: '/change',
    tag,
    summary: 'Verandering tussen twee data: partners en verbindingen erbij en eraf, cijfers naast elkaar',
    query: ChangeQuerySchema,
  });
  docs.add({
    method: 'get',
    path: '/opgaven/:id/change',
    tag,
    summary: 'Verandering rond één opgave',
    query: ChangeQuerySchema,
  });

  return new Hono()
    .get('/key-figures', (c) => c.json(keyFigures(db, readQuery(c, KeyFiguresQuerySchema))))
    .get('/change', (c) => c.json(networkChange(db, readQuery(c, ChangeQuerySchema))))
    .get('/opgaven/:id/change', (c) =>
      c.json(networkChange(db, { ...readQuery(c, ChangeQuerySchema), opgaveId: c.req.param('id') })),
    );
}
