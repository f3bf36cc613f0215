/**
 * Timings of the analysis on two seeded graphs, and python-igraph's betweenness on the second one
 * when it is installed. Run: `npx tsx packages/analysis/bench/analysis.bench.ts`
 * (`--workers=N` also times the worker-thread runner with N workers).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyse, buildGraph, type NetworkInput, pathSums, seededRandom, toCsr } from '../src/index.ts';
import { analyseInWorkers } from '../src/runner-node.ts';

const DOMAINS = ['zorg', 'veiligheid', 'sociaal', 'justitie', 'bestuur'] as const;

/** n nodes in five domains and m distinct random ties with strengths 1-5. */
function randomNetwork(n: number, m: number, seed: number): NetworkInput {
  const random = seededRandom(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    domain: DOMAINS[Math.floor(random() * DOMAINS.length)]!,
  }));
  const seen = new Set<string>();
  const edges: NetworkInput['edges'][number][] = [];
  while (edges.length < m) {
    const a = Math.floor(random() * n);
    const b = Math.floor(random() * n);
    if (a === b) continue;
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ source: `n${a}`, target: `n${b}`, strength: 1 + Math.floor(random() * 5), directed: false });
  }
  return { nodes, edges };
}

/** Barabasi-Albert preferential attachment as networkx's barabasi_albert_graph (star start). */
function barabasiAlbert(
  n: number,
  m: number,
  seed: number,
): { network: NetworkInput; pairs: Array<[number, number]> } {
  const random = seededRandom(seed);
  const pairs: Array<[number, number]> = [];
  const repeated: number[] = [];
  for (let i = 1; i <= m; i++) {
    pairs.push([0, i]);
    repeated.push(0, i);
  }
  for (let source = m + 1; source < n; source++) {
    const targets = new Set<number>();
    while (targets.size < m) targets.add(repeated[Math.floor(random() * repeated.length)]!);
    for (const target of targets) {
      pairs.push([source, target]);
      repeated.push(source, target);
    }
  }
  const network: NetworkInput = {
    nodes: Array.from({ length: n }, (_, i) => ({ id: String(i) })),
    edges: pairs.map(([a, b]) => ({ source: String(a), target: String(b) })),
  };
  return { network, pairs };
}

/** Runs once (to warm up), then `repeat` more times; the median and fastest of those (or of the one run). */
function time<T>(run: () => T, repeat: number): { ms: number; min: number; value: T } {
  const times: number[] = [];
  let start = performance.now();
  let value = run();
  times.push(performance.now() - start);
  if (repeat > 0) times.length = 0;
  for (let i = 0; i < repeat; i++) {
    start = performance.now();
    value = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, min: times[0]!, value };
}

async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

function igraphBetweenness(pairs: Array<[number, number]>, n: number): number | null {
  const python = ['python3', '/usr/bin/python3'].find((candidate) => {
    try {
      execFileSync(candidate, ['-c', 'import igraph'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  if (python === undefined) return null;
  const dir = mkdtempSync(join(tmpdir(), 'regiekaart-bench-'));
  try {
    const file = join(dir, 'edges.txt');
    writeFileSync(file, pairs.map(([a, b]) => `${a} ${b}`).join('\n'));
    const script = [
      'import sys, time, igraph',
      `g = igraph.Graph.Read_Edgelist(sys.argv[1], directed=False)`,
      `g.add_vertices(max(0, ${n} - g.vcount()))`,
      'best = None',
      'for _ in range(3):',
      '    t = time.perf_counter(); g.betweenness(directed=False); t = time.perf_counter() - t',
      '    best = t if best is None else min(best, t)',
      'print(best * 1000)',
    ].join('\n');
    return Number(execFileSync(python, ['-c', script, file], { encoding: 'utf8' }).trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const workersArgument = process.argv.find((arg) => arg.startsWith('--workers='));
const workers = workersArgument === undefined ? 0 : Number(workersArgument.split('=')[1]);

const small = randomNetwork(500, 2000, 1);
const smallGraph = buildGraph(small);
console.log('500 nodes, 2,000 ties (random, seeded):');
const report = (label: string, run: () => unknown): void => {
  const { ms, min } = time(run, 20);
  console.log(`  ${label.padEnd(20)} median ${ms.toFixed(1)} ms, fastest ${min.toFixed(1)} ms (20 runs)`);
};
report('buildGraph', () => buildGraph(small));
report('analyse (graph)', () => analyse(smallGraph, { groupBy: 'domain' }));
report('analyse (network)', () => analyse(small, { groupBy: 'domain', weight: 'strength' }));

const { network: ba, pairs } = barabasiAlbert(10_000, 3, 1);
const baGraph = buildGraph(ba);
console.log(`Barabasi-Albert n=10,000, m=3 (${pairs.length} ties, seeded):`);
const csr = toCsr(baGraph);
const pass = time(() => pathSums(csr), 0);
console.log(`  path pass (betweenness, closeness, harmonic)  ${pass.ms.toFixed(0)} ms`);
const full = time(() => analyse(baGraph), 0);
console.log(`  analyse, full metric set                       ${full.ms.toFixed(0)} ms`);
let parallelMs: number | null = null;
if (workers > 0) {
  const parallel = await timeAsync(() => analyseInWorkers(baGraph, {}, { workers }));
  console.log(`  analyse with ${workers} worker threads              ${parallel.ms.toFixed(0)} ms`);
  parallelMs = parallel.ms;
}
const igraph = igraphBetweenness(pairs, 10_000);
if (igraph === null) {
  console.log('  python-igraph not installed: no comparison (apt-get install python3-igraph)');
} else {
  console.log(`  python-igraph betweenness alone                ${igraph.toFixed(0)} ms`);
  console.log(
    `  ratio full analyse / igraph betweenness        ${(full.ms / igraph).toFixed(2)} (one thread)`,
  );
  if (parallelMs !== null) {
    console.log(
      `  ratio with ${workers} worker threads                  ${(parallelMs / igraph).toFixed(2)}`,
    );
  }
}
