import type { Opgave } from '@regiekaart/model';
import { t } from '../i18n/catalogue.ts';
import { Badge } from './Badge.tsx';

/** Kind, pseudonymous casus code, level and status of an opgave or casus. */
export function OpgaveBadges({ opgave }: { opgave: Opgave }) {
  return (
    <span className="badges">
      <Badge tone={opgave.kind}>{t.vocabulary.opgaveKind[opgave.kind]}</Badge>
      {opgave.kind === 'casus' && opgave.code && <Badge tone="code">{opgave.code}</Badge>}
      <Badge tone="level">{t.vocabulary.opgaveLevel[opgave.level]}</Badge>
      <Badge tone="status">{t.vocabulary.opgaveStatus[opgave.status]}</Badge>
    </span>
  );
}
