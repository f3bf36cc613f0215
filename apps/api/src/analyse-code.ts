/**
 * What `regiekaart analyse` runs on a JSON file, in one module: compiled (apps/api/build.mjs), this
 * is one CommonJS file with V8's code cache beside it, which the command line loads with
 * `requireCompiled` (compiled-script.ts) instead of several ES module chunks.
 */
export { analyseInWorkers } from '@regiekaart/analysis/runner-node';
export { detectFormat, IO_FORMATS } from '@regiekaart/io/detect-format';
export { readJsonGraph } from '@regiekaart/io/read-json-graph';
