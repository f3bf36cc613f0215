import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { logOut, ORGANISATION_LOGOUT, sessionQuery, signInOptionsQuery } from '../../api/session.ts';
import { t } from '../../i18n/catalogue.ts';
import { formatRoute } from '../../routing/route.ts';

/** Who is signed in, the way to the account screen for beheerders, and logging out. */
export function UserMenu() {
  const client = useQueryClient();
  const { data: session } = useQuery({ ...sessionQuery(), enabled: false });
  const logout = useMutation({
    mutationFn: logOut,
    onSettled: () => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      void client.resetQueries({ queryKey: ['session'] });
    },
  });
  const options = useQuery({ ...signInOptionsQuery(), enabled: session !== undefined }).data;
  // with OIDC configured the server ends the session, and for an organisation account also at its provider
  const signOut = () => (options?.oidc ? window.location.assign(ORGANISATION_LOGOUT) : logout.mutate());
  if (!session) return null;
  const { user } = session;
  return (
    <nav className="user-menu" aria-label={t.auth.userMenu}>
      <span className="user-name" title={t.auth.signedInAs(user.name, t.users.roles[user.role])}>
        {t.auth.signedInAs(user.name, t.users.roles[user.role])}
      </span>
      {user.role === 'beheerder' && (
        <>
          <a className="user-menu-link" href={formatRoute({ screen: 'users' })}>
            {t.auth.users}
          </a>
          <a className="user-menu-link" href={formatRoute({ screen: 'access-log' })}>
            {t.auth.accessLog}
          </a>
        </>
      )}
      <button type="button" className="secondary" onClick={signOut} disabled={logout.isPending}>
        {t.auth.logout}
      </button>
    </nav>
  );
}
