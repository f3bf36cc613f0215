/**
 * `pnpm bench`: runs every benchmark in turn, each in its own process, and prints its figures:
 * `tests/bench/*.bench.ts`, then `packages/analysis/bench/analysis.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const benches = [
  ...readdirSync(new URL('.', import.meta.url))
    .filter((name) => name.endsWith('.bench.ts'))
    .sort()
    .map((name) => `tests/bench/${name}`),
  'packages/analysis/bench/analysis.bench.ts',
];

let failed = 0;
for (const bench of benches) {
  console.log(`\n=== ${bench}`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', bench], { cwd: root, stdio: 'inherit' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    failed++;
    console.log(`=== ${bench} FAILED (exit ${run.status ?? run.signal}) after ${seconds} s`);
  } else console.log(`=== ${bench} done in ${seconds} s`);
}
process.exit(failed > 0 ? 1 : 0);
