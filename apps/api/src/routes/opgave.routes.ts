import {
  AnalysisQuerySchema,
  AnalysisSchema,
  NetworkQuerySchema,
  NetworkSchema,
  ParticipantCreateSchema,
  ParticipantSchema,
  ParticipantUpdateSchema,
  pageOf,
} from '@regiekaart/model';
import { Hono } from 'hono';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { readJson, readQuery } from '../http/validate.ts';
import type { AnalysisService } from '../services/analysis.service.ts';
import * as opgaven from '../services/opgaven.service.ts';

/** Participants and the network around one opgave. */
export function opgaveRoutes(db: Db, docs: ApiDocs, analysis: AnalysisService) {
  const tag = 'opgaven';
  docs.add({
    method: 'get',
    path: '/opgaven/:id/participants',
    tag,
    summary: 'Deelnemers van een opgave',
    response: pageOf(ParticipantSchema).omit({ limit: true, offset: true }),
  });
  docs.add({
    method: 'post',
    path: '/opgaven/:id/participants',
    tag,
    summary: 'Deelnemer toevoegen',
    body: ParticipantCreateSchema,
    response: ParticipantSchema,
    status: 201,
  });
  docs.add({
    method: 'get',
    path: '/opgaven/:id/participants/:pid',
    tag,
    summary: 'Eén deelnemer',
    response: ParticipantSchema,
  });
  docs.add({
    method: 'patch',
    path: '/opgaven/:id/participants/:pid',
    tag,
    summary: 'Deelnemer wijzigen',
    body: ParticipantUpdateSchema,
    response: ParticipantSchema,
  });
  docs.add({
    method: 'delete',
    path: '/opgaven/:id/participants/:pid',
    tag,
    summary: 'Deelnemer verwijderen',
    status: 204,
  });
  docs.add({
    method: 'get',
    path: '/opgaven/:id/network',
    tag: 'netwerk',
    summary: 'Het netwerk rond een opgave: deelnemers plus hops stappen',
    query: NetworkQuerySchema,
    response: NetworkSchema,
  });

  docs.add({
    method: 'get',
    path: '/opgaven/:id/analysis',
    tag: 'analyse',
    summary:
      'Maten, ontbrekende partners, partners die niet samenwerken en voorgestelde verbindingen rond een opgave',
    query: AnalysisQuerySchema,
    response: AnalysisSchema,
  });

  return new Hono()
    .get('/:id/participants', (c) => c.json(opgaven.listParticipants(db, c.req.param('id'))))
    .post('/:id/participants', async (c) => {
      const created = opgaven.createParticipant(
        db,
        c.req.param('id'),
        await readJson(c, ParticipantCreateSchema),
      );
      c.header('Location', `/api/opgaven/${encodeURIComponent(created.opgaveId)}/participants/${created.id}`);
      return c.json(created, 201);
    })
    .get('/:id/participants/:pid', (c) =>
      c.json(opgaven.getParticipant(db, c.req.param('id'), c.req.param('pid'))),
    )
    .patch('/:id/participants/:pid', async (c) =>
      c.json(
        opgaven.updateParticipant(
          db,
          c.req.param('id'),
          c.req.param('pid'),
          await readJson(c, ParticipantUpdateSchema),
        ),
      ),
    )
    .delete('/:id/participants/:pid', (c) => {
      opgaven.deleteParticipant(db, c.req.param('id'), c.req.param('pid'));
      return c.body(null, 204);
    })
    .get('/:id/network', (c) =>
      c.json(
        analysis.network(
          { ...readQuery(c, NetworkQuerySchema), opgaveId: c.req.param('id') },
          c.get('access').hiddenCasusIds(),
        ),
      ),
    )
    .get('/:id/analysis', async (c) =>
      c.json(
        await analysis.analyse(
          { ...readQuery(c, AnalysisQuerySchema), opgaveId: c.req.param('id') },
          c.get('access').hiddenCasusIds(),
        ),
      ),
    );
}
