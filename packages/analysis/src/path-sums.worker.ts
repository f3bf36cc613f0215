/**
 * Worker-thread entry of `runner-node.ts`: waits for one shared path pass (`SharedPathJob`), takes
 * sources from it until none are left, posts its sums back and ends. Started before the job is
 * ready, so its start-up overlaps the reading of the file and the building of the graph.
 */
import { parentPort } from 'node:worker_threads';
import { type SharedPathJob, sharedPathSums, warmUpPathKernel } from './brandes.ts';

// Meanwhile V8 can optimise the kernel of an undirected pass (the common one; see warmUpPathKernel).
warmUpPathKernel(true);

parentPort?.once('message', (job: SharedPathJob) => {
  const sums = sharedPathSums(job);
  parentPort?.postMessage(sums, [
    sums.betweenness.buffer,
    sums.distance.buffer,
    sums.reached.buffer,
    sums.harmonic.buffer,
  ] as ArrayBuffer[]);
  parentPort?.close();
});
