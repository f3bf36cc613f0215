import { today } from '../../api/use-map-network.ts';
import { formatDate, t } from '../../i18n/catalogue.ts';

type Props = {
  /** the data date, `YYYY-MM-DD`; null: today */
  asOf: string | null;
  /** what the map is for; null or empty: the default purpose */
  purpose: string | null;
};

/** The footer's parts, shared by the screen and the exported images so both say the same. */
export function raadFooterParts({ asOf, purpose }: Props, now = new Date()) {
  const madeOn = today(now);
  return {
    madeOn: formatDate(madeOn),
    dataOf: formatDate(asOf ?? madeOn),
    purpose: purpose?.trim() || t.raad.defaultPurpose,
  };
}

/** One line for an exported image: date, data date, purpose and the version. */
export function raadFooterText(props: Props, now = new Date()): string {
  const parts = raadFooterParts(props, now);
  return [
    `${t.raad.madeOn} ${parts.madeOn}`,
    `${t.raad.dataOf} ${parts.dataOf}`,
    `${t.raad.purpose}: ${parts.purpose}`,
    t.raad.version,
  ].join(' · ');
}

/** Under a map or slide in the raadsversie: when it was made, of which date the data is, and why. */
export function RaadFooter({ asOf, purpose }: Props) {
  const parts = raadFooterParts({ asOf, purpose });
  return (
    <footer className="raad-footer">
      <span>
        {t.raad.madeOn} {parts.madeOn}
      </span>
      <span>
        {t.raad.dataOf} {parts.dataOf}
      </span>
      <span>
        {t.raad.purpose}: {parts.purpose}
      </span>
      <span>{t.raad.version}</span>
    </footer>
  );
}
