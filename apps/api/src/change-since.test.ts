import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { sample } from '../test/sample.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(sample);
});
afterAll(() => h.stop());

type Change = { summary: { tiesAdded: number }; ties: { added: { source: string; target: string }[] } };

describe('change since a date', () => {
  it('counts what started on that day: "since 1 October 2021" includes the ties of 1 October', async () => {
    const startedThatDay = (sample.links ?? []).filter((l) => l.since === '2021-10-01').length;
    expect(startedThatDay).toBeGreaterThan(0);
    const since = (await h.call('GET', '/api/change?from=2021-10-01&to=2021-10-01&level=organisation&hops=0'))
      .body as Change;
    // from = to = that day: what started on the day itself (comparing a day with itself would show nothing)
    expect(since.summary.tiesAdded).toBeGreaterThan(0);
    const month = (await h.call('GET', '/api/change?from=2021-10-01&to=2021-10-31&level=organisation&hops=0'))
      .body as Change;
    expect(month.summary.tiesAdded).toBeGreaterThanOrEqual(since.summary.tiesAdded);
  });
});
