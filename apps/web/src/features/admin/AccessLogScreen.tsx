import { ACCESS_ACTIONS, ACCESS_RESULTS, type AccessAction, type AccessResult } from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { accessLogQuery } from '../../api/access-log.ts';
import { t } from '../../i18n/catalogue.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Field } from '../../ui/Field.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { Select } from '../../ui/Select.tsx';
import { useDebouncedValue } from '../../ui/use-debounced-value.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';

const PAGE_SIZE = 100;
const time = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'medium' });

/** The access log for beheerders: who did what, when, with which casus, filtered. */
export function AccessLogScreen() {
  useDocumentTitle(t.accessLog.documentTitle);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('access-log');
  const [username, setUsername] = useState('');
  const [casusCode, setCasusCode] = useState('');
  const [action, setAction] = useState<AccessAction | ''>('');
  const [result, setResult] = useState<AccessResult | ''>('');
  const [offset, setOffset] = useState(0);
  const typedUsername = useDebouncedValue(username.trim(), 250);
  const typedCode = useDebouncedValue(casusCode.trim().toUpperCase(), 250);
  const { data, error, isPending, refetch } = useQuery(
    accessLogQuery({
      username: typedUsername,
      casusCode: typedCode,
      action: action || undefined,
      result: result || undefined,
      limit: PAGE_SIZE,
      offset,
    }),
  );
  const filter =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };

  return (
    <main id="main" tabIndex={-1} className="access-log">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.accessLog.title}
      </h1>
      <p className="intro">{t.accessLog.intro}</p>
      <form className="filters" onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t.accessLog.filters}</legend>
          <Field label={t.accessLog.username}>
            {({ id }) => (
              <input id={id} value={username} onChange={(e) => filter(setUsername)(e.target.value)} />
            )}
          </Field>
          <Field label={t.accessLog.action}>
            {({ id }) => (
              <Select
                id={id}
                value={action}
                options={ACCESS_ACTIONS}
                labels={t.accessLog.actions}
                anyLabel={t.accessLog.any}
                onChange={filter(setAction)}
              />
            )}
          </Field>
          <Field label={t.accessLog.casusCode}>
            {({ id }) => (
              <input id={id} value={casusCode} onChange={(e) => filter(setCasusCode)(e.target.value)} />
            )}
          </Field>
          <Field label={t.accessLog.result}>
            {({ id }) => (
              <Select
                id={id}
                value={result}
                options={ACCESS_RESULTS}
                labels={t.accessLog.results}
                anyLabel={t.accessLog.any}
                onChange={filter(setResult)}
              />
            )}
          </Field>
        </fieldset>
      </form>
      <LiveStatus message={isPending ? t.accessLog.loading : data ? t.accessLog.found(data.total) : null} />
      {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}
      {data && data.items.length > 0 && (
        <div className="table-scroll">
          <table className="access-log-table" data-testid="access-log">
            <caption>{t.accessLog.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.accessLog.at}</th>
                <th scope="col">{t.accessLog.who}</th>
                <th scope="col">{t.accessLog.action}</th>
                <th scope="col">{t.accessLog.object}</th>
                <th scope="col">{t.accessLog.casusCode}</th>
                <th scope="col">{t.accessLog.purpose}</th>
                <th scope="col">{t.accessLog.result}</th>
                <th scope="col">{t.accessLog.status}</th>
                <th scope="col">{t.accessLog.requestId}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((entry) => (
                <tr key={entry.id} data-action={entry.action} data-result={entry.result}>
                  <td>{time.format(new Date(entry.at))}</td>
                  <td>{entry.username ?? t.accessLog.nobody}</td>
                  <td>{t.accessLog.actions[entry.action]}</td>
                  <td>{[entry.objectType, entry.objectId].filter(Boolean).join(' ') || t.accessLog.none}</td>
                  <td>{entry.casusCode ?? t.accessLog.none}</td>
                  <td>{entry.purpose ?? t.accessLog.none}</td>
                  <td>{t.accessLog.results[entry.result]}</td>
                  <td>{entry.status ?? t.accessLog.none}</td>
                  <td>
                    <code>{entry.requestId?.slice(0, 8) ?? t.accessLog.none}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.total > PAGE_SIZE && (
        <nav className="pagination" aria-label={t.accessLog.pagination}>
          <button
            type="button"
            disabled={offset === 0}
            onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
          >
            {t.accessLog.previousPage}
          </button>
          <button
            type="button"
            disabled={offset + PAGE_SIZE >= data.total}
            onClick={() => setOffset(offset + PAGE_SIZE)}
          >
            {t.accessLog.nextPage}
          </button>
        </nav>
      )}
    </main>
  );
}
