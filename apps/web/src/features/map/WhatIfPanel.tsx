import type { Network } from '@regiekaart/model';
import { useId, useState } from 'react';
import { t } from '../../i18n/catalogue.ts';
import { formatMetric } from './metric-values.ts';
import { findNode } from './search.ts';
import type { WhatIf } from './what-if.ts';

type Props = {
  network: Network;
  removed: readonly string[];
  result: WhatIf | null;
  selectedId: string | null;
  labelOf: (id: string) => string;
  domainLabel: (code: string | null) => string;
  onChange: (removed: string[]) => void;
  onMostDamaging: () => void;
};

/** "What if these actors left?": pick actors, see fragmentation, cut-off actors and lost domain pairs. */
export function WhatIfPanel(props: Props) {
  const { network, removed, result, selectedId, labelOf, domainLabel, onChange, onMostDamaging } = props;
  const w = t.workbench.whatIf;
  const id = useId();
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const add = (nodeId: string) => {
    if (!removed.includes(nodeId)) onChange([...removed, nodeId]);
  };
  const canAddSelected = selectedId !== null && !removed.includes(selectedId);

  return (
    <div className="what-if" data-testid="what-if-panel">
      <p className="hint">{w.intro}</p>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const node = findNode(network, query);
          if (!node) {
            setMessage(w.notFound(query));
            return;
          }
          setMessage(null);
          setQuery('');
          add(node.id);
        }}
      >
        <label htmlFor={`${id}-actor`}>{w.add}</label>
        <div className="inline-form-row">
          <input
            id={`${id}-actor`}
            list={`${id}-actors`}
            value={query}
            placeholder={w.addPlaceholder}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
          />
          <button type="submit">{w.addButton}</button>
        </div>
        <datalist id={`${id}-actors`}>
          {network.nodes.map((node) => (
            <option key={node.id} value={node.label} />
          ))}
        </datalist>
        {message && (
          <p className="hint" role="status">
            {message}
          </p>
        )}
      </form>
      <div className="button-row">
        {canAddSelected && (
          <button type="button" className="secondary" onClick={() => add(selectedId)}>
            {w.addSelected(labelOf(selectedId))}
          </button>
        )}
        <button type="button" className="secondary" onClick={onMostDamaging}>
          {w.mostDamaging}
        </button>
      </div>

      <section className="panel-section" aria-labelledby={`${id}-removed`}>
        <h3 id={`${id}-removed`}>{w.removed}</h3>
        {removed.length === 0 ? (
          <p className="hint">{w.none}</p>
        ) : (
          <>
            <ul className="chip-list">
              {removed.map((nodeId) => (
                <li key={nodeId}>
                  <span>{labelOf(nodeId)}</span>
                  <button
                    type="button"
                    className="chip-remove"
                    aria-label={w.remove(labelOf(nodeId))}
                    title={w.remove(labelOf(nodeId))}
                    onClick={() => onChange(removed.filter((r) => r !== nodeId))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="secondary small" onClick={() => onChange([])}>
              {w.reset}
            </button>
          </>
        )}
      </section>

      {result && removed.length > 0 && (
        <section className="panel-section" aria-labelledby={`${id}-result`} data-testid="what-if-result">
          <h3 id={`${id}-result`}>{w.result}</h3>
          <p className="what-if-headline" data-testid="what-if-cut-off" data-count={result.cutOff.length}>
            {w.cutOff(result.cutOff.length)}
          </p>
          <table className="compact-table">
            <caption className="visually-hidden">{w.result}</caption>
            <thead>
              <tr>
                <th scope="col">{w.measure}</th>
                <th scope="col">{w.before}</th>
                <th scope="col">{w.after}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{w.components}</th>
                <td>{result.before.components}</td>
                <td data-testid="what-if-components">{result.after.components}</td>
              </tr>
              <tr>
                <th scope="row">
                  {w.fragmentation}
                  <span className="metric-explain">{w.fragmentationExplain}</span>
                </th>
                <td>{formatMetric(result.before.fragmentation)}</td>
                <td data-testid="what-if-f">{formatMetric(result.after.fragmentation)}</td>
              </tr>
              <tr>
                <th scope="row">
                  {w.distanceFragmentation}
                  <span className="metric-explain">{w.distanceFragmentationExplain}</span>
                </th>
                <td>{formatMetric(result.before.distanceFragmentation)}</td>
                <td>{formatMetric(result.after.distanceFragmentation)}</td>
              </tr>
            </tbody>
          </table>
          <h4>{w.lostPairs}</h4>
          {result.lostDomainPairs.length === 0 ? (
            <p className="hint">{w.noLostPairs}</p>
          ) : (
            <ul className="plain-list" data-testid="what-if-lost-pairs">
              {result.lostDomainPairs.map(([a, b]) => (
                <li key={`${a}-${b}`}>{w.pair(domainLabel(a), domainLabel(b))}</li>
              ))}
            </ul>
          )}
          {result.cutOff.length > 0 && (
            <>
              <h4>{w.cutOffLabel}</h4>
              <p className="cut-off-names">{result.cutOff.map(labelOf).join(', ')}</p>
            </>
          )}
        </section>
      )}
    </div>
  );
}
