import { DeckQuerySchema, DeckSchema } from '@regiekaart/model';
import { Hono } from 'hono';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { readQuery } from '../http/validate.ts';
import { presentationDeck } from '../services/deck.service.ts';

/** A presentation ready to show: its steps with their saved views, redacted in the raadsversie. */
export function deckRoutes(db: Db, docs: ApiDocs) {
  docs.add({
    method: 'get',
    path: '/presentations/:id/steps',
    tag: 'presenteren',
    summary:
      'De stappen van een presentatie met hun opgeslagen weergaven; met view=raad zonder namen of ids van personen',
    query: DeckQuerySchema,
    response: DeckSchema,
  });
  return new Hono().get('/presentations/:id/steps', (c) =>
    c.json(presentationDeck(db, c.req.param('id'), readQuery(c, DeckQuerySchema), c.get('access'))),
  );
}
