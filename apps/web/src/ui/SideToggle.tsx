import { t } from '../i18n/catalogue.ts';
import { toolRowStrings } from '../i18n/nl-mapui.ts';

/**
 * "Paneel": shows or hides a workbench's side panel (`controls`), its state in aria-expanded. It
 * says what it does ("Paneel verbergen"); on a phone, where the row is short of room, only "Paneel"
 * is shown unless `alwaysInFull`.
 */
export function SideToggle({
  open,
  controls,
  onToggle,
  alwaysInFull = false,
}: {
  open: boolean;
  controls: string;
  onToggle: (open: boolean) => void;
  alwaysInFull?: boolean;
}) {
  return (
    <button
      type="button"
      className="secondary side-toggle"
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      {t.frame.panel}
      <span className={alwaysInFull ? undefined : 'narrow-hidden'}>
        {' '}
        {open ? toolRowStrings.panelHide : toolRowStrings.panelShow}
      </span>
    </button>
  );
}
