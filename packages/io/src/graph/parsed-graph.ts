import type { IoFormat } from '../io-format.ts';

/** Where an element sits in its file, for messages: 1-based index among its kind, and its line when known. */
type Located = { position: number; line?: number };

export type ParsedNode = Located & { id: string; attributes: Record<string, unknown> };

export type ParsedEdge = Located & {
  id?: string;
  source: string;
  target: string;
  /** Direction the file gives this edge itself (GraphML `directed`, GEXF `type`, JSON `directed`). */
  directed?: boolean;
  attributes: Record<string, unknown>;
};

/**
 * A graph file read into one shape, whatever the format: typed attributes per element, the file's ids,
 * and the graph's default direction. Readers build it; `readGraph` and the importer consume it.
 */
export type ParsedGraph = {
  format: IoFormat;
  directed: boolean;
  nodes: ParsedNode[];
  edges: ParsedEdge[];
  /** Tag names for messages, e.g. `node`/`edge` (XML) or `nodes`/`links` (JSON). */
  nodeTag: string;
  edgeTag: string;
};
