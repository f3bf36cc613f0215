import { t } from '../i18n/catalogue.ts';

type Props = {
  asOf: string | null;
  compareWith: string | null;
  onChange: (dates: { asOf: string | null; compareWith: string | null }) => void;
};

/** Key figures a council understands (to be built). */
export function KeyFiguresScreen(_props: Props) {
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t.keyFigures.title}</h1>
    </main>
  );
}
