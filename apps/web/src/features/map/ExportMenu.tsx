import { useEffect, useId, useRef, useState } from 'react';
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

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      ref.current?.querySelector<HTMLButtonElement>('button')?.focus();
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
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {t.edit.toolbar.export} <span aria-hidden="true">▾</span>
      </button>
      <div id={menuId} className="menu-popup" hidden={!open}>
        <p className="hint">{view.raad ? t.raad.exportHint : t_.exportHint}</p>
        <ul>
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => void image('png')}
              disabled={!wb.cy || busy}
            >
              {t_.png}
            </button>
          </li>
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => void image('svg')}
              disabled={!wb.cy || busy}
            >
              {t_.svg}
            </button>
          </li>
          <li>
            <a href={dataUrl('csv')} download onClick={() => setOpen(false)}>
              {t_.csv}
            </a>
          </li>
          <li>
            <a href={dataUrl('graphml')} download onClick={() => setOpen(false)}>
              {t_.graphml}
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}
