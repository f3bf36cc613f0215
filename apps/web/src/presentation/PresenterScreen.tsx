import { t } from '../i18n/catalogue.ts';

type Props = {
  presentationId: string;
  step: number;
  raad: boolean | null;
  onChange: (next: { step?: number; raad?: boolean | null }) => void;
};

export function PresenterScreen(_props: Props) {
  return (
    <main id="main" tabIndex={-1}>
      <h1>{t.presentations.title}</h1>
    </main>
  );
}
