/**
 * Compiles the server, the command line and their worker threads to plain JavaScript in
 * `apps/api/dist/` (esbuild, ES modules, one folder): `cli.js` is the entry point, the workers sit
 * beside it because they are found at run time relative to the code that starts them
 * (`new URL('./analysis.worker.js', import.meta.url)`). Workspace packages are bundled;
 * better-sqlite3 (native) and the password list stay in node_modules.
 *
 * `node apps/api/build.mjs` builds; `isStale()` tells whether a source changed since.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
export const DIST = join(here, 'dist');
export const CLI = join(DIST, 'cli.js');

const ENTRIES = {
  cli: join(here, 'src/cli.ts'),
  'analysis.worker': join(here, 'src/analysis/analysis.worker.ts'),
  'import.worker': join(here, 'src/import/import.worker.ts'),
};
/**
 * The path worker (packages/analysis path-workers-node.ts) is one CommonJS file of its own: a
 * worker thread started from it loads no ES module loader and no shared chunk, so it reaches the
 * path pass sooner (`regiekaart analyse` waits for it).
 */
const PATH_WORKER = {
  entry: join(root, 'packages/analysis/src/path-sums.worker.ts'),
  out: 'path-sums.worker.cjs',
};
/**
 * The analysis code of `regiekaart analyse` (and its JSON reader) is one CommonJS file too, with V8's code cache for it
 * beside it (made at build time after a small analysis, so it holds the functions an analysis
 * compiles): the command line loads it with `vm.Script` and that cache (apps/api/src/compiled-script.ts),
 * which skips most of its parsing and compiling and the ES module loader's round trips.
 */
const ANALYSE_CODE = {
  entry: join(here, 'src/analyse-code.ts'),
  out: 'analyse-code.cjs',
};
/**
 * In the analysis code of `analyse`, `graphology` (imported by packages/analysis build-graph.ts
 * only) is loaded on first use, not with the file: a network analysed without weights or
 * `--group-by` builds no graph (analyse.ts `withoutGraph`), and setting up graphology's Graph class
 * (some hundred methods) took about 5 ms before the path worker could get its job.
 */
const lazyGraphology = {
  name: 'lazy-graphology',
  setup(build) {
    build.onResolve({ filter: /^graphology$/ }, (args) =>
      args.importer.endsWith('build-graph.ts')
        ? { path: 'graphology', namespace: 'lazy-graphology' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-graphology' }, () => ({
      contents:
        "let Graph; export default function LazyGraph(options) { Graph ??= require('graphology'); return new Graph(options); }",
      resolveDir: join(root, 'packages/analysis'),
      loader: 'js',
    }));
  },
};
const SOURCES = [
  join(here, 'src'),
  ...['model', 'analysis', 'io'].map((p) => join(root, 'packages', p, 'src')),
];

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when `dist/cli.js` is missing or older than a source file (or this build script). */
export function isStale() {
  let built;
  try {
    built = statSync(CLI).mtimeMs;
  } catch {
    return true;
  }
  const newest = Math.max(statSync(fileURLToPath(import.meta.url)).mtimeMs, ...SOURCES.map(newestSource));
  return newest > built;
}

export async function build() {
  const { build: esbuild } = await import('esbuild');
  // Built beside and then swapped in, so a process starting meanwhile finds a whole build.
  const fresh = `${DIST}.new-${process.pid}`;
  const old = `${DIST}.old-${process.pid}`;
  await esbuild({
    entryPoints: ENTRIES,
    outdir: fresh,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    external: ['better-sqlite3'],
    // CommonJS dependencies (graphology, papaparse) call require(); give the ES modules one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // smaller code parses faster; identifiers keep their names for readable stack traces
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'linked',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // the path worker and the analysis code: CommonJS files (no ES module loader in the worker thread,
  // and a script V8's code cache can be made for)
  const commonJs = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20.19',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'linked',
    sourcemap: 'linked',
    logLevel: 'warning',
  };
  await esbuild({ ...commonJs, entryPoints: [PATH_WORKER.entry], outfile: join(fresh, PATH_WORKER.out) });
  await esbuild({
    ...commonJs,
    entryPoints: [ANALYSE_CODE.entry],
    outfile: join(fresh, ANALYSE_CODE.out),
    plugins: [lazyGraphology],
    // the path workers are found beside this file (path-workers-node.ts)
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: 'var __importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
  });
  writeCodeCache(join(fresh, ANALYSE_CODE.out));
  try {
    renameSync(DIST, old);
  } catch {
    // no earlier build
  }
  try {
    renameSync(fresh, DIST);
  } catch {
    rmSync(fresh, { recursive: true, force: true }); // a build running at the same time won
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * Writes `<file>.cache`: V8's code cache of the CommonJS file as `compiled-script.ts` loads it,
 * made in a fresh node process after a small analysis in the calling thread. Without it (or when
 * V8 rejects it) the file is simply compiled as usual.
 */
function writeCodeCache(file) {
  const script = `
const { readFileSync, writeFileSync } = require('node:fs');
const { wrap } = require('node:module');
const { Script } = require('node:vm');
const file = ${JSON.stringify(file)};
const script = new Script(wrap(readFileSync(file, 'utf8')), { filename: file });
const module = { exports: {} };
script.runInThisContext().call(module.exports, module.exports, require, module, file, require('node:path').dirname(file));
const nodes = Array.from({ length: 24 }, (_, i) => ({ id: 'n' + i, kind: i % 3 === 0 ? 'a' : 'b' }));
const edges = nodes.slice(1).flatMap((node, i) => [
  { source: nodes[i].id, target: node.id },
  { source: nodes[(i * 7) % i || 0].id, target: node.id },
]).filter((e) => e.source !== e.target);
(async () => {
  module.exports.readJsonGraph(JSON.stringify({ directed: false, nodes, links: edges }));
  for (const directed of [false, true]) {
    await module.exports.analyseInWorkers({ nodes, edges }, { directed }, { workers: 0 });
    await module.exports.analyseInWorkers({ nodes, edges }, { directed, groupBy: 'kind' }, { workers: 0 });
  }
  writeFileSync(file + '.cache', script.createCachedData());
})();
`;
  const made = spawnSync(process.execPath, ['-e', script], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (made.status !== 0) throw new Error(`code cache of ${file}: ${made.stderr}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  await build();
  console.log(
    `apps/api/dist: server, command line and workers in ${Math.round(performance.now() - started)} ms`,
  );
}
