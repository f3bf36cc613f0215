import {
  ChangeQuerySchema,
  ChangeSchema,
  KeyFiguresQuerySchema,
  KeyFiguresSchema,
  WhatIfQuerySchema,
} from '@regiekaart/model';
import { Hono } from 'hono';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { readQuery } from '../http/validate.ts';
import type { AnalysisService } from '../services/analysis.service.ts';
import { keyFigures, networkChange } from '../services/figures.service.ts';
import { keyFiguresCsv } from '../services/key-figures-csv.ts';

/**
 * What the gemeenteraad sees (key figures, change over time) and what-if questions; the latter are
 * computed in the analysis worker (`analysis`), so a large network does not stall the server.
 */
export function presentationRoutes(db: Db, docs: ApiDocs, analysis: AnalysisService) {
  const tag = 'presenteren';
  docs.add({
    method: 'get',
    path: '/key-figures',
    tag,
    summary:
      'Kerncijfers: partners per domein, verbindingen over domeinen heen, aanwezige verplichte partners, opgeloste kwetsbare plekken; format=csv geeft een spreadsheet (kerncijfers-<asOf>.csv)',
    query: KeyFiguresQuerySchema,
    response: KeyFiguresSchema,
  });
  docs.add({
    method: 'get',
    path: '/change',
    tag,
    summary: 'Verandering tussen twee data: partners en verbindingen erbij en eraf, cijfers naast elkaar',
    query: ChangeQuerySchema,
    response: ChangeSchema,
  });
  docs.add({
    method: 'get',
    path: '/opgaven/:id/change',
    tag,
    summary: 'Verandering rond één opgave',
    query: ChangeQuerySchema,
    response: ChangeSchema,
  });
  docs.add({
    method: 'get',
    path: '/what-if',
    tag,
    summary:
      'Wat als: wat valt uiteen als deze actoren wegvallen (remove), en welke k actoren raken het netwerk het hardst',
    query: WhatIfQuerySchema,
  });
  docs.add({
    method: 'get',
    path: '/opgaven/:id/what-if',
    tag,
    summary: 'Wat als, binnen het netwerk van één opgave',
    query: WhatIfQuerySchema,
  });
  docs.add({
    method: 'get',
    path: '/what-if',
    tag: 'analyse',
    summary: 'Wat als deze actoren wegvallen? Met k de k meest schadelijke verliezen',
    query: WhatIfQuerySchema,
  });
  docs.add({
    method: 'get',
    path: '/opgaven/:id/what-if',
    tag: 'analyse',
    summary: 'Wat als deze actoren wegvallen, rond één opgave',
    query: WhatIfQuerySchema,
  });

  return new Hono()
    .get('/key-figures', (c) => {
      const { format, ...dates } = readQuery(c, KeyFiguresQuerySchema);
      const figures = keyFigures(db, dates, c.get('access').hiddenCasusIds());
      if (format !== 'csv') return c.json(figures);
      return c.body(keyFiguresCsv(figures), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="kerncijfers-${figures.now.date}.csv"`,
      });
    })
    .get('/change', (c) =>
      c.json(networkChange(db, readQuery(c, ChangeQuerySchema), c.get('access').hiddenCasusIds())),
    )
    .get('/what-if', async (c) =>
      c.json(await analysis.whatIf(readQuery(c, WhatIfQuerySchema), c.get('access').hiddenCasusIds())),
    )
    .get('/opgaven/:id/what-if', async (c) =>
      c.json(
        await analysis.whatIf(
          { ...readQuery(c, WhatIfQuerySchema), opgaveId: c.req.param('id') },
          c.get('access').hiddenCasusIds(),
        ),
      ),
    )
    .get('/opgaven/:id/change', (c) =>
      c.json(
        networkChange(
          db,
          { ...readQuery(c, ChangeQuerySchema), opgaveId: c.req.param('id') },
          c.get('access').hiddenCasusIds(),
        ),
      ),
    );
}
