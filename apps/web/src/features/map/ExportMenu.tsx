import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { apiUrl } from '../../api/client.ts';
import { today } from '../../api/use-map-network.ts';
import { t } from '../../i18n/catalogue.ts';
import { downloadBlob, mapToPngWithFooter, mapToSvg } from './export-image.ts';
import { raadFooterText } from './RaadFooter.tsx';
import type { MapWorkbench } from './use-map-workbench.ts';

const t_ = t.transfer;

/**
 * Downloads of the map (PNG, SVG) and of its data (CSV, GraphML) with the map's level, date and hops.
 * In the raadsversie the data is redacted by the server (`view=raad`) like the map, and the images
 * (drawn from the redacted map) carry the footer with date, data date and purpose.
 */
export function ExportMenu({ wb }: { wb: MapWorkbench }) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  // the item to focus once the menu is open: the WAI-ARIA menu button pattern
  const [focusOnOpen, setFocusOnOpen] = useState<'first' | 'last' | null>(null);

  useEffect(() => {
    if (!open || !focusOnOpen) return;
    const items = menuItems(menuRef.current);
    (focusOnOpen === 'first' ? items[0] : items.at(-1))?.focus();
    setFocusOnOpen(null);
  }, [open, focusOnOpen]);

  const openWith = (focus: 'first' | 'last') => {
    setOpen(true);
    setFocusOnOpen(focus);
  };
  const onTriggerKey = (event: ReactKeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openWith('first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openWith('last');
    }
  };
  const onMenuKey = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    const items = menuItems(menuRef.current);
    const index = items.indexOf(document.activeElement as HTMLElement);
    const last = items.length - 1;
    const next =
      event.key === 'ArrowDown'
        ? index >= last
          ? 0
          : index + 1
        : event.key === 'ArrowUp'
          ? index <= 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (event.key === 'Tab') setOpen(false);
    if (next < 0) return;
    event.preventDefault();
    items[next]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      triggerRef.current?.focus();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const { view } = wb;
  const base = `${wb.opgaveId ? `opgave-${wb.opgaveId}` : 'netwerk'}${view.raad ? '-raadsversie' : ''}`;
  const stamp = view.asOf ?? today();
  const footer = view.raad ? raadFooterText({ asOf: view.asOf, purpose: view.purpose }) : null;
  const dataUrl = (format: 'csv' | 'graphml') => {
    const params = {
      format,
      level: view.raad ? 'organisation' : view.level,
      asOf: stamp,
      ...(wb.opgaveId ? { hops: view.hops } : {}),
      ...(view.raad
        ? { view: 'raad', ...(view.minPeople !== null ? { minPeople: view.minPeople } : {}) }
        : {}),
    };
    return wb.opgaveId
      ? apiUrl(`/api/opgaven/${encodeURIComponent(wb.opgaveId)}/export`, params)
      : apiUrl('/api/network/export', params);
  };
  const image = async (kind: 'png' | 'svg') => {
    const cy = wb.cy;
    if (!cy || busy) return;
    setBusy(true);
    try {
      const blob =
        kind === 'png'
          ? await mapToPngWithFooter(cy, footer)
          : new Blob([mapToSvg(cy, document.title, footer)], { type: 'image/svg+xml;charset=utf-8' });
      downloadBlob(blob, `${base}-${stamp}.${kind}`);
      setOpen(false);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="menu" ref={ref}>
      <button
        ref={triggerRef}
        type="button"
        className="secondary"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
        onKeyDown={onTriggerKey}
      >
        {t.edit.toolbar.export} <span aria-hidden="true">▾</span>
      </button>
      <div className="menu-popup" hidden={!open}>
        <p className="hint" id={`${menuId}-hint`}>
          {view.raad ? t.raad.exportHint : t_.exportHint}
        </p>
        <div
          id={menuId}
          ref={menuRef}
          role="menu"
          aria-label={t.edit.toolbar.export}
          aria-describedby={`${menuId}-hint`}
          onKeyDown={onMenuKey}
        >
          <div role="none" className="menu-item">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="link-button"
              onClick={() => void image('png')}
              disabled={!wb.cy || busy}
            >
              {t_.png}
            </button>
          </div>
          <div role="none" className="menu-item">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className="link-button"
              onClick={() => void image('svg')}
              disabled={!wb.cy || busy}
            >
              {t_.svg}
            </button>
          </div>
          <div role="none" className="menu-item">
            <a role="menuitem" tabIndex={-1} href={dataUrl('csv')} download onClick={() => setOpen(false)}>
              {t_.csv}
            </a>
          </div>
          <div role="none" className="menu-item">
            <a
              role="menuitem"
              tabIndex={-1}
              href={dataUrl('graphml')}
              download
              onClick={() => setOpen(false)}
            >
              {t_.graphml}
            </a>
          </div>
        </div>
      </div>
    </div>
  );
}

/** The menu's items that can be chosen now, in order. */
function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return [...(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])].filter(
    (item) => !(item as HTMLButtonElement).disabled,
  );
}
