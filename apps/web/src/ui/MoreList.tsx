import { type ReactNode, useState } from 'react';
import { t } from '../i18n/catalogue.ts';

type Props<T> = {
  items: readonly T[];
  /** how many show before "meer" */
  limit?: number;
  render: (item: T) => ReactNode;
  keyOf: (item: T) => string;
  className?: string;
  label?: string;
};

/** A list that shows the few that matter (the first five) and the rest on request. */
export function MoreList<T>({ items, limit = 5, render, keyOf, className, label }: Props<T>) {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, limit);
  const rest = items.length - limit;
  return (
    <>
      <ul className={className} aria-label={label}>
        {shown.map((item) => (
          <li key={keyOf(item)}>{render(item)}</li>
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" className="link-button more-button" onClick={() => setAll(!all)}>
          {all ? t.attention.less : t.attention.more(rest)}
        </button>
      )}
    </>
  );
}
