import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHANGE,
  DEFAULT_VIEW,
  formatRoute,
  LARGE_MAP_PEOPLE,
  openingLevel,
  parseRoute,
  type Route,
} from './route.ts';

describe('routes of the presenting screens', () => {
  const cases: [string, Route][] = [
    ['#/presentaties', { screen: 'presentations' }],
    ['#/toegankelijkheid', { screen: 'accessibility' }],
    [
      '#/presentaties/prs-raad-2026/bewerken',
      { screen: 'presentation-edit', presentationId: 'prs-raad-2026' },
    ],
    [
      '#/presentaties/prs-raad-2026',
      { screen: 'presentation', presentationId: 'prs-raad-2026', step: 1, raad: null },
    ],
    [
      '#/presentaties/prs-raad-2026?stap=3&raad=0',
      { screen: 'presentation', presentationId: 'prs-raad-2026', step: 3, raad: false },
    ],
    [
      '#/verandering?van=2021-09-30&tot=2023-10-01&opgave=opg-ps-pga&level=person&raad=1',
      {
        screen: 'change',
        change: { from: '2021-09-30', to: '2023-10-01', opgaveId: 'opg-ps-pga', level: 'person', raad: true },
      },
    ],
    ['#/verandering', { screen: 'change', change: DEFAULT_CHANGE }],
    ['#/kerncijfers?peildatum=2024-01-01', { screen: 'key-figures', asOf: '2024-01-01', compareWith: null }],
    ['#/netwerk?raad=1', { screen: 'network', view: { ...DEFAULT_VIEW, raad: true } }],
  ];

  it.each(cases)('reads %s and writes it back the same', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(formatRoute(route)).toBe(hash);
  });

  it('puts a bad step, date or flag right instead of failing', () => {
    expect(parseRoute('#/presentaties/prs-1?stap=nul&raad=ja')).toEqual({
      screen: 'presentation',
      presentationId: 'prs-1',
      step: 1,
      raad: null,
    });
    expect(parseRoute('#/verandering?van=gisteren&level=alles')).toEqual({
      screen: 'change',
      change: DEFAULT_CHANGE,
    });
    expect(parseRoute('#/presentaties/%2F..%2F/bewerken')).toEqual({ screen: 'start' });
  });
});

describe('the workbench state in the map URL', () => {
  it('keeps the open side tab and the selected actor, so a reload shows them again', () => {
    const hash = '#/opgaven/opg-ps-pga?pane=tabel&paneel=inzichten&actor=per-028';
    const route = parseRoute(hash);
    expect(route).toEqual({
      screen: 'opgave',
      opgaveId: 'opg-ps-pga',
      view: { ...DEFAULT_VIEW, pane: 'tabel', side: 'inzichten', actor: 'per-028' },
    });
    expect(formatRoute(route)).toBe(hash);
  });

  it('leaves the defaults out and ignores an unknown tab or a bad id', () => {
    expect(formatRoute({ screen: 'network', view: DEFAULT_VIEW })).toBe('#/netwerk');
    expect(parseRoute('#/netwerk?paneel=kelder&actor=%20')).toEqual({
      screen: 'network',
      view: DEFAULT_VIEW,
    });
  });
});

describe('the level a map opens at', () => {
  it('leaves the level to the map when the URL names none, and keeps a named one, even "person"', () => {
    const bare = parseRoute('#/opgaven/opg-wm-pga');
    expect(bare).toEqual({ screen: 'opgave', opgaveId: 'opg-wm-pga', view: DEFAULT_VIEW });
    expect(DEFAULT_VIEW.autoLevel).toBe(true);
    for (const level of ['person', 'organisation'] as const) {
      const hash = `#/opgaven/opg-wm-pga?level=${level}`;
      const route = parseRoute(hash);
      expect(route).toEqual({
        screen: 'opgave',
        opgaveId: 'opg-wm-pga',
        view: { ...DEFAULT_VIEW, level, autoLevel: false },
      });
      expect(formatRoute(route)).toBe(hash);
    }
    // an unknown level is no choice
    expect(parseRoute('#/opgaven/opg-wm-pga?level=alles')).toEqual(bare);
  });

  it('opens at organisation level above the threshold of people, at person level up to it', () => {
    expect(LARGE_MAP_PEOPLE).toBe(80);
    expect(openingLevel(0)).toBe('person');
    expect(openingLevel(LARGE_MAP_PEOPLE)).toBe('person');
    expect(openingLevel(LARGE_MAP_PEOPLE + 1)).toBe('organisation');
  });
});
