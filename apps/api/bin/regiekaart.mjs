#!/usr/bin/env node
/**
 * `pnpm -s regiekaart ...`: runs the compiled command line (apps/api/dist/cli.js) with plain node,
 * compiling it first when it is missing or older than the sources (about a second).
 */
import { pathToFileURL } from 'node:url';
import { build, CLI, isStale } from '../build.mjs';

if (isStale()) {
  process.stderr.write('regiekaart: de opdrachtregel wordt eerst gecompileerd...\n');
  await build();
}
await import(pathToFileURL(CLI).href);
