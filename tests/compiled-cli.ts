import { build, CLI, isStale } from '../apps/api/build.mjs';

/**
 * The compiled command line, as `pnpm -s regiekaart` and `pnpm start` run it with plain node:
 * `pnpm test` builds it first; a single test file run builds it here when sources are newer.
 */
export async function compiledCli(): Promise<string> {
  if (isStale()) await build();
  return CLI;
}
