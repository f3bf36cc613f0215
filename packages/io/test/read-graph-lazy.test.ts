import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatError, readGraph } from '../src/index.ts';
import { IO_FORMATS, readGraphLazily } from '../src/read-graph-lazy.ts';
import { writeDataset } from '../src/write-dataset.ts';
import { SAMPLE_DATASET } from './sample-dataset.ts';

const TOOLS = new URL('./fixtures/tools/', import.meta.url);
const FORMAT_OF: Record<string, 'graphml' | 'gexf' | 'json' | 'csv' | 'xlsx'> = {
  graphml: 'graphml',
  gexf: 'gexf',
  json: 'json',
  csv: 'csv',
  xlsx: 'xlsx',
};

async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('readGraphLazily (the command line loads only the reader a format needs)', () => {
  const files = readdirSync(TOOLS).filter((name) => FORMAT_OF[name.split('.').pop()!] !== undefined);

  it.each(files)('reads %s exactly as readGraph does', async (name) => {
    const format = FORMAT_OF[name.split('.').pop()!]!;
    const bytes = new Uint8Array(readFileSync(new URL(name, TOOLS)));
    const input = format === 'xlsx' ? bytes : new TextDecoder().decode(bytes);
    let expected: unknown;
    try {
      expected = readGraph(format, input);
    } catch (error) {
      expected = error;
    }
    if (expected instanceof Error) {
      const error = await errorOf(() => readGraphLazily(format, input));
      expect(error).toBeInstanceOf(FormatError);
      expect((error as Error).message).toBe(expected.message);
    } else {
      expect(await readGraphLazily(format, input)).toEqual(expected);
    }
  });

  it('reads a Regiekaart backup (JSON) as readGraph does', async () => {
    const text = writeDataset('json', SAMPLE_DATASET);
    expect(await readGraphLazily('json', text)).toEqual(readGraph('json', text));
  });

  it('names the line of broken JSON and GraphML as readGraph does', async () => {
    for (const [format, text] of [
      ['json', '{"nodes": [\n{"id": 1,}\n]}'],
      ['graphml', '<graphml><graph><node id="a"></graph></graphml>'],
    ] as const) {
      const error = await errorOf(() => readGraphLazily(format, text));
      expect(error).toBeInstanceOf(FormatError);
      expect(() => readGraph(format, text)).toThrow((error as Error).message);
    }
  });

  it('knows the same formats as the readers', () => {
    expect([...IO_FORMATS].sort()).toEqual(['csv', 'gexf', 'graphml', 'json', 'xlsx']);
  });
});
