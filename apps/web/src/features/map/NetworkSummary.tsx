import type { Network } from '@regiekaart/model';
import { formatDate, t } from '../../i18n/catalogue.ts';

type Props = { network: Network; id: string };

/** The map in one sentence, for everyone and for screen readers in particular. */
export function NetworkSummary({ network, id }: Props) {
  const asOf = network.meta?.asOf ? formatDate(network.meta.asOf) : t.map.today;
  const participants = network.meta?.opgaveId ? network.nodes.filter((n) => n.participant).length : null;
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t.map.summaryHeading}</h2>
      <p id={id} aria-live="polite" data-testid="network-summary">
        {t.map.summary(network.nodes.length, network.edges.length, asOf)}
        {participants !== null && ` ${t.map.participantsSummary(participants)}`}
      </p>
      {network.nodes.length === 0 && <p>{t.map.empty}</p>}
    </section>
  );
}
