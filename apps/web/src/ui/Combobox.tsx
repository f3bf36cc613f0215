import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { t } from '../i18n/catalogue.ts';
import type { ControlProps } from './fields.tsx';

export type Option = {
  id: string;
  label: string;
  hint?: string | undefined;
  kind?: 'person' | 'organisation';
};

type Props = {
  control: ControlProps;
  /** the chosen option, or null */
  value: Option | null;
  onChange: (value: Option | null) => void;
  /** the options matching the text typed so far */
  options: readonly Option[];
  loading: boolean;
  onQueryChange: (query: string) => void;
  placeholder?: string;
};

/**
 * A searchable pick-list after the WAI-ARIA combobox pattern: type to filter, arrow keys to move,
 * Enter to choose, Escape to close the list (a second Escape reaches the dialog).
 */
export function Combobox({ control, value, onChange, options, loading, onQueryChange, placeholder }: Props) {
  const listId = useId();
  const [text, setText] = useState(value?.label ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  useEffect(() => {
    setText(value?.label ?? '');
  }, [value?.label]);

  const choose = (option: Option) => {
    onChange(option);
    setText(option.label);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        onQueryChange(text === value?.label ? '' : text);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (options.length ? (i + step + options.length) % options.length : 0));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  };

  const activeOption = open ? options[active] : undefined;
  return (
    <div className="combobox">
      <input
        {...control}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
          onQueryChange(event.target.value);
          if (!event.target.value) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          // what was typed but not chosen is not a value
          setText(value?.label ?? '');
        }}
      />
      <div id={listId} role="listbox" className="combobox-list" hidden={!open || options.length === 0}>
        {open &&
          options.map((option, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard chooses through the input (aria-activedescendant)
            <div
              key={option.id}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              // keep focus in the input
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              <span>{option.label}</span>
              {option.hint && <span className="combobox-hint"> · {option.hint}</span>}
            </div>
          ))}
      </div>
      {open && options.length === 0 && (
        <p className="combobox-list combobox-note">{loading ? t.edit.picker.loading : t.edit.picker.none}</p>
      )}
    </div>
  );
}
