import type { Network } from '@regiekaart/model';
import type { ReactNode } from 'react';
import { t } from '../i18n/catalogue.ts';
import { compareDomains, domainAppearance } from './domain-appearance.ts';
import { shapePath } from './shape-path.ts';
import { edgeWidth } from './to-elements.ts';

type Props = {
  network: Network;
  domainLabel: (code: string | null) => string;
};

const INK = '#1a1a1a';

/** Explains every visual channel of the map in words as well, so nothing depends on colour alone. */
export function MapLegend({ network, domainLabel }: Props) {
  const counts = new Map<string | null, number>();
  for (const node of network.nodes) counts.set(node.domain, (counts.get(node.domain) ?? 0) + 1);
  const domains = [...counts.keys()].sort((a, b) => (a && b ? compareDomains(a, b) : a ? -1 : 1));
  const isOpgaveMap = Boolean(network.meta?.opgaveId);
  const kinds = new Set(network.nodes.map((n) => n.kind));
  const hasDirected = network.edges.some((e) => e.directed);

  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading">{t.map.legend.heading}</h2>

      <h3>{t.map.legend.domains}</h3>
      <ul>
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
                strokeWidth={edgeWidth({ strength }) / 10}
              />
            ))}
          </Swatch>
          {t.map.legend.strength}
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
    </section>
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
