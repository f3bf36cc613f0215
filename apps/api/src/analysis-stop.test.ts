import type { InsightsInput, NetworkAnalysis } from '@regiekaart/analysis';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { smallNetwork } from '../test/small-network.ts';
import { AnalysisRunner } from './analysis/analysis-runner.ts';
import type { WhatIfAnswer, WhatIfInput } from './analysis/what-if-answer.ts';
import { createApp } from './app.ts';

/** A real runner (worker thread) that counts the analyses and what-if questions it is given. */
class CountingRunner extends AnalysisRunner {
  runs = 0;
  whatIfs = 0;
  override run(input: InsightsInput): Promise<NetworkAnalysis> {
    this.runs++;
    return super.run(input);
  }
  override whatIf(input: WhatIfInput): Promise<WhatIfAnswer> {
    this.whatIfs++;
    return super.whatIf(input);
  }
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness(smallNetwork);
});
afterAll(() => h.stop());
afterEach(() => {
  vi.restoreAllMocks();
});

const get = (app: ReturnType<typeof createApp>, path: string) =>
  app.request(`http://localhost${path}`, { headers: { cookie: h.call.cookie } });

async function until(condition: () => boolean): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > 5_000) throw new Error('timed out waiting');
    await new Promise((wait) => setTimeout(wait, 5));
  }
}

describe('the analysis worker when the server stops', () => {
  it('refuses an analysis it was still computing as 503 "the server is stopping", logging no crash', async () => {
    // How the render bench once saw "analysis worker stopped": a map closed while its analysis of a
    // large network still ran, then the server stopped and ended the worker mid-analysis.
    const errors = vi.spyOn(console, 'error');
    const runner = new AnalysisRunner();
    const app = createApp({ db: h.db, runner });
    const reply = get(app, '/api/analysis?level=person');
    await until(() => runner.pendingCount === 1);
    await runner.close();
    const res = await reply;
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 503, title: 'De server stopt' });
    expect(errors).not.toHaveBeenCalled();
    // and a stopped runner starts no new worker
    await expect(runner.run({} as InsightsInput)).rejects.toMatchObject({ status: 503 });
  });

  it('lets a second request for the same analysis share the running one', async () => {
    const runner = new CountingRunner();
    const app = createApp({ db: h.db, runner });
    try {
      const [a, b] = await Promise.all([
        get(app, '/api/analysis?level=person'),
        get(app, '/api/analysis?level=person'),
      ]);
      expect(a.status).toBe(200);
      expect(b.status).toBe(200);
      expect(await b.json()).toEqual(await a.json());
      expect(runner.runs).toBe(1);
      // another question is another run; the same one again comes from the cache
      expect((await get(app, '/api/analysis?level=organisation')).status).toBe(200);
      expect((await get(app, '/api/analysis?level=person')).status).toBe(200);
      expect(runner.runs).toBe(2);
    } finally {
      await runner.close();
    }
  });
});

/** Bram, a person on the map of the small network. */
const PERSON = 'p2';

describe('what-if questions in the analysis worker', () => {
  it('refuses a what-if it was still computing as 503 when the server stops', async () => {
    const errors = vi.spyOn(console, 'error');
    const runner = new AnalysisRunner();
    const app = createApp({ db: h.db, runner });
    const reply = get(app, `/api/what-if?remove=${PERSON}&k=2`);
    await until(() => runner.pendingCount === 1);
    await runner.close();
    const res = await reply;
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 503, title: 'De server stopt' });
    expect(errors).not.toHaveBeenCalled();
    await expect(runner.whatIf({} as WhatIfInput)).rejects.toMatchObject({ status: 503 });
  });

  it('lets identical questions share one run, answers a repeat from the cache until the data changes', async () => {
    const runner = new CountingRunner();
    const app = createApp({ db: h.db, runner });
    try {
      const [a, b] = await Promise.all([
        get(app, `/api/what-if?remove=${PERSON}&k=1`),
        get(app, `/api/what-if?remove=${PERSON}&k=1`),
      ]);
      expect(a.status).toBe(200);
      expect(b.status).toBe(200);
      const answer = (await a.json()) as WhatIfAnswer;
      expect(await b.json()).toEqual(answer);
      expect(runner.whatIfs).toBe(1);
      expect(answer.removed).toEqual([{ id: PERSON, label: expect.any(String) }]);
      // the same again comes from the cache; another question is another run
      expect(await (await get(app, `/api/what-if?remove=${PERSON}&k=1`)).json()).toEqual(answer);
      expect((await get(app, `/api/what-if?remove=${PERSON}`)).status).toBe(200);
      expect(runner.whatIfs).toBe(2);
      // an actor not on the map is refused before the worker is asked
      expect((await get(app, '/api/what-if?remove=per-999')).status).toBe(422);
      expect(runner.whatIfs).toBe(2);
      // a write by another process makes the cached answer stale
      const other = new Database(h.dbPath);
      other.prepare("UPDATE organisations SET name = name || ' ' WHERE id = 'om'").run();
      other.close();
      expect((await get(app, `/api/what-if?remove=${PERSON}&k=1`)).status).toBe(200);
      expect(runner.whatIfs).toBe(3);
    } finally {
      await runner.close();
    }
  });
});
