import {
  OPGAVE_KINDS,
  OPGAVE_LEVELS,
  OPGAVE_STATUSES,
  type Opgave,
  type OpgaveKind,
  type OpgaveLevel,
  type OpgaveStatus,
} from '@regiekaart/model';
import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useState } from 'react';
import { opgavenQuery } from '../../api/opgaven.ts';
import { t } from '../../i18n/catalogue.ts';
import { DEFAULT_VIEW, formatRoute } from '../../routing/route.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { Field } from '../../ui/Field.tsx';
import { LiveStatus } from '../../ui/LiveStatus.tsx';
import { OpgaveBadges } from '../../ui/OpgaveBadges.tsx';
import { Select } from '../../ui/Select.tsx';
import { useDebouncedValue } from '../../ui/use-debounced-value.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useHeadingFocus } from '../../ui/use-heading-focus.ts';
import { AttentionSummary } from './AttentionSummary.tsx';

/** One page holds every opgave or casus of a regio; the API allows up to 1000. */
const PAGE_SIZE = 500;
const SEARCH_DELAY_MS = 250;

type Filters = { level: OpgaveLevel | ''; status: OpgaveStatus | ''; kind: OpgaveKind | '' };
const NO_FILTERS: Filters = { level: '', status: '', kind: '' };

export function StartScreen() {
  useDocumentTitle(t.start.documentTitle);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('start');
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const q = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const params = {
    q,
    level: filters.level || undefined,
    status: filters.status || undefined,
    limit: PAGE_SIZE,
  };
  // opgaven before casussen, each in its own list; a kind filter shows only that list
  const opgaven = useQuery({
    ...opgavenQuery({ ...params, kind: 'opgave' }),
    enabled: filters.kind !== 'casus',
  });
  const casussen = useQuery({
    ...opgavenQuery({ ...params, kind: 'casus' }),
    enabled: filters.kind !== 'opgave',
  });
  const lists = [
    { kind: 'opgave' as const, query: opgaven },
    { kind: 'casus' as const, query: casussen },
  ].filter((list) => !filters.kind || filters.kind === list.kind);

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
  };
  const resetFilters = () => {
    setSearch('');
    setFilters(NO_FILTERS);
  };

  const isPending = lists.some((list) => list.query.isPending);
  const total = lists.reduce((sum, list) => sum + (list.query.data?.total ?? 0), 0);
  const status = isPending ? t.start.loading : total === 0 ? t.start.empty : t.start.found(total);
  const error = lists.find((list) => list.query.error)?.query;

  return (
    <main id="main" tabIndex={-1} className="start">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.start.title}
      </h1>
      <p className="intro">{t.start.intro}</p>

      <AttentionSummary />

      <section className="whole-network" aria-labelledby="whole-network-heading">
        <h2 id="whole-network-heading">{t.start.wholeNetwork.heading}</h2>
        <a className="card-link" href={formatRoute({ screen: 'network', view: DEFAULT_VIEW })}>
          <span className="card-title">{t.start.wholeNetwork.link}</span>
          <span className="card-text">{t.start.wholeNetwork.description}</span>
        </a>
      </section>

      <section aria-labelledby="opgaven-heading">
        <h2 id="opgaven-heading">{t.start.listLabel}</h2>
        <search>
          <form className="filters" onSubmit={(event) => event.preventDefault()}>
            <fieldset>
              <legend>{t.start.filters.legend}</legend>
              <Field label={t.start.filters.search}>
                {({ id }) => (
                  <input
                    id={id}
                    type="search"
                    value={search}
                    placeholder={t.start.filters.searchPlaceholder}
                    onChange={(event) => setSearch(event.target.value)}
                  />
                )}
              </Field>
              <Field label={t.start.filters.level}>
                {({ id }) => (
                  <Select
                    id={id}
                    value={filters.level}
                    options={OPGAVE_LEVELS}
                    anyLabel={t.start.filters.any}
                    labels={t.vocabulary.opgaveLevel}
                    onChange={(value) => setFilter('level', value)}
                  />
                )}
              </Field>
              <Field label={t.start.filters.status}>
                {({ id }) => (
                  <Select
                    id={id}
                    value={filters.status}
                    options={OPGAVE_STATUSES}
                    anyLabel={t.start.filters.any}
                    labels={t.vocabulary.opgaveStatus}
                    onChange={(value) => setFilter('status', value)}
                  />
                )}
              </Field>
              <Field label={t.start.filters.kind}>
                {({ id }) => (
                  <Select
                    id={id}
                    value={filters.kind}
                    options={OPGAVE_KINDS}
                    anyLabel={t.start.filters.any}
                    labels={t.vocabulary.opgaveKind}
                    onChange={(value) => setFilter('kind', value)}
                  />
                )}
              </Field>
              <button type="button" className="secondary" onClick={resetFilters}>
                {t.start.filters.reset}
              </button>
            </fieldset>
          </form>
        </search>

        <LiveStatus message={status} />
        {error && <ErrorMessage error={error.error} onRetry={() => void error.refetch()} />}

        {lists.map(({ kind, query }) =>
          query.data && query.data.items.length > 0 ? (
            <KindList
              key={kind}
              kind={kind}
              items={query.data.items}
              busy={query.isFetching && query.isPlaceholderData}
              foldClosed={filters.status !== 'afgesloten'}
            />
          ) : null,
        )}
      </section>
    </main>
  );
}

/** One kind's list: the running ones, and the closed ones folded away (unless asked for). */
function KindList({
  kind,
  items,
  busy,
  foldClosed,
}: {
  kind: OpgaveKind;
  items: Opgave[];
  busy: boolean;
  foldClosed: boolean;
}) {
  const heading = kind === 'opgave' ? t.lists.opgaven : t.lists.casussen;
  const open = foldClosed ? items.filter((o) => o.status !== 'afgesloten') : items;
  const closed = foldClosed ? items.filter((o) => o.status === 'afgesloten') : [];
  return (
    <section className="kind-list" aria-label={heading} data-list={kind}>
      <h3>{heading}</h3>
      {open.length > 0 ? (
        <OpgaveList items={open} busy={busy} label={heading} />
      ) : (
        <p className="hint">{t.lists.none}</p>
      )}
      {closed.length > 0 && (
        <details className="closed-list">
          <summary>{t.lists.closed(closed.length)}</summary>
          <OpgaveList items={closed} busy={busy} label={`${heading}: ${t.lists.closed(closed.length)}`} />
        </details>
      )}
    </section>
  );
}

function OpgaveList({ items, busy, label }: { items: Opgave[]; busy: boolean; label: string }) {
  // arrow keys move between entries, as in a listbox; Tab still walks the links
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const current = event.target instanceof Element ? event.target.closest('a') : null;
    const links = [...event.currentTarget.querySelectorAll('a')];
    const index = current ? links.indexOf(current) : -1;
    if (index < 0) return;
    const next = links[index + (event.key === 'ArrowDown' ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  };
  return (
    <ul className="opgave-list" aria-label={label} aria-busy={busy} onKeyDown={onKeyDown}>
      {items.map((opgave) => (
        <li key={opgave.id} data-kind={opgave.kind} data-opgave-id={opgave.id}>
          <a href={formatRoute({ screen: 'opgave', opgaveId: opgave.id, view: DEFAULT_VIEW })}>
            <span className="opgave-name">{opgave.name}</span>
            <OpgaveBadges opgave={opgave} />
            <span className="opgave-meta">
              {[
                opgave.region,
                opgave.participantCount !== undefined && t.start.participants(opgave.participantCount),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}
