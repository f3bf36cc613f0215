/** Worker thread: runs analyses so the server keeps answering while a large network is analysed. */

import { parentPort } from 'node:worker_threads';
import { analyseNetwork, type InsightsInput } from '@regiekaart/analysis';

export type AnalysisJob = { id: number; input: InsightsInput };
export type AnalysisReply = { id: number; result?: unknown; error?: string };

parentPort?.on('message', (job: AnalysisJob) => {
  try {
    parentPort?.postMessage({ id: job.id, result: analyseNetwork(job.input) } satisfies AnalysisReply);
  } catch (error) {
    parentPort?.postMessage({
      id: job.id,
      error: error instanceof Error ? error.message : String(error),
    } satisfies AnalysisReply);
  }
});
