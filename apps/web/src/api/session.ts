import { type Role, type Session, SessionSchema, SignInOptionsSchema } from '@regiekaart/model';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getJson, sendJson, setCsrfToken } from './client.ts';

export const SESSION_KEY = ['session'] as const;

/** Who is signed in; a 401 means nobody is, and the app shows the login screen. */
export function sessionQuery() {
  return queryOptions({
    queryKey: SESSION_KEY,
    queryFn: async ({ signal }) => {
      try {
        const session = await getJson('/api/session', { schema: SessionSchema, signal });
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        setCsrfToken(null);
        throw error;
      }
    },
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export async function logIn(username: string, password: string): Promise<Session> {
  const session = await sendJson('POST', '/api/session', {
    body: { username, password },
    schema: SessionSchema,
  });
  setCsrfToken(session.csrfToken);
  return session;
}

/** How this server lets people sign in (password, organisation account). */
export function signInOptionsQuery() {
  return queryOptions({
    queryKey: ['sign-in-options'] as const,
    queryFn: ({ signal }) => getJson('/api/session/options', { schema: SignInOptionsSchema, signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The address that ends the session here and, for an organisation account, at its provider. */
export const ORGANISATION_LOGOUT = '/api/session/oidc/logout';
export const ORGANISATION_LOGIN = '/api/session/oidc';

export async function logOut(): Promise<void> {
  await sendJson('DELETE', '/api/session');
  setCsrfToken(null);
}

/** The signed-in account's role, from the session already fetched. */
function useRole(): Role | undefined {
  return useQuery({ ...sessionQuery(), enabled: false }).data?.user.role;
}

/** Whether the signed-in account is a beheerder (accounts, partner templates, the access log). */
export function useIsBeheerder(): boolean {
  return useRole() === 'beheerder';
}

/** Whether the signed-in user may change things: a lezer only reads (the server refuses their writes too). */
export function useCanEdit(): boolean {
  const role = useRole();
  return role !== undefined && role !== 'lezer';
}
