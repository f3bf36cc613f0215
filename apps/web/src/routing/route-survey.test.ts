import { describe, expect, it } from 'vitest';
import { DEFAULT_CHANGE, formatRoute, parseRoute, type Route } from './route.ts';

describe('routes of the netwerkuitvraag', () => {
  const cases: [string, Route][] = [
    ['#/uitvragen/srv-2026', { screen: 'survey', surveyId: 'srv-2026' }],
    ['#/uitvragen/srv-2026?raad=1', { screen: 'survey', surveyId: 'srv-2026', raad: true }],
    ['#/verandering?ronde=srv-2027', { screen: 'change', change: { ...DEFAULT_CHANGE, round: 'srv-2027' } }],
    [
      '#/verandering?van=2026-03-01&tot=2027-03-01&raad=1&ronde=srv-2027',
      {
        screen: 'change',
        change: { ...DEFAULT_CHANGE, from: '2026-03-01', to: '2027-03-01', raad: true, round: 'srv-2027' },
      },
    ],
  ];

  it.each(cases)('reads %s and writes it back the same', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
    expect(formatRoute(route)).toBe(hash);
  });

  it('ignores a raad flag other than 1 and a round that is no id', () => {
    expect(parseRoute('#/uitvragen/srv-2026?raad=ja')).toEqual({ screen: 'survey', surveyId: 'srv-2026' });
    expect(parseRoute('#/verandering?ronde=%2F..')).toEqual({ screen: 'change', change: DEFAULT_CHANGE });
  });
});
