import { MapLayoutLevelSchema, MapLayoutSchema, MapLayoutWriteSchema } from '@regiekaart/model';
import { type Context, Hono } from 'hono';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { validationError } from '../http/problem.ts';
import { readJson } from '../http/validate.ts';
import { getLayout, type MapRef, saveLayout } from '../services/layouts.service.ts';

function levelOf(c: Context): MapRef['level'] {
  const parsed = MapLayoutLevelSchema.safeParse(c.req.param('level'));
  if (!parsed.success) throw validationError(parsed.error, 'Onbekend kaartniveau', 'level');
  return parsed.data;
}

/**
 * Where the nodes of a map stand: the whole network (`/layouts/netwerk/:level`) or one opgave
 * (`/layouts/opgaven/:id/:level`). Anyone who may see the map reads them; lezers may not write
 * (the security guard refuses their writes).
 */
export function layoutRoutes(db: Db, docs: ApiDocs) {
  const tag = 'netwerk';
  const paths = ['/layouts/netwerk/:level', '/layouts/opgaven/:id/:level'] as const;
  for (const path of paths) {
    const what = path.includes(':id') ? 'de kaart van een opgave' : 'de kaart van het hele netwerk';
    docs.add({
      method: 'get',
      path,
      tag,
      summary: `Posities van de knopen op ${what} (level: person, organisation of grouped); leeg als er nog geen zijn`,
      response: MapLayoutSchema,
    });
    docs.add({
      method: 'put',
      path,
      tag,
      summary: `Posities op ${what} vervangen (na een nieuwe schikking, "Opnieuw schikken")`,
      body: MapLayoutWriteSchema,
      response: MapLayoutSchema,
    });
    docs.add({
      method: 'patch',
      path,
      tag,
      summary: `Posities van enkele knopen op ${what} zetten (verplaatst of nieuw geplaatst); de rest blijft staan`,
      body: MapLayoutWriteSchema,
      response: MapLayoutSchema,
    });
  }

  /** The map a request is about; a casus the account may not see answers 404, as for the map itself. */
  const mapOf = (c: Context): MapRef => {
    const opgaveId = c.req.param('id') ?? null;
    // casus visibility: the same rule as GET /opgaven/:id/network
    if (opgaveId) c.get('access').requireOpgave(opgaveId);
    const level = levelOf(c);
    const audit = c.get('access').audit;
    audit.objectType = 'layout';
    audit.objectId = `${opgaveId ?? 'netwerk'}/${level}`;
    return { opgaveId, level };
  };
  const write = (replace: boolean) => async (c: Context) => {
    const map = mapOf(c);
    const { positions } = await readJson(c, MapLayoutWriteSchema);
    return c.json(saveLayout(db, map, positions, { replace }));
  };

  const routes = new Hono();
  for (const path of paths) {
    routes.get(path, (c) => c.json(getLayout(db, mapOf(c))));
    routes.put(path, write(true));
    routes.patch(path, write(false));
  }
  return routes;
}
