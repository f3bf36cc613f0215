import { useState } from 'react';
import { apiUrl } from '../../api/client.ts';
import { today } from '../../api/use-map-network.ts';
import { t } from '../../i18n/catalogue.ts';
import { MenuButton, type MenuItem } from '../../ui/MenuButton.tsx';
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
    } finally {
      setBusy(false);
    }
  };

  // downloads: the focus stays where it is, the menu closes once the file is made
  const items: MenuItem[] = [
    { id: 'png', label: t_.png, disabled: !wb.cy || busy, returnFocus: false, onSelect: () => image('png') },
    { id: 'svg', label: t_.svg, disabled: !wb.cy || busy, returnFocus: false, onSelect: () => image('svg') },
    { id: 'csv', label: t_.csv, href: dataUrl('csv'), download: true, returnFocus: false },
    { id: 'graphml', label: t_.graphml, href: dataUrl('graphml'), download: true, returnFocus: false },
  ];
  return (
    <MenuButton
      label={t.edit.toolbar.export}
      menuLabel={t.edit.toolbar.export}
      hint={view.raad ? t.raad.exportHint : t_.exportHint}
      items={items}
    />
  );
}
