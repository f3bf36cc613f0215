import {
  AnalysisQuerySchema,
  AnalysisSchema,
  CasusTeamMemberCreateSchema,
  CasusTeamMemberSchema,
  CasusTeamMemberUpdateSchema,
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
import * as team from '../services/casus-team.service.ts';
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
    worker: true,
  });

  docs.add({
    method: 'get',
    path: '/opgaven/:id/team',
    tag,
    summary: 'Het team van een casus: wie de casus mag zien (accounts of personen, met periode)',
  });
  docs.add({
    method: 'post',
    path: '/opgaven/:id/team',
    tag,
    summary: 'Iemand aan het team van een casus toevoegen (beheerder of teamlid)',
    body: CasusTeamMemberCreateSchema,
    response: CasusTeamMemberSchema,
    status: 201,
  });
  docs.add({
    method: 'patch',
    path: '/opgaven/:id/team/:memberId',
    tag,
    summary: 'De periode van een teamlid wijzigen (beheerder of teamlid)',
    body: CasusTeamMemberUpdateSchema,
    response: CasusTeamMemberSchema,
  });
  docs.add({
    method: 'delete',
    path: '/opgaven/:id/team/:memberId',
    tag,
    summary: 'Iemand uit het team van een casus halen (beheerder of teamlid)',
    status: 204,
  });

  return new Hono()
    .get('/:id/team', (c) => c.json(team.listTeamAs(c.get('access'), c.req.param('id'))))
    .post('/:id/team', async (c) => {
      const body = await readJson(c, CasusTeamMemberCreateSchema);
      const created = team.addTeamMemberAs(c.get('access'), c.req.param('id'), body);
      c.header('Location', `/api/opgaven/${encodeURIComponent(created.opgaveId)}/team/${created.id}`);
      return c.json(created, 201);
    })
    .patch('/:id/team/:memberId', async (c) => {
      const patch = await readJson(c, CasusTeamMemberUpdateSchema);
      return c.json(
        team.updateTeamMemberAs(c.get('access'), c.req.param('id'), c.req.param('memberId'), patch),
      );
    })
    .delete('/:id/team/:memberId', (c) => {
      team.removeTeamMemberAs(c.get('access'), c.req.param('id'), c.req.param('memberId'));
      return c.body(null, 204);
    })
    .get('/:id/participants', (c) => c.json(opgaven.listParticipants(db, c.req.param('id'))))
    .post('/:id/participants', async (c) => {
      const body = await readJson(c, ParticipantCreateSchema);
      const created = opgaven.createParticipantAs(c.get('access'), c.req.param('id'), body);
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
