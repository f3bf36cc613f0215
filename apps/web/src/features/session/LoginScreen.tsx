import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { logIn, SESSION_KEY } from '../../api/session.ts';
import { t } from '../../i18n/catalogue.ts';
import { Field } from '../../ui/Field.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';

function failure(error: unknown): string {
  if (!isApiError(error)) return t.errors.unexpected;
  if (error.kind === 'network') return t.errors.network;
  if (error.status === 401) return t.auth.failed;
  return error.problem.detail ?? error.problem.title;
}

/** Shown whenever the API answers 401: sign in, and the app carries on where it was. */
export function LoginScreen() {
  useDocumentTitle(t.auth.documentTitle);
  const client = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () => logIn(username.trim(), password),
    onSuccess: (session) => {
      setPassword('');
      // nothing cached for an earlier user may show for this one
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      client.setQueryData(SESSION_KEY, session);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <main id="main" tabIndex={-1} className="login">
      <h1>{t.auth.title}</h1>
      <p className="intro">{t.auth.intro}</p>
      <form
        className="login-form"
        onSubmit={submit}
        aria-describedby={login.isError ? 'login-error' : undefined}
      >
        <Field label={t.auth.username}>
          {({ id }) => (
            <input
              id={id}
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          )}
        </Field>
        <Field label={t.auth.password}>
          {({ id }) => (
            <input
              id={id}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={login.isPending}>
          {login.isPending ? t.auth.busy : t.auth.submit}
        </button>
        {login.isError && (
          <p id="login-error" className="error" role="alert">
            {failure(login.error)}
          </p>
        )}
      </form>
    </main>
  );
}
