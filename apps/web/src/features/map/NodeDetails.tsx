import type { Network } from '@regiekaart/model';
import { t } from '../../i18n/catalogue.ts';

type Props = {
  network: Network;
  selectedId: string | null;
  domainLabel: (code: string | null) => string;
  onClear: () => void;
};

export function NodeDetails({ network, selectedId, domainLabel, onClear }: Props) {
  const node = selectedId ? network.nodes.find((n) => n.id === selectedId) : undefined;
  const connections = node
    ? network.edges.filter((e) => e.source === node.id || e.target === node.id).length
    : 0;
  const rows: [string, string][] = [];
  if (node) {
    rows.push([t.map.details.kind, t.vocabulary.actorKind[node.kind]]);
    rows.push([t.map.details.domain, domainLabel(node.domain)]);
    if (node.type) rows.push([t.map.details.type, node.type]);
    if (node.function) rows.push([t.map.details.function, node.function]);
    if (node.roles?.length) {
      rows.push([t.map.details.roles, node.roles.map((r) => t.vocabulary.participantRole[r]).join(', ')]);
    }
    if (node.hop !== undefined && network.meta?.opgaveId) {
      rows.push([t.map.details.hop, t.map.details.hopValue(node.hop)]);
    }
    rows.push([t.map.details.connections, String(connections)]);
    if (node.memberCount !== undefined) rows.push([t.map.details.members, String(node.memberCount)]);
    if (node.opgaveCount !== undefined) rows.push([t.map.details.opgaven, String(node.opgaveCount)]);
  }

  return (
    <section className="details" aria-labelledby="details-heading" aria-live="polite">
      <h2 id="details-heading">{t.map.details.heading}</h2>
      {node ? (
        <>
          <p className="details-name">{node.label}</p>
          <dl>
            {rows.map(([term, value]) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <button type="button" onClick={onClear}>
            {t.map.details.clear}
          </button>
        </>
      ) : (
        <p>{t.map.details.none}</p>
      )}
    </section>
  );
}
