import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { sessionQuery } from '../../api/session.ts';
import { t } from '../../i18n/catalogue.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { LoginScreen } from './LoginScreen.tsx';

/** Its children when someone is signed in; the login screen when the API says nobody is. */
export function SignedIn({ children }: { children: ReactNode }) {
  const session = useQuery(sessionQuery());
  if (session.isPending) return <LiveStatus message={t.auth.checking} />;
  if (session.isError) {
    if (isApiError(session.error) && session.error.status === 401) return <LoginScreen />;
    return <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />;
  }
  return children;
}
