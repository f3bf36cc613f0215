import { ROLES, type Role, type User } from '@regiekaart/model';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { createUser, deleteUser, USERS_KEY, updateUser, usersQuery } from '../../api/users.ts';
import { t } from '../../i18n/catalogue.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Field } from '../../ui/Field.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { Select } from '../../ui/Select.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';

/** Accounts for beheerders: make, change role, switch off, delete, set a new password. */
export function UsersScreen() {
  useDocumentTitle(t.users.documentTitle);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('users');
  const client = useQueryClient();
  const { data, error, isPending, refetch } = useQuery(usersQuery());
  const [status, setStatus] = useState<string | null>(null);
  const done = (message: string) => {
    setStatus(message);
    void client.invalidateQueries({ queryKey: USERS_KEY });
  };
  const change = useMutation({
    mutationFn: ({ user, patch }: { user: User; patch: Parameters<typeof updateUser>[1] }) =>
      updateUser(user.id, patch),
    onSuccess: (user) => done(t.users.changed(user.username)),
  });
  const remove = useMutation({
    mutationFn: (user: User) => deleteUser(user.id).then(() => user),
    onSuccess: (user) => done(t.users.removed(user.username)),
  });

  return (
    <main id="main" tabIndex={-1} className="users">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.users.title}
      </h1>
      <p className="intro">{t.users.intro}</p>
      <LiveStatus message={isPending ? t.users.loading : status} />
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {change.error && <ErrorMessage error={change.error} />}
      {remove.error && <ErrorMessage error={remove.error} />}
      {data && (
        <UsersTable
          users={data.items}
          onRole={(user, role) => change.mutate({ user, patch: { role } })}
          onActive={(user, active) => change.mutate({ user, patch: { active } })}
          onRemove={(user) => remove.mutate(user)}
        />
      )}
      <div className="user-forms">
        <CreateUserForm onDone={done} />
        {data && <ResetPasswordForm users={data.items} onDone={done} />}
      </div>
    </main>
  );
}

function UsersTable(props: {
  users: User[];
  onRole: (user: User, role: Role) => void;
  onActive: (user: User, active: boolean) => void;
  onRemove: (user: User) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <table className="users-table" data-testid="users-table">
      <caption>
        {t.users.tableCaption} ({t.users.count(props.users.length)})
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.users.username}</th>
          <th scope="col">{t.users.name}</th>
          <th scope="col">{t.users.role}</th>
          <th scope="col">{t.users.person}</th>
          <th scope="col">{t.users.status}</th>
          <th scope="col">{t.users.actions}</th>
        </tr>
      </thead>
      <tbody>
        {props.users.map((user) => (
          <tr key={user.id} data-username={user.username}>
            <th scope="row">{user.username}</th>
            <td>{user.name}</td>
            <td>
              <select
                aria-label={t.users.roleOf(user.username)}
                value={user.role}
                onChange={(event) => {
                  const role = ROLES.find((r) => r === event.target.value);
                  if (role) props.onRole(user, role);
                }}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t.users.roles[role]}
                  </option>
                ))}
              </select>
            </td>
            <td>{user.personId ?? t.users.none}</td>
            <td>{user.active ? t.users.active : t.users.inactive}</td>
            <td className="user-actions">
              <button
                type="button"
                className="secondary"
                aria-label={user.active ? t.users.deactivate(user.username) : t.users.activate(user.username)}
                onClick={() => props.onActive(user, !user.active)}
              >
                {user.active ? t.users.deactivateShort : t.users.activateShort}
              </button>
              {confirming === user.id ? (
                <fieldset className="confirm-remove">
                  <legend>{t.users.confirmRemove(user.username)}</legend>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      setConfirming(null);
                      props.onRemove(user);
                    }}
                  >
                    {t.users.confirm}
                  </button>{' '}
                  <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                    {t.users.cancel}
                  </button>
                </fieldset>
              ) : (
                <button
                  type="button"
                  className="secondary"
                  aria-label={t.users.removeLabel(user.username)}
                  onClick={() => setConfirming(user.id)}
                >
                  {t.users.remove}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CreateUserForm({ onDone }: { onDone: (message: string) => void }) {
  const empty = { username: '', name: '', role: 'regisseur' as Role | '', personId: '', password: '' };
  const [form, setForm] = useState(empty);
  const create = useMutation({
    mutationFn: () =>
      createUser({
        username: form.username.trim(),
        name: form.name.trim(),
        role: form.role || 'lezer',
        password: form.password,
        ...(form.personId.trim() ? { personId: form.personId.trim() } : {}),
      }),
    onSuccess: (user) => {
      setForm(empty);
      onDone(t.users.create.done(user.username));
    },
  });
  const set = (key: keyof typeof empty) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <form className="user-form" onSubmit={submit} aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">{t.users.create.heading}</h2>
      <Field label={t.users.username}>
        {({ id }) => (
          <input
            id={id}
            required
            autoComplete="off"
            value={form.username}
            onChange={(e) => set('username')(e.target.value)}
          />
        )}
      </Field>
      <Field label={t.users.name}>
        {({ id }) => (
          <input id={id} required value={form.name} onChange={(e) => set('name')(e.target.value)} />
        )}
      </Field>
      <Field label={t.users.role}>
        {({ id }) => (
          <Select id={id} value={form.role} options={ROLES} labels={t.users.roles} onChange={set('role')} />
        )}
      </Field>
      <Field label={t.users.person} hint={t.users.personHint}>
        {({ id, hintId }) => (
          <input
            id={id}
            aria-describedby={hintId}
            value={form.personId}
            onChange={(e) => set('personId')(e.target.value)}
          />
        )}
      </Field>
      <Field label={t.users.create.password} hint={t.users.create.passwordHint}>
        {({ id, hintId }) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            aria-describedby={hintId}
            value={form.password}
            onChange={(e) => set('password')(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" disabled={create.isPending}>
        {t.users.create.submit}
      </button>
      {create.error && <ErrorMessage error={create.error} />}
    </form>
  );
}

function ResetPasswordForm({ users, onDone }: { users: User[]; onDone: (message: string) => void }) {
  const [userId, setUserId] = useState('');
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => updateUser(userId, { password }),
    onSuccess: (user) => {
      setPassword('');
      onDone(t.users.reset.done(user.username));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate();
  };
  const labels = Object.fromEntries(users.map((u) => [u.id, `${u.username} (${u.name})`]));
  return (
    <form className="user-form" onSubmit={submit} aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t.users.reset.heading}</h2>
      <Field label={t.users.reset.account}>
        {({ id }) => (
          <Select
            id={id}
            value={userId}
            options={users.map((u) => u.id)}
            labels={labels}
            anyLabel={t.users.reset.choose}
            onChange={setUserId}
          />
        )}
      </Field>
      <Field label={t.users.reset.password}>
        {({ id }) => (
          <input
            id={id}
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" disabled={reset.isPending || !userId}>
        {t.users.reset.submit}
      </button>
      {reset.error && <ErrorMessage error={reset.error} />}
    </form>
  );
}
