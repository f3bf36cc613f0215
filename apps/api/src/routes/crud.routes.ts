import { DeleteQuerySchema, type Page, pageOf } from '@regiekaart/model';
import { Hono } from 'hono';
import type { z } from 'zod';
import type { Access } from '../auth/access.ts';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { readJson, readQuery } from '../http/validate.ts';

type Crud<Q extends z.ZodType, C extends z.ZodType, U extends z.ZodType, T> = {
  path: string;
  tag: string;
  what: string;
  listQuery: Q;
  createSchema: C;
  updateSchema: U;
  putSchema?: z.ZodType;
  schema: z.ZodType;
  /** Each operation gets the caller's access, to leave out or refuse what they may not see. */
  list: (db: Db, query: z.infer<Q>, access: Access) => Page<T>;
  get: (db: Db, id: string, access: Access) => T;
  create: (db: Db, input: z.infer<C>, access: Access) => T;
  update: (db: Db, id: string, patch: z.infer<U>, access: Access) => T;
  remove: (db: Db, id: string, cascade: boolean, access: Access) => void;
};

/** The five REST operations of one entity, documented as they are declared. */
export function crudRoutes<Q extends z.ZodType, C extends z.ZodType, U extends z.ZodType, T>(
  db: Db,
  docs: ApiDocs,
  spec: Crud<Q, C, U, T>,
) {
  const { path, tag, what } = spec;
  docs.add({
    method: 'get',
    path,
    tag,
    summary: `${what}: lijst (zoeken, filteren, pagineren)`,
    query: spec.listQuery,
    response: pageOf(spec.schema),
  });
  docs.add({
    method: 'post',
    path,
    tag,
    summary: `${what}: nieuw`,
    body: spec.createSchema,
    response: spec.schema,
    status: 201,
  });
  docs.add({ method: 'get', path: `${path}/:id`, tag, summary: `${what}: één`, response: spec.schema });
  docs.add({
    method: 'patch',
    path: `${path}/:id`,
    tag,
    summary: `${what}: wijzigen (deels)`,
    body: spec.updateSchema,
    response: spec.schema,
  });
  docs.add({
    method: 'put',
    path: `${path}/:id`,
    tag,
    summary: `${what}: vervangen`,
    body: spec.putSchema ?? spec.createSchema,
    response: spec.schema,
  });
  docs.add({
    method: 'delete',
    path: `${path}/:id`,
    tag,
    summary: `${what}: verwijderen`,
    query: DeleteQuerySchema,
    status: 204,
  });

  return new Hono()
    .get('/', (c) => c.json(spec.list(db, readQuery(c, spec.listQuery), c.get('access'))))
    .post('/', async (c) => {
      const created = spec.create(db, await readJson(c, spec.createSchema), c.get('access')) as {
        id?: string;
      };
      if (created.id) c.header('Location', `/api${path}/${encodeURIComponent(created.id)}`);
      return c.json(created, 201);
    })
    .get('/:id', (c) => c.json(spec.get(db, c.req.param('id'), c.get('access'))))
    .patch('/:id', async (c) =>
      c.json(spec.update(db, c.req.param('id'), await readJson(c, spec.updateSchema), c.get('access'))),
    )
    .put('/:id', async (c) => {
      const body = (await readJson(c, spec.putSchema ?? spec.createSchema)) as { id?: string };
      const id = c.req.param('id');
      const { id: _ignored, ...rest } = body;
      return c.json(spec.update(db, id, rest as z.infer<U>, c.get('access')));
    })
    .delete('/:id', (c) => {
      const { cascade } = readQuery(c, DeleteQuerySchema);
      spec.remove(db, c.req.param('id'), cascade, c.get('access'));
      return c.body(null, 204);
    });
}
