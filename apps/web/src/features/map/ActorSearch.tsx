import type { Network } from '@regiekaart/model';
import { useId, useMemo, useState } from 'react';
import { t } from '../../i18n/catalogue.ts';
import { findNode, suggestedNames } from './search.ts';

type Props = {
  network: Network;
  /** a node was found: select and centre it */
  onFound: (id: string) => void;
};

/** Finds an actor on the map by name; the browser suggests names from the map as you type. */
export function ActorSearch({ network, onFound }: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const names = useMemo(() => suggestedNames(network, query), [network, query]);
  return (
    <search className="actor-search">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const node = findNode(network, query);
          if (!node) {
            setMessage(t.workbench.search.notFound(query));
            return;
          }
          setMessage(t.workbench.search.found(node.label));
          onFound(node.id);
        }}
      >
        <label htmlFor={`${id}-q`} className="visually-hidden">
          {t.workbench.search.label}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          list={`${id}-names`}
          value={query}
          placeholder={t.workbench.search.placeholder}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
        />
        <datalist id={`${id}-names`}>
          {names.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <button type="submit">{t.workbench.search.submit}</button>
      </form>
      <p className="search-status" role="status">
        {message}
      </p>
    </search>
  );
}
