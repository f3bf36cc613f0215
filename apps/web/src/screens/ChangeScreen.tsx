import { t } from '../i18n/catalogue.ts';
import type { ChangeView } from '../routing/route.ts';

type Props = { change: ChangeView; onChange: (change: ChangeView) => void };

/** Change over time between two dates (to be built). */
export function ChangeScreen(_props: Props) {
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t.change.title}</h1>
    </main>
  );
}
