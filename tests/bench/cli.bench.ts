/**
 * The compiled command line, process against process:
 * - `node apps/api/dist/cli.js --help`: its own time (the process minus a bare `node -e 0`) under 200 ms;
 * - `analyse` on a 2,000-node graph (Barabási–Albert, m = 3, seeded) faster than python-igraph's
 *   betweenness alone on the same graph, each a whole process from start to exit. igraph gets the
 *   graph as an edge list (its fastest reader), `analyse` as networkx node-link JSON.
 * Medians of several runs; prints the figures and exits 1 when a target is missed. Without
 * python-igraph (`apt-get install python3-igraph`) the comparison is skipped with a message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { compiledCli } from '../compiled-cli.ts';

const cli = await compiledCli();
const dir = mkdtempSync(join(tmpdir(), 'regiekaart-cli-bench-'));

/** CPU seconds of this process's waited-for children (Linux), to report next to wall time. */
function childCpu(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // fields after the command name: state is [0]; cutime [13], cstime [14], in clock ticks (100 Hz)
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Runs a command `runs` times; median wall time and mean CPU time per run, in ms. */
function measure(command: string, args: string[], runs: number): { wall: number; cpu: number | undefined } {
  const walls: number[] = [];
  const cpuBefore = childCpu();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const run = spawnSync(command, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 256 * 1024 * 1024,
    });
    walls.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${run.stderr?.toString()}`);
  }
  const cpuAfter = childCpu();
  const cpu =
    cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1000) / runs;
  return { wall: median(walls), cpu };
}

const ms = (value: number | undefined) => (value === undefined ? '   -' : `${Math.round(value)}`.padStart(4));

/** Barabási–Albert graph: each new node ties to m existing ones, chosen by degree (seeded). */
function barabasiAlbert(n: number, m: number, seed: number): [number, number][] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pairs: [number, number][] = [];
  const repeated: number[] = [];
  for (let source = m; source < n; source++) {
    const targets = new Set<number>();
    while (targets.size < m) {
      targets.add(
        repeated.length === 0 ? targets.size : (repeated[Math.floor(random() * repeated.length)] ?? 0),
      );
    }
    for (const target of targets) {
      pairs.push([source, target]);
      repeated.push(source, target);
    }
  }
  return pairs;
}

let missed = 0;
// the machine may be shared: wall times mean little without the load, CPU times (user + sys) less so
const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');
console.log(`load average before: ${load()} (${availableParallelism()} cores)`);
try {
  const baseline = measure(process.execPath, ['-e', '0'], 15);
  const help = measure(process.execPath, [cli, '--help'], 15);
  const own = help.wall - baseline.wall;
  console.log(`node -e 0                 wall ${ms(baseline.wall)} ms   cpu ${ms(baseline.cpu)} ms`);
  console.log(`node dist/cli.js --help   wall ${ms(help.wall)} ms   cpu ${ms(help.cpu)} ms`);
  const ownCpu = help.cpu === undefined || baseline.cpu === undefined ? undefined : help.cpu - baseline.cpu;
  console.log(
    `  own time: wall ${ms(Math.max(0, own))} ms, cpu ${ms(ownCpu)} ms (target < 200 ms)${own < 200 ? '' : '  MISSED'}`,
  );
  if (own >= 200) missed++;

  const n = 2000;
  const pairs = barabasiAlbert(n, 3, 42);
  const json = join(dir, 'ba-2000.json');
  const edgeList = join(dir, 'ba-2000.edges');
  writeFileSync(
    json,
    JSON.stringify({
      directed: false,
      nodes: Array.from({ length: n }, (_, i) => ({ id: `n${i}` })),
      links: pairs.map(([a, b]) => ({ source: `n${a}`, target: `n${b}` })),
    }),
  );
  writeFileSync(edgeList, `${pairs.map(([a, b]) => `${a} ${b}`).join('\n')}\n`);
  const analyse = measure(process.execPath, [cli, 'analyse', json], 5);
  console.log(`\ngraph: ${n} nodes, ${pairs.length} ties (Barabási–Albert, m = 3)`);
  console.log(`regiekaart analyse (every metric)   wall ${ms(analyse.wall)} ms   cpu ${ms(analyse.cpu)} ms`);

  const script = `import igraph; g = igraph.Graph.Read_Edgelist(${JSON.stringify(edgeList)}, directed=False); g.betweenness()`;
  const python = ['/usr/bin/python3', 'python3'].find(
    (p) => spawnSync(p, ['-c', 'import igraph'], { stdio: 'ignore' }).status === 0,
  );
  if (!python) {
    console.log('python-igraph is not installed (apt-get install python3-igraph): comparison skipped.');
  } else {
    const igraph = measure(python, ['-c', script], 5);
    console.log(`python-igraph betweenness alone    wall ${ms(igraph.wall)} ms   cpu ${ms(igraph.cpu)} ms`);
    const faster = analyse.wall < igraph.wall;
    console.log(
      `  analyse / igraph: ${(analyse.wall / igraph.wall).toFixed(2)} (target < 1)${faster ? '' : '  MISSED'}`,
    );
    if (!faster) missed++;
  }
  console.log(`load average after: ${load()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = missed > 0 ? 1 : 0;
