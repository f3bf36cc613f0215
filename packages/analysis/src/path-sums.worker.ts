/** Worker-thread entry of `runner-node.ts`: one source range of the all-sources path pass. */
import { parentPort, workerData } from 'node:worker_threads';
import { pathSums } from './brandes.ts';
import type { CsrCore } from './csr.ts';

interface PathSumsJob {
  csr: CsrCore;
  from: number;
  to: number;
  weighted: boolean;
}

const job = workerData as PathSumsJob;
const sums = pathSums(job.csr, job.from, job.to, { weighted: job.weighted });
parentPort?.postMessage(sums, [
  sums.betweenness.buffer,
  sums.distance.buffer,
  sums.reached.buffer,
  sums.harmonic.buffer,
] as ArrayBuffer[]);
