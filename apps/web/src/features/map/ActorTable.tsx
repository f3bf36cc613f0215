import type { Network, NetworkNode } from '@regiekaart/model';
import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/catalogue.ts';
import type { SizeMetric } from '../../routing/route.ts';
import { type ActorMetrics, formatMetric } from './metric-values.ts';

type Props = {
  network: Network;
  metrics: ReadonlyMap<string, ActorMetrics> | undefined;
  selectedId: string | null;
  onSelect: (id: string) => void;
  labelOf: (id: string) => string;
  domainLabel: (code: string | null) => string;
  /** the metric the map sizes by sorts the table first */
  initialSort?: SizeMetric | null;
};

type TextColumn = 'name' | 'domain' | 'organisation';
type Column = TextColumn | SizeMetric;
type Sort = { column: Column; direction: 'ascending' | 'descending' };

const METRIC_COLUMNS: readonly SizeMetric[] = [
  'degree',
  'betweenness',
  'brokerage',
  'overload',
  'constraint',
  'effectiveSize',
  'opgaven',
];

const isMetric = (column: Column): column is SizeMetric =>
  (METRIC_COLUMNS as readonly string[]).includes(column);

/**
 * Every actor on the map with its metrics: the accessible twin of the map. Column headers are
 * buttons that sort (aria-sort tells the order); a name selects the actor on the map.
 */
export function ActorTable({
  network,
  metrics,
  selectedId,
  onSelect,
  labelOf,
  domainLabel,
  initialSort,
}: Props) {
  const w = t.workbench.table;
  const [sort, setSort] = useState<Sort>(
    initialSort && isMetric(initialSort)
      ? { column: initialSort, direction: 'descending' }
      : { column: 'name', direction: 'ascending' },
  );
  const selectedRef = useRef<HTMLTableRowElement>(null);

  const text = (node: NetworkNode, column: TextColumn): string => {
    switch (column) {
      case 'name':
        return node.label;
      case 'domain':
        return domainLabel(node.domain);
      case 'organisation':
        return node.kind === 'person' && node.organisationId ? labelOf(node.organisationId) : '';
    }
  };

  const rows = (() => {
    const sign = sort.direction === 'ascending' ? 1 : -1;
    const { column } = sort;
    return [...network.nodes].sort((a, b) => {
      if (isMetric(column)) {
        const va = metrics?.get(a.id)?.[column] ?? null;
        const vb = metrics?.get(b.id)?.[column] ?? null;
        // actors without a value go last in either direction
        if (va === null || vb === null)
          return va === vb ? a.label.localeCompare(b.label, 'nl') : va === null ? 1 : -1;
        return sign * (va - vb) || a.label.localeCompare(b.label, 'nl');
      }
      return sign * text(a, column).localeCompare(text(b, column), 'nl') || a.id.localeCompare(b.id);
    });
  })();

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll when the selection changes
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const header = (column: Column, label: string, numeric = false) => {
    const active = sort.column === column;
    return (
      <th
        key={column}
        scope="col"
        aria-sort={active ? sort.direction : 'none'}
        className={numeric ? 'num' : undefined}
      >
        <button
          type="button"
          className="sort-button"
          data-column={column}
          title={isMetric(column) ? t.workbench.metrics[column].name : undefined}
          onClick={() =>
            setSort(
              active
                ? { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
                : { column, direction: isMetric(column) ? 'descending' : 'ascending' },
            )
          }
        >
          {label}
          <span aria-hidden="true" className="sort-mark">
            {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      </th>
    );
  };

  return (
    <div className="actor-table">
      <h2 id="actor-table-heading">{w.heading}</h2>
      {!metrics && (
        <p className="hint" role="status">
          {w.loading}
        </p>
      )}
      <div className="table-scroll tall">
        <table className="data-table" data-testid="actor-table">
          <caption>{w.caption(network.nodes.length)}</caption>
          <thead>
            <tr>
              {header('name', w.name)}
              {header('domain', w.domain)}
              {header('organisation', w.organisation)}
              {METRIC_COLUMNS.map((metric) => header(metric, t.workbench.metrics[metric].short, true))}
            </tr>
          </thead>
          <tbody>
            {rows.map((node) => {
              const m = metrics?.get(node.id);
              const selected = node.id === selectedId;
              return (
                <tr
                  key={node.id}
                  ref={selected ? selectedRef : undefined}
                  className={selected ? 'selected' : undefined}
                  data-node-id={node.id}
                >
                  <th scope="row">
                    <button
                      type="button"
                      className="row-select"
                      aria-pressed={selected}
                      onClick={() => onSelect(node.id)}
                    >
                      {node.label}
                    </button>
                  </th>
                  <td>{text(node, 'domain')}</td>
                  <td>{text(node, 'organisation')}</td>
                  {METRIC_COLUMNS.map((metric) => (
                    <td key={metric} className="num">
                      {formatMetric(m?.[metric])}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
