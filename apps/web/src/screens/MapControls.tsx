import { NETWORK_LEVELS } from '@regiekaart/model';
import { useId } from 'react';
import { Field } from '../components/Field.tsx';
import { t } from '../i18n/catalogue.ts';
import { MAX_HOPS, type MapView } from '../routing/route.ts';

type Props = {
  view: MapView;
  /** hops only make sense around an opgave */
  showHops: boolean;
  onChange: (view: MapView) => void;
};

const HOP_OPTIONS = Array.from({ length: MAX_HOPS + 1 }, (_, i) => i);

export function MapControls({ view, showHops, onChange }: Props) {
  const levelName = useId();
  return (
    <form className="map-controls" onSubmit={(event) => event.preventDefault()}>
      <fieldset>
        <legend className="visually-hidden">{t.map.controls.legend}</legend>

        <fieldset className="segmented">
          <legend>{t.map.controls.level}</legend>
          {NETWORK_LEVELS.map((level) => (
            <label key={level}>
              <input
                type="radio"
                name={levelName}
                value={level}
                checked={view.level === level}
                onChange={() => onChange({ ...view, level })}
              />
              <span>{t.vocabulary.networkLevel[level]}</span>
            </label>
          ))}
        </fieldset>

        {showHops && (
          <Field label={t.map.controls.hops}>
            {({ id }) => (
              <select
                id={id}
                value={view.hops}
                onChange={(event) => onChange({ ...view, hops: Number(event.target.value) })}
              >
                {HOP_OPTIONS.map((hops) => (
                  <option key={hops} value={hops}>
                    {t.map.controls.hopsOption(hops)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </fieldset>
    </form>
  );
}
