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

const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 250;

type Filters = { level: OpgaveLevel | ''; status: OpgaveStatus | ''; kind: OpgaveKind | '' };
const NO_FILTERS: Filters = { level: '', status: '', kind: '' };

export function StartScreen() {
  useDocumentTitle(t.start.documentTitle);
  const headingRef = useHeadingFocus<HTMLHeadingElement>('start');
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const q = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);

  const { data, error, isPending, isFetching, isPlaceholderData, refetch } = useQuery(
    opgavenQuery({
      q,
      level: filters.level || undefined,
      status: filters.status || undefined,
      kind: filters.kind || undefined,
      limit: PAGE_SIZE,
      offset,
    }),
  );

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((current) => ({ ...current, [key]: value }));
    setOffset(0);
  };
  const resetFilters = () => {
    setSearch('');
    setFilters(NO_FILTERS);
    setOffset(0);
  };

  const status = isPending
    ? t.start.loading
    : data
      ? data.total === 0
        ? t.start.empty
        : t.start.found(data.total)
      : null;

  return (
    <main id="main" tabIndex={-1} className="start">
      <h1 ref={headingRef} tabIndex={-1}>
        {t.start.title}
      </h1>
      <p className="intro">{t.start.intro}</p>

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
                    onChange={(event) => {
                      setSearch(event.target.value);
                      setOffset(0);
                    }}
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
        {error && <ErrorMessage error={error} onRetry={() => void refetch()} />}

        {data && data.items.length > 0 && (
          <>
            <OpgaveList items={data.items} busy={isFetching && isPlaceholderData} />
            <Pagination
              offset={data.offset}
              limit={data.limit}
              total={data.total}
              count={data.items.length}
              onChange={setOffset}
            />
          </>
        )}
      </section>
    </main>
  );
}

function OpgaveList({ items, busy }: { items: Opgave[]; busy: boolean }) {
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
    <ul className="opgave-list" aria-label={t.start.listLabel} aria-busy={busy} onKeyDown={onKeyDown}>
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

function Pagination(props: {
  offset: number;
  limit: number;
  total: number;
  count: number;
  onChange: (offset: number) => void;
}) {
  const { offset, limit, total, count, onChange } = props;
  if (total <= limit && offset === 0) return null;
  return (
    <nav className="pagination" aria-label={t.start.pagination}>
      <button type="button" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t.start.previousPage}
      </button>
      <span>{t.start.range(offset + 1, offset + count, total)}</span>
      <button type="button" disabled={offset + count >= total} onClick={() => onChange(offset + limit)}>
        {t.start.nextPage}
      </button>
    </nav>
  );
}
