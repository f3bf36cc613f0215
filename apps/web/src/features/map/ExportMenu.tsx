import { useState } from 'react';
import { apiUrl } from '../../api/client.ts';
import { today } from '../../api/use-map-network.ts';
import { t } from '../../i18n/catalogue.ts';
import { downloadBlob, mapToPngWithFooter, mapToSvg } from './export-image.ts';
import { raadFooterText } from './RaadFooter.tsx';
import type { MapWorkbench } from './use-map-workbench.ts';
import { useMenuButton } from './use-menu-button.ts';

const t_ = t.transfer;

/**
 * Downloads of the map (PNG, SVG) and of its data (CSV, GraphML) with the map's level, date and hops.
 * In the raadsversie the data is redacted by the server (`view=raad`) like the map, and the images
 * (drawn from the redacted map) carry the footer with date, data date and purpose.
 */
export function ExportMenu({ wb }: { wb: MapWorkbench }) {
  const menu = useMenuButton();
  const { menuId } = menu;
  const [busy, setBusy] = useState(false);

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
      menu.close();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="menu" ref={menu.ref}>
      <button type="button" className="secondary" {...menu.trigger}>
        {t.edit.toolbar.export} <span aria-hidden="true">▾</span>
      </button>
      <div className="menu-popup" hidden={!menu.open}>
        <p className="hint" id={`${menuId}-hint`}>
          {view.raad ? t.raad.exportHint : t_.exportHint}
        </p>
        <div
          id={menuId}
          ref={menu.menuRef}
          role="menu"
          aria-label={t.edit.toolbar.export}
          aria-describedby={`${menuId}-hint`}
          onKeyDown={menu.onMenuKey}
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
            <a role="menuitem" tabIndex={-1} href={dataUrl('csv')} download onClick={() => menu.close()}>
              {t_.csv}
            </a>
          </div>
          <div role="none" className="menu-item">
            <a role="menuitem" tabIndex={-1} href={dataUrl('graphml')} download onClick={() => menu.close()}>
              {t_.graphml}
            </a>
          </div>
        </div>
      </div>
    </div>
  );
}
