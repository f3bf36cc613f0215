import type { Network } from '@regiekaart/model';
import type { ReactNode } from 'react';
import { t } from '../../i18n/catalogue.ts';
import { compareDomains, domainAppearance } from './domain-appearance.ts';
import { compareKinds, dashArray, edgeAppearance } from './edge-appearance.ts';
import { shapePath } from './shape-path.ts';
import { countWidth, edgeWidth } from './to-elements.ts';

type Props = {
  network: Network;
  domainLabel: (code: string | null) => string;
  /** tie kind code to label; without it the kinds are not listed */
  kindLabel?: (code: string) => string;
  /** name of the metric that sizes the nodes */
  sizeBy?: string | null;
  /** people are drawn in a box per organisation */
  grouped?: boolean;
  /** the "what if" mode greys out actors */
  whatIf?: boolean;
};

const INK = '#1a1a1a';

/** Explains every visual channel of the map in words as well, so nothing depends on colour alone. */
export function MapLegend({ network, domainLabel, kindLabel, sizeBy, grouped, whatIf }: Props) {
  const isOpgaveMap = Boolean(network.meta?.opgaveId);
  const kinds = new Set(network.nodes.map((n) => n.kind));
  const hasDirected = network.edges.some((e) => e.directed);
  const folded = network.edges.some((e) => e.count !== undefined);
  const edgeKinds = [...new Set(network.edges.map((e) => e.kind))].sort(compareKinds);

  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t.map.legend.heading}</h2>

      <h3>{t.map.legend.domains}</h3>
      <DomainList network={network} domainLabel={domainLabel} />

      <h3>{t.map.legend.actors}</h3>
      <ul>
        {kinds.has('organisation') && (
          <li>
            <Swatch>
              <circle r={1.05} fill="#ffffff" stroke={INK} strokeWidth={0.1} />
              <circle r={0.8} fill="#bbbbbb" stroke={INK} strokeWidth={0.1} />
            </Swatch>
            {t.map.legend.organisation}
          </li>
        )}
        {kinds.has('person') && (
          <li>
            <Swatch>
              <circle r={0.5} fill="#bbbbbb" stroke={INK} strokeWidth={0.08} />
            </Swatch>
            {t.map.legend.person}
          </li>
        )}
      </ul>

      {isOpgaveMap && (
        <>
          <h3>{t.map.legend.roles}</h3>
          <ul>
            <li>
              <Swatch>
                <circle r={1.1} fill="none" stroke={INK} strokeWidth={0.14} />
                <circle r={0.72} fill="#bbbbbb" stroke={INK} strokeWidth={0.3} />
              </Swatch>
              {t.map.legend.regisseur}
            </li>
            <li>
              <Swatch>
                <circle r={0.8} fill="#bbbbbb" stroke={INK} strokeWidth={0.3} />
              </Swatch>
              {t.map.legend.kernpartner}
            </li>
            <li>
              <Swatch>
                <circle
                  r={0.7}
                  fill="#bbbbbb"
                  fillOpacity={0.45}
                  stroke={INK}
                  strokeOpacity={0.6}
                  strokeWidth={0.1}
                />
              </Swatch>
              {t.map.legend.context}
            </li>
          </ul>
        </>
      )}

      {sizeBy && (
        <>
          <h3>{t.workbench.legend.size(sizeBy)}</h3>
          <ul>
            <li>
              <Swatch wide>
                <circle cx={-1.9} cy={0} r={0.35} fill="#bbbbbb" stroke={INK} strokeWidth={0.08} />
                <circle cx={-0.6} cy={0} r={0.65} fill="#bbbbbb" stroke={INK} strokeWidth={0.08} />
                <circle cx={1.45} cy={0} r={1.1} fill="#bbbbbb" stroke={INK} strokeWidth={0.08} />
              </Swatch>
              {t.workbench.legend.sizeSmall} → {t.workbench.legend.sizeLarge}
            </li>
          </ul>
        </>
      )}

      {grouped && (
        <ul>
          <li>
            <Swatch wide>
              <rect
                x={-2.6}
                y={-1}
                width={5.2}
                height={2}
                rx={0.4}
                fill="#332288"
                fillOpacity={0.08}
                stroke="#332288"
                strokeWidth={0.1}
                strokeDasharray="0.3 0.2"
              />
            </Swatch>
            {t.workbench.legend.groups}
          </li>
        </ul>
      )}

      {kindLabel && edgeKinds.length > 0 && (
        <>
          <h3>{t.workbench.legend.kinds}</h3>
          <ul data-testid="legend-kinds">
            {edgeKinds.map((kind) => {
              const { colour, line } = edgeAppearance(kind);
              return (
                <li key={kind}>
                  <Swatch wide>
                    <line
                      x1={-2.6}
                      x2={2.6}
                      y1={0}
                      y2={0}
                      stroke={colour}
                      strokeWidth={0.35}
                      strokeDasharray={dashArray(line, 0.35)}
                    />
                  </Swatch>
                  {kindLabel(kind)}
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h3>{t.map.legend.edges}</h3>
      <ul>
        <li>
          <Swatch wide>
            {[1, 3, 5].map((strength, i) => (
              <line
                key={strength}
                x1={-2.6}
                x2={2.6}
                y1={-0.8 + i * 0.8}
                y2={-0.8 + i * 0.8}
                stroke="#6b6b6b"
                strokeWidth={(folded ? countWidth(1 + (strength - 1) * 4) : edgeWidth({ strength })) / 10}
              />
            ))}
          </Swatch>
          {folded ? t.workbench.legend.pairs : t.map.legend.strength}
        </li>
        {hasDirected && (
          <li>
            <Swatch wide>
              <line x1={-2.6} x2={1.8} y1={0} y2={0} stroke="#6b6b6b" strokeWidth={0.2} />
              <path d="M 1.4 -0.6 L 2.6 0 L 1.4 0.6 Z" fill="#6b6b6b" />
            </Swatch>
            {t.map.legend.directed}
          </li>
        )}
      </ul>

      {whatIf && (
        <>
          <h3>{t.workbench.whatIf.heading}</h3>
          <ul>
            <li>
              <Swatch>
                <circle
                  r={0.7}
                  fill="#ffffff"
                  stroke="#8a8a8a"
                  strokeWidth={0.14}
                  strokeDasharray="0.3 0.2"
                />
              </Swatch>
              {t.workbench.whatIf.legendRemoved}
            </li>
            <li>
              <Swatch>
                <circle r={0.7} fill="#b5b5b5" stroke="#6b6b6b" strokeWidth={0.1} />
              </Swatch>
              {t.workbench.whatIf.legendCutOff}
            </li>
          </ul>
        </>
      )}
    </section>
  );
}

/** The domains on the map, each with its colour, shape and number of actors. */
export function DomainList({ network, domainLabel }: Pick<Props, 'network' | 'domainLabel'>) {
  const counts = new Map<string | null, number>();
  for (const node of network.nodes) counts.set(node.domain, (counts.get(node.domain) ?? 0) + 1);
  const domains = [...counts.keys()].sort((a, b) => (a && b ? compareDomains(a, b) : a ? -1 : 1));
  return (
    <ul className="domain-list">
      {domains.map((domain) => {
        const { colour, shape } = domainAppearance(domain);
        return (
          <li key={domain ?? ''}>
            <Swatch>
              <path d={shapePath(shape)} fill={colour} stroke={INK} strokeWidth={0.12} />
            </Swatch>
            {t.map.legend.domainCount(domainLabel(domain), counts.get(domain) ?? 0)}
          </li>
        );
      })}
    </ul>
  );
}

function Swatch({ wide = false, children }: { wide?: boolean; children: ReactNode }) {
  return (
    <svg
      className="swatch"
      viewBox={wide ? '-2.8 -1.2 5.6 2.4' : '-1.2 -1.2 2.4 2.4'}
      width={wide ? 40 : 20}
      height={20}
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}
