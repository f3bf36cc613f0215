/**
 * Worker thread: runs analyses and what-if questions so the server keeps answering while a large
 * network is analysed.
 */

import { parentPort } from 'node:worker_threads';
import { analyseNetwork, type InsightsInput, networkTopology, type PathSums } from '@regiekaart/analysis';
import { pathSumsInWorkers } from '@regiekaart/analysis/runner-node';
import { answerWhatIf, type WhatIfInput } from './what-if-answer.ts';

/** An analysis (`input`) or a what-if question (`whatIf`). */
export type AnalysisJob = { id: number; input: InsightsInput } | { id: number; whatIf: WhatIfInput };
export type AnalysisReply = { id: number; result?: unknown; error?: string };

/**
 * The shortest-path pass of a large network (2,000 nodes or more: at 10,000 people it is most of
 * the analysis) shared between this thread and path workers on the other cores; undefined for a
 * smaller network, whose pass `analyseNetwork` runs here.
 */
async function sharedPathSums(input: InsightsInput): Promise<PathSums | undefined> {
  // analyseNetwork builds an undirected graph of the network: the same nodes in the same order
  const topology = networkTopology(input.network, false);
  return topology && topology.n >= 2_000 ? pathSumsInWorkers(topology) : undefined;
}

async function answer(job: AnalysisJob): Promise<AnalysisReply> {
  try {
    if ('whatIf' in job) return { id: job.id, result: answerWhatIf(job.whatIf) };
    const pathSums = await sharedPathSums(job.input);
    return { id: job.id, result: analyseNetwork(job.input, pathSums ? { pathSums } : {}) };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}

// one job at a time, in the order asked
let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: AnalysisJob) => {
  queue = queue.then(async () => {
    parentPort?.postMessage(await answer(job));
  });
});
