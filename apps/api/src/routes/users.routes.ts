import {
  AccessLogEntrySchema,
  AccessLogQuerySchema,
  pageOf,
  UserCreateSchema,
  UserListQuerySchema,
  UserSchema,
  UserUpdateSchema,
} from '@regiekaart/model';
import { Hono } from 'hono';
import type { Db } from '../db/database.ts';
import type { ApiDocs } from '../http/openapi.ts';
import { ApiError } from '../http/problem.ts';
import { readJson, readQuery } from '../http/validate.ts';
import { assertMayDeleteAccount } from '../policy/rules.ts';
import { listAccessLog } from '../services/access-log.service.ts';
import { personalDataExport } from '../services/personal-data.service.ts';
import { createUser, deleteUser, getUser, listUsers, updateUser } from '../services/users.service.ts';

/** Accounts (beheerders only), the access log (beheerders only) and one's own data (everyone). */
export function accountRoutes(db: Db, docs: ApiDocs) {
  const tag = 'accounts';
  docs.add({
    method: 'get',
    path: '/users',
    tag,
    summary: 'Accounts',
    query: UserListQuerySchema,
    response: pageOf(UserSchema),
  });
  docs.add({
    method: 'post',
    path: '/users',
    tag,
    summary: 'Account aanmaken',
    body: UserCreateSchema,
    response: UserSchema,
    status: 201,
  });
  docs.add({ method: 'get', path: '/users/:id', tag, summary: 'Eén account', response: UserSchema });
  docs.add({
    method: 'patch',
    path: '/users/:id',
    tag,
    summary: 'Account wijzigen (naam, rol, persoon, wachtwoord, actief)',
    body: UserUpdateSchema,
    response: UserSchema,
  });
  docs.add({ method: 'delete', path: '/users/:id', tag, summary: 'Account verwijderen', status: 204 });
  docs.add({
    method: 'get',
    path: '/access-log',
    tag,
    summary: 'Toegangslog: wie deed wat, wanneer, met welke casus (alleen lezen)',
    query: AccessLogQuerySchema,
    response: pageOf(AccessLogEntrySchema),
  });
  docs.add({
    method: 'get',
    path: '/me/export',
    tag,
    summary: 'Uw eigen gegevens en wie ze heeft bekeken (AVG art. 15)',
  });

  return new Hono()
    .get('/users', (c) => c.json(listUsers(db, readQuery(c, UserListQuerySchema))))
    .post('/users', async (c) => {
      const created = await createUser(db, await readJson(c, UserCreateSchema));
      c.header('Location', `/api/users/${created.id}`);
      return c.json(created, 201);
    })
    .get('/users/:id', (c) => {
      c.get('access').audit.logRead = true;
      return c.json(getUser(db, c.req.param('id')));
    })
    .patch('/users/:id', async (c) => {
      const patch = await readJson(c, UserUpdateSchema);
      const session = c.get('session');
      const currentSession = session?.user.id === c.req.param('id') ? session.tokenHash : undefined;
      return c.json(await updateUser(db, c.req.param('id'), patch, currentSession ? { currentSession } : {}));
    })
    .delete('/users/:id', (c) => {
      assertMayDeleteAccount(c.get('access'), c.req.param('id'));
      deleteUser(db, c.req.param('id'));
      return c.body(null, 204);
    })
    .get('/access-log', (c) => {
      const audit = c.get('access').audit;
      audit.logRead = true;
      audit.objectType = 'access-log';
      return c.json(listAccessLog(db, readQuery(c, AccessLogQuerySchema)));
    })
    .get('/me/export', (c) => {
      if (!c.get('access').user) throw new ApiError(401, 'Niet aangemeld');
      const body = personalDataExport(c.get('access'));
      return new Response(JSON.stringify(body, null, 2), {
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="mijn-gegevens-${new Date().toISOString().slice(0, 10)}.json"`,
        },
      });
    });
}
