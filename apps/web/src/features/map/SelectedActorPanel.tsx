import { useQueries, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { organisationsQuery } from '../../api/actors.ts';
import { linksQuery, personQuery } from '../../api/entities.ts';
import { t } from '../../i18n/catalogue.ts';
import { importStrings } from '../../i18n/nl-import.ts';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { ActorPicker } from '../../ui/pickers.tsx';
import { nodesById } from './node-index.ts';
import type { MapWorkbench } from './use-map-workbench.ts';
import { useLinkKindLabel } from './use-vocabulary-options.ts';

const t_ = t.edit.selected;

/** Edit, annotate and connect the actor selected on the map; its ties, each editable. */
export function SelectedActorPanel({ wb }: { wb: MapWorkbench }) {
  const headingId = useId();
  const kindLabel = useLinkKindLabel();
  const node = wb.selectedId && wb.network ? nodesById(wb.network).get(wb.selectedId) : undefined;
  const edge = wb.selectedEdgeId ? wb.network?.edges.find((e) => e.id === wb.selectedEdgeId) : undefined;
  // at organisation level one line may fold several ties between people
  const linkIds = edge ? (edge.linkIds ?? [edge.id]) : [];
  const ties = useQuery({ ...linksQuery({ actorId: node?.id ?? '', limit: 200 }), enabled: Boolean(node) });
  const otherIds = (ties.data?.items ?? []).map((l) => (l.sourceId === node?.id ? l.targetId : l.sourceId));
  const nameOf = useActorNames(otherIds, wb.actorLabel);

  return (
    <section className="edit-panel" aria-labelledby={headingId} data-testid="edit-panel">
      <h2 id={headingId}>{t_.heading}</h2>
      <ActorPicker
        name="find"
        label={t_.find}
        hint={t_.findHint}
        value={null}
        onChange={(option) => {
          if (!option?.kind) return;
          // on the map: select it, so its tools show here; elsewhere: straight to its form
          if (wb.network?.nodes.some((n) => n.id === option.id)) wb.onSelect(option.id);
          else wb.open({ kind: option.kind, id: option.id });
        }}
      />
      {edge && !node && (
        <>
          <p className="details-name">
            {t_.tieLabel(
              wb.actorLabel(edge.source) ?? edge.source,
              wb.actorLabel(edge.target) ?? edge.target,
            )}
          </p>
          {linkIds.length === 1 && linkIds[0] ? (
            <div className="button-stack">
              <button type="button" onClick={() => wb.open({ kind: 'link', id: linkIds[0] ?? edge.id })}>
                {t.edit.link.editTitle}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  wb.open({
                    kind: 'annotation',
                    annotation: null,
                    target: {
                      type: 'link',
                      id: linkIds[0] ?? edge.id,
                      label: t_.tieLabel(
                        wb.actorLabel(edge.source) ?? edge.source,
                        wb.actorLabel(edge.target) ?? edge.target,
                      ),
                    },
                  })
                }
              >
                {t_.annotate}
              </button>
            </div>
          ) : (
            <p>{t_.foldedTies(linkIds.length)}</p>
          )}
        </>
      )}
      {!node && !edge ? (
        <p>{t_.none}</p>
      ) : !node ? null : (
        <>
          <p className="details-name">{node.label}</p>
          <div className="button-stack">
            <button type="button" onClick={() => wb.open({ kind: node.kind, id: node.id })}>
              {t_.edit(node.label)}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                wb.open({
                  kind: 'annotation',
                  annotation: null,
                  target: { type: node.kind, id: node.id, label: node.label },
                })
              }
            >
              {t_.annotate}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                wb.open({ kind: 'link', id: null, prefill: { source: { id: node.id, label: node.label } } })
              }
            >
              {t_.linkFrom}
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() =>
                wb.open({ kind: 'merge', actor: { id: node.id, kind: node.kind, label: node.label } })
              }
            >
              {importStrings.merge}
            </button>
          </div>
          <h3>{t_.ties}</h3>
          {ties.error ? <ErrorMessage error={ties.error} /> : null}
          {ties.data?.items.length === 0 && <p>{t_.noTies}</p>}
          <ul className="edit-list compact">
            {ties.data?.items.map((link) => {
              const otherId = link.sourceId === node.id ? link.targetId : link.sourceId;
              const other = nameOf(otherId);
              return (
                <li key={link.id} data-link-id={link.id}>
                  <span>{t_.tieWith(kindLabel(link.kind), other)}</span>
                  <span className="edit-list-actions">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => wb.open({ kind: 'link', id: link.id })}
                      aria-label={t_.editTie(other)}
                    >
                      {t.edit.editAction}
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        wb.open({
                          kind: 'annotation',
                          annotation: null,
                          target: { type: 'link', id: link.id, label: t_.tieLabel(node.label, other) },
                        })
                      }
                      aria-label={t_.annotateTie(other)}
                    >
                      {t_.note}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/**
 * Names for the other ends of ties, also those off the map: organisations from the full list,
 * people one by one (only ids that are no organisation, so no request fails).
 */
function useActorNames(
  ids: readonly string[],
  onMap: (id: string) => string | undefined,
): (id: string) => string {
  const organisations = useQuery(organisationsQuery());
  const orgNames = new Map((organisations.data?.items ?? []).map((o) => [o.id, o.name]));
  const unknown = organisations.data ? [...new Set(ids)].filter((id) => !onMap(id) && !orgNames.has(id)) : [];
  const people = useQueries({ queries: unknown.map((id) => ({ ...personQuery(id), retry: false })) });
  const personNames = new Map(people.flatMap((p) => (p.data ? [[p.data.id, p.data.name] as const] : [])));
  return (id) => onMap(id) ?? orgNames.get(id) ?? personNames.get(id) ?? id;
}
