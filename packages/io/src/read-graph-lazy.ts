/**
 * `readGraph` for the command line, which starts a fresh process for every file: loads only the
 * reader the format needs (a networkx JSON graph needs neither the XML parser, the workbook reader
 * nor the model's schemas), so `regiekaart analyse` spends its time on the analysis.
 */
import type { GraphDocument } from './graph-document.ts';
import type { IoFormat } from './io-format.ts';

export { detectFormat, IO_FORMATS } from './detect-format.ts';

const text = (input: string | Uint8Array) =>
  typeof input === 'string' ? input : new TextDecoder('utf-8').decode(input);

/** Same result and errors as `readGraph(format, input)`. */
export async function readGraphLazily(format: IoFormat, input: string | Uint8Array): Promise<GraphDocument> {
  switch (format) {
    case 'json': {
      const { readJsonGraph } = await import('./read-json-graph.ts');
      const read = readJsonGraph(text(input));
      if ('document' in read) return read.document;
      // a Kumu export or a Regiekaart backup
      const { jsonValueToGraph } = await import('./read-graph.ts');
      return jsonValueToGraph(read.value);
    }
    case 'graphml': {
      const [{ readGraphml }, { toGraphDocument }] = await Promise.all([
        import('./graphml/read-graphml.ts'),
        import('./graph/to-graph-document.ts'),
      ]);
      return toGraphDocument(readGraphml(text(input)));
    }
    default: {
      const { readGraph } = await import('./read-graph.ts');
      return readGraph(format, input);
    }
  }
}
