import { type ReactNode, type RefObject, useId, useState } from 'react';
import { t } from '../../i18n/catalogue.ts';
import { surveyWorkbenchStrings } from '../../i18n/nl-survey-workbench.ts';
import { formatRoute } from '../../routing/route.ts';
import '../map/workbench.css';
import '../map/frame.css';
import './survey.css';

const w = surveyWorkbenchStrings;

type Props = {
  title: string;
  /** date and status, beside the title */
  meta: string | null;
  headingRef: RefObject<HTMLHeadingElement | null>;
  raad: boolean;
  /** without it, no raadsversie switch */
  onRaadChange?: (raad: boolean) => void;
  /** the map (or in the raadsversie the aggregates) */
  main: ReactNode;
  /** the side panel's content; it scrolls on its own */
  side: ReactNode;
  /** floats over the map: loading and action messages */
  status?: ReactNode;
};

/**
 * The survey's results as a workbench, laid out like the map screens (`frame.css`): one slim title
 * row, the map filling the rest of the screen, a side panel with its own scrolling. On a phone the
 * map comes first and the panel follows below it.
 */
export function SurveyFrame({ title, meta, headingRef, raad, onRaadChange, main, side, status }: Props) {
  const sideId = useId();
  const hintId = useId();
  const [sideOpen, setSideOpen] = useState(true);
  return (
    <div className={sideOpen ? 'workbench-frame' : 'workbench-frame side-closed'}>
      <div className="workbench-titlebar">
        <header className="map-header">
          <nav className="breadcrumb" aria-label={w.backLabel}>
            <a href={formatRoute({ screen: 'surveys' })}>{w.backShort}</a>
          </nav>
          <h1 ref={headingRef} tabIndex={-1} title={title}>
            {title}
          </h1>
          {meta && <span className="survey-meta">{meta}</span>}
        </header>
        <div className="survey-titlebar-tools">
          {onRaadChange && (
            <div className="raad-controls">
              <label className="raad-switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={raad}
                  aria-checked={raad}
                  aria-describedby={hintId}
                  onChange={(event) => onRaadChange(event.target.checked)}
                />
                <span>{t.raad.switchLabel}</span>
              </label>
              <span className="visually-hidden" id={hintId}>
                {t.raad.switchHint}
              </span>
            </div>
          )}
          <SideToggle open={sideOpen} controls={sideId} onToggle={setSideOpen} alwaysInFull />
        </div>
      </div>
      {raad && (
        <div className="raad-banner" data-testid="raad-banner">
          <strong>{t.raad.banner}</strong>
          <span>{w.raad.intro}</span>
        </div>
      )}
      {status}
      <div className="workbench">
        <div className="workbench-main" data-pane="kaart">
          {main}
        </div>
        <aside id={sideId} className="workbench-side survey-side" aria-label={w.panel}>
          {side}
        </aside>
      </div>
    </div>
  );
}

import { SideToggle } from '../../ui/SideToggle.tsx';
