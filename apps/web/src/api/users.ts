import { pageOf, type User, type UserCreate, UserSchema, type UserUpdate } from '@regiekaart/model';
import { queryOptions } from '@tanstack/react-query';
import { getJson, sendJson } from './client.ts';

const UsersPageSchema = pageOf(UserSchema);
export const USERS_KEY = ['users'] as const;

export function usersQuery() {
  return queryOptions({
    queryKey: USERS_KEY,
    queryFn: ({ signal }) =>
      getJson('/api/users', { params: { limit: 1000 }, schema: UsersPageSchema, signal }),
  });
}

export const createUser = (input: UserCreate): Promise<User> =>
  sendJson('POST', '/api/users', { body: input, schema: UserSchema });

export const updateUser = (id: string, patch: UserUpdate): Promise<User> =>
  sendJson('PATCH', `/api/users/${encodeURIComponent(id)}`, { body: patch, schema: UserSchema });

export const deleteUser = (id: string): Promise<void> =>
  sendJson('DELETE', `/api/users/${encodeURIComponent(id)}`);
