import { t } from '../i18n/catalogue.ts';

export function PresentationsScreen() {
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t.presentations.title}</h1>
    </main>
  );
}
