import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANGE, DEFAULT_VIEW, formatRoute, parseRoute, type Route } from './route.ts';

describe('routes of the presenting screens', () => {
  const cases: [string, Route][] = [
    ['#/presentaties', { screen: 'presentations' }],
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
