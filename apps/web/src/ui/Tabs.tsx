import { type KeyboardEvent, useRef } from 'react';
import { t } from '../i18n/catalogue.ts';
import { rovingIndex } from './roving-index.ts';

type Tab<K extends string> = { id: K; label: string };

type Props<K extends string> = {
  /** accessible name of the tab list */
  label: string;
  /** prefix of the tab and panel ids: `${idPrefix}-tab-${id}`, `${idPrefix}-panel-${id}` */
  idPrefix: string;
  tabs: readonly Tab<K>[];
  active: K;
  onChange: (id: K) => void;
  className?: string;
};

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

/**
 * WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between tabs; the
 * panels are rendered by the caller with `role="tabpanel"` and the ids from `panelId`.
 */
export function Tabs<K extends string>({ label, idPrefix, tabs, active, onChange, className }: Props<K>) {
  const listRef = useRef<HTMLDivElement>(null);
  const hintId = `${idPrefix}-tabs-hint`;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.id === active);
    const next = rovingIndex(event.key, index, tabs.length, { previous: 'ArrowLeft', next: 'ArrowRight' });
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    onChange(tab.id);
    listRef.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(tabId(idPrefix, tab.id))}`)?.focus();
  };
  return (
    <div
      ref={listRef}
      role="tablist"
      aria-label={label}
      className={`tabs ${className ?? ''}`}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab.id)}
          aria-selected={tab.id === active}
          aria-controls={panelId(idPrefix, tab.id)}
          aria-describedby={hintId}
          tabIndex={tab.id === active ? 0 : -1}
          onClick={() => onChange(tab.id)}
        >
          {tab.label}
        </button>
      ))}
      {/* shown while a tab has the focus (nobody guesses the arrow keys); read out as the tabs' description */}
      <span id={hintId} className="tabs-hint" aria-hidden="true">
        {t.frame.tabsHint}
      </span>
    </div>
  );
}
