import { useEffect, useId, useRef, useState } from 'react';
import { apiUrl } from '../api/client.ts';
import { today } from '../api/use-map-network.ts';
import { t } from '../i18n/catalogue.ts';
import { downloadBlob, mapToPng, mapToSvg } from '../map/export-image.ts';
import type { MapWorkbench } from './use-map-workbench.ts';

const t_ = t.transfer;

/** Downloads of the map (PNG, SVG) and of its data (CSV, GraphML) with the map's level, date and hops. */
export function ExportMenu({ wb }: { wb: MapWorkbench }) {
  const menuId = useId();
  const [open, setOpen] = useState(false);
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

  const base = wb.opgaveId ? `opgave-${wb.opgaveId}` : 'netwerk';
  const stamp = wb.view.asOf ?? today();
  const dataUrl = (format: 'csv' | 'graphml') => {
    const params = {
      format,
      level: wb.view.level,
      asOf: stamp,
      ...(wb.opgaveId ? { hops: wb.view.hops } : {}),
    };
    return wb.opgaveId
      ? apiUrl(`/api/opgaven/${encodeURIComponent(wb.opgaveId)}/export`, params)
      : apiUrl('/api/network/export', params);
  };
  const image = (kind: 'png' | 'svg') => {
    const cy = wb.cy;
    if (!cy) return;
    const blob =
      kind === 'png'
        ? mapToPng(cy)
        : new Blob([mapToSvg(cy, document.title)], { type: 'image/svg+xml;charset=utf-8' });
    downloadBlob(blob, `${base}-${stamp}.${kind}`);
    setOpen(false);
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
        <p className="hint">{t_.exportHint}</p>
        <ul>
          <li>
            <button type="button" className="link-button" onClick={() => image('png')} disabled={!wb.cy}>
              {t_.png}
            </button>
          </li>
          <li>
            <button type="button" className="link-button" onClick={() => image('svg')} disabled={!wb.cy}>
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
