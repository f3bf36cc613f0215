import { NETWORK_LEVELS } from '@regiekaart/model';
import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n/catalogue.ts';
import { toolRowStrings } from '../../i18n/nl-mapui.ts';
import { MAX_HOPS, type MapView, PURPOSE_MAX_LENGTH } from '../../routing/route.ts';
import { Field } from '../../ui/Field.tsx';
import { useDismiss } from '../../ui/use-dismiss.ts';
import { NARROW_SCREEN, useMediaQuery } from '../../ui/use-media-query.ts';
import { MinPeopleSelect } from './MinPeopleSelect.tsx';

type Props = {
  view: MapView;
  /** hops only make sense around an opgave */
  showHops: boolean;
  onChange: (view: MapView) => void;
};

const HOP_OPTIONS = Array.from({ length: MAX_HOPS + 1 }, (_, i) => i);

/**
 * The view controls beside the map's tabs; on a phone they fold behind "Weergave" (a disclosure that
 * opens over the map and closes with Escape or a press elsewhere), so the row stays one line and every
 * control stays reachable.
 */
export function MapControlsFold(props: Props) {
  const narrow = useMediaQuery(NARROW_SCREEN);
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useDismiss(open, setOpen, ref, toggleRef);
  if (!narrow) return <MapControls {...props} />;
  return (
    <div className="view-fold" ref={ref}>
      <button
        ref={toggleRef}
        type="button"
        className="secondary view-fold-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        title={toolRowStrings.viewLabel}
        onClick={() => setOpen(!open)}
      >
        {toolRowStrings.view}
        <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
      </button>
      <div id={bodyId} className="view-fold-body" hidden={!open}>
        <MapControls {...props} />
      </div>
    </div>
  );
}

export function MapControls({ view, showHops, onChange }: Props) {
  const levelName = useId();
  const levelHintId = useId();
  const hopsId = useId();
  return (
    <form className="map-controls" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend className="visually-hidden">{t.map.controls.legend}</legend>

        <RaadSwitch view={view} onChange={onChange} />

        <fieldset
          className="segmented"
          disabled={view.raad}
          aria-describedby={view.raad ? levelHintId : undefined}
        >
          <legend>{t.map.controls.level}</legend>
          {NETWORK_LEVELS.map((level) => (
            <label key={level}>
              <input
                type="radio"
                name={levelName}
                value={level}
                checked={(view.raad ? 'organisation' : view.level) === level}
                onChange={() => onChange({ ...view, level, autoLevel: false })}
              />
              <span>{t.vocabulary.networkLevel[level]}</span>
            </label>
          ))}
          {view.raad && (
            <span className="hint" id={levelHintId}>
              {t.raad.levelLocked}
            </span>
          )}
        </fieldset>

        {showHops && (
          <div className="field">
            <label htmlFor={hopsId}>
              {toolRowStrings.hops}
              <span className="medium-hidden"> {toolRowStrings.hopsTail}</span>
            </label>
            <select
              id={hopsId}
              value={view.hops}
              onChange={(event) => onChange({ ...view, hops: Number(event.target.value) })}
            >
              {HOP_OPTIONS.map((hops) => (
                <option key={hops} value={hops}>
                  {t.map.controls.hopsOption(hops)}
                </option>
              ))}
            </select>
          </div>
        )}
      </fieldset>
    </form>
  );
}

/**
 * The raadsversie switch, and in the raadsversie its own settings: the smallest organisation shown
 * on its own and the purpose in the footer. Switching on drops what only makes sense for people.
 */
function RaadSwitch({ view, onChange }: Omit<Props, 'showHops'>) {
  const hintId = useId();
  return (
    <div className="raad-controls">
      <label className="raad-switch">
        <input
          type="checkbox"
          role="switch"
          checked={view.raad}
          aria-checked={view.raad}
          aria-describedby={hintId}
          onChange={(event) =>
            onChange(
              event.target.checked
                ? {
                    ...view,
                    raad: true,
                    level: 'organisation',
                    autoLevel: false,
                    focus: null,
                    groupByOrganisation: false,
                  }
                : { ...view, raad: false },
            )
          }
        />
        <span>{t.raad.switchLabel}</span>
      </label>
      <span className="hint" id={hintId}>
        {t.raad.switchHint}
      </span>
      {view.raad && (
        <div className="raad-settings">
          <Field label={t.raad.minPeople} hint={t.raad.minPeopleHint}>
            {({ id, hintId: minHintId }) => (
              <MinPeopleSelect
                id={id}
                describedBy={minHintId}
                value={view.minPeople}
                onChange={(minPeople) => onChange({ ...view, minPeople })}
              />
            )}
          </Field>
          <PurposeField view={view} onChange={onChange} />
        </div>
      )}
    </div>
  );
}

/** The footer's purpose; written to the URL when the field is left, so typing is not interrupted. */
function PurposeField({ view, onChange }: Omit<Props, 'showHops'>) {
  const [draft, setDraft] = useState(view.purpose ?? t.raad.defaultPurpose);
  useEffect(() => setDraft(view.purpose ?? t.raad.defaultPurpose), [view.purpose]);
  const commit = () => {
    const purpose = draft.trim();
    const next = purpose && purpose !== t.raad.defaultPurpose ? purpose : null;
    if (next !== view.purpose) onChange({ ...view, purpose: next });
  };
  return (
    <Field label={t.raad.purposeLabel}>
      {({ id }) => (
        <input
          id={id}
          type="text"
          className="raad-purpose"
          value={draft}
          maxLength={PURPOSE_MAX_LENGTH}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
        />
      )}
    </Field>
  );
}
