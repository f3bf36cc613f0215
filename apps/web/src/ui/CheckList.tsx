import { useId, useState } from 'react';
import { t } from '../i18n/catalogue.ts';

type Option = { value: string; label: string };

type Props = {
  label: string;
  options: readonly Option[];
  /** chosen values; empty means "all" */
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** offer a text box that narrows long lists */
  searchable?: boolean;
};

/**
 * A multiple choice that folds away: a disclosure button that says how many are chosen, and
 * checkboxes in a fieldset. Nothing chosen means no filter.
 */
export function CheckList({ label, options, value, onChange, searchable = false }: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const chosen = new Set(value);
  const q = query.trim().toLowerCase();
  const shown = q ? options.filter((o) => o.label.toLowerCase().includes(q)) : options;
  const summary = value.length === 0 ? t.workbench.filters.all : t.workbench.filters.chosen(value.length);
  const toggle = (option: string) =>
    onChange(chosen.has(option) ? value.filter((v) => v !== option) : [...value, option]);

  return (
    <div className="field checklist">
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      <button
        type="button"
        className="checklist-toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-labelledby={`${id}-label ${id}-summary`}
        onClick={() => setOpen(!open)}
      >
        <span id={`${id}-summary`}>{summary}</span>
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={`${id}-panel`} className="checklist-panel" hidden={!open}>
        <fieldset>
          <legend className="visually-hidden">{label}</legend>
          {searchable && (
            <input
              type="search"
              aria-label={t.workbench.filters.organisationSearch}
              placeholder={t.workbench.filters.organisationSearch}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          )}
          <ul>
            {shown.map((option) => (
              <li key={option.value}>
                <label>
                  <input
                    type="checkbox"
                    value={option.value}
                    checked={chosen.has(option.value)}
                    onChange={() => toggle(option.value)}
                  />
                  <span>{option.label}</span>
                </label>
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p className="hint">{t.workbench.filters.noOrganisations}</p>}
          <button
            type="button"
            className="secondary small"
            disabled={value.length === 0}
            onClick={() => onChange([])}
          >
            {t.workbench.filters.clearList}
          </button>
        </fieldset>
      </div>
    </div>
  );
}
