import type { Analysis, AnalysisQuery, Network, WhatIfQuery } from '@regiekaart/model';
import type { AnalysisRunner } from '../analysis/analysis-runner.ts';
import type { WhatIfAnswer } from '../analysis/what-if-answer.ts';
import type { Db } from '../db/database.ts';
import { bumpGeneration, generationOf } from '../db/generation.ts';
import { unprocessable } from '../http/problem.ts';
import { buildNetwork, type NetworkRequest } from './network.service.ts';
import { getOpgave } from './opgaven.service.ts';
import { getTemplate } from './templates.service.ts';

const CACHE_SIZE = 64;

/**
 * Metrics, gaps and risks for a network, and what-if questions, computed in the analysis worker
 * and cached until the data
 * changes: this process's own writes bump a generation, other processes' commits change SQLite's
 * data_version.
 */
export class AnalysisService {
  private version = '';
  private readonly cache = new Map<string, Analysis>();
  private readonly networks = new Map<string, Network>();
  /** Analyses being computed, by version and key: a second identical request waits for the first. */
  private readonly running = new Map<string, Promise<Analysis>>();
  private readonly whatIfs = new Map<string, WhatIfAnswer>();
  /** What-if questions being answered, by version and key, shared like the running analyses. */
  private readonly runningWhatIfs = new Map<string, Promise<WhatIfAnswer>>();

  constructor(
    private readonly db: Db,
    private readonly runner: AnalysisRunner,
  ) {}

  /** Called after every successful write through the API. */
  invalidate(): void {
    bumpGeneration(this.db);
  }

  private currentVersion(): string {
    return `${generationOf(this.db)}:${String(this.db.pragma('data_version', { simple: true }))}`;
  }

  /** Both caches hold only what was computed from the data as it is now. */
  private fresh(): string {
    const version = this.currentVersion();
    if (version !== this.version) {
      this.cache.clear();
      this.networks.clear();
      this.whatIfs.clear();
      this.version = version;
    }
    return version;
  }

  /** The network for a query (see buildNetwork), cached like the analyses until the data changes. */
  network(request: NetworkRequest, hidden: ReadonlySet<string> = new Set()): Network {
    const version = this.fresh();
    const key = JSON.stringify([request, [...hidden].sort()]);
    const hit = this.networks.get(key);
    if (hit) return hit;
    const network = buildNetwork(this.db, request, hidden);
    if (this.currentVersion() === version) {
      if (this.networks.size >= CACHE_SIZE) this.networks.delete(this.networks.keys().next().value as string);
      this.networks.set(key, network);
    }
    return network;
  }

  async analyse(
    query: AnalysisQuery & { opgaveId?: string | undefined },
    /** casussen the caller may not see */
    hidden: ReadonlySet<string> = new Set(),
  ): Promise<Analysis> {
    const version = this.fresh();
    const key = JSON.stringify([query, [...hidden].sort()]);
    const hit = this.cache.get(key);
    if (hit) return { ...hit, meta: { ...hit.meta, cached: true } };
    // A map opened again (or by a colleague) while its analysis of a large network is still
    // running shares that run instead of queueing the same work behind it in the worker.
    const runKey = `${version}\u0000${key}`;
    const running = this.running.get(runKey);
    if (running) return running;
    const run = this.compute(query, hidden, version, key);
    this.running.set(runKey, run);
    try {
      return await run;
    } finally {
      this.running.delete(runKey);
    }
  }

  private async compute(
    query: AnalysisQuery & { opgaveId?: string | undefined },
    hidden: ReadonlySet<string>,
    version: string,
    key: string,
  ): Promise<Analysis> {
    const { groupBy, overloadThreshold, suggestions, ...networkQuery } = query;
    const network = buildNetwork(this.db, networkQuery, hidden);
    const opgave = query.opgaveId ? getOpgave(this.db, query.opgaveId) : undefined;
    const template = opgave?.templateId ? getTemplate(this.db, opgave.templateId) : undefined;
    const context = query.opgaveId
      ? buildNetwork(
          this.db,
          {
            level: 'person',
            hops: 0,
            asOf: query.asOf,
            kind: query.kind,
            minStrength: query.minStrength,
          },
          hidden,
        )
      : undefined;
    const organisationLabels = Object.fromEntries(
      (
        this.db.prepare('SELECT id, coalesce(short_name, name) AS label FROM organisations').all() as {
          id: string;
          label: string;
        }[]
      ).map((o) => [o.id, o.label]),
    );
    const started = performance.now();
    const result = await this.runner.run({
      network,
      groupBy,
      template: template ? { id: template.id, roles: template.roles } : null,
      ...(context ? { context } : {}),
      organisationLabels,
      overloadThreshold,
      suggestions,
    });
    const analysis = {
      ...result,
      meta: {
        level: query.level,
        asOf: query.asOf ?? null,
        hops: query.opgaveId ? query.hops : null,
        opgaveId: query.opgaveId ?? null,
        groupBy,
        computedAt: new Date().toISOString(),
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        cached: false,
      },
    } as Analysis;
    if (this.currentVersion() === version) {
      if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(key, analysis);
    }
    return analysis;
  }

  /**
   * "What if these actors left?" on the network of the map (`GET /api/what-if`), and optionally
   * the k most damaging losses: computed in the analysis worker, in the same queue as the
   * analyses; an identical question asked meanwhile shares the run, and the answer is cached until
   * the data changes.
   */
  async whatIf(
    query: WhatIfQuery & { opgaveId?: string | undefined },
    /** casussen the caller may not see */
    hidden: ReadonlySet<string>,
  ): Promise<WhatIfAnswer> {
    const version = this.fresh();
    const key = JSON.stringify([query, [...hidden].sort()]);
    const hit = this.whatIfs.get(key);
    if (hit) return hit;
    const runKey = `${version}\u0000${key}`;
    const running = this.runningWhatIfs.get(runKey);
    if (running) return running;
    const run = this.computeWhatIf(query, hidden, version, key);
    this.runningWhatIfs.set(runKey, run);
    try {
      return await run;
    } finally {
      this.runningWhatIfs.delete(runKey);
    }
  }

  private async computeWhatIf(
    query: WhatIfQuery & { opgaveId?: string | undefined },
    hidden: ReadonlySet<string>,
    version: string,
    key: string,
  ): Promise<WhatIfAnswer> {
    const { remove, k, groupBy, ...networkQuery } = query;
    const network = this.network(networkQuery, hidden);
    const onMap = new Set(network.nodes.map((node) => node.id));
    const unknown = remove.filter((id) => !onMap.has(id));
    if (unknown.length) {
      throw unprocessable(
        [{ field: 'remove', message: `niet in dit netwerk: ${unknown.join(', ')}` }],
        'Wie je wilt weghalen staat niet op deze kaart.',
      );
    }
    const answer = await this.runner.whatIf({ network, remove, k, groupBy });
    if (this.currentVersion() === version) {
      if (this.whatIfs.size >= CACHE_SIZE) this.whatIfs.delete(this.whatIfs.keys().next().value as string);
      this.whatIfs.set(key, answer);
    }
    return answer;
  }
}
