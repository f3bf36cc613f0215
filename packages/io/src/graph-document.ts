/**
 * A graph as a file holds it, for the analysis command line: ids are the file's own, every node and edge
 * attribute is kept with its type (numbers, booleans, strings). An edge's `directed` is set only when
 * the file says so for that edge; otherwise the graph's `directed` applies. Attributes that would
 * overwrite `id`, `source` or `target` are renamed to `attr_id`, `attr_source`, `attr_target`.
 */
export type GraphDocument = {
  directed: boolean;
  nodes: Array<{ id: string } & Record<string, unknown>>;
  edges: Array<{ id?: string; source: string; target: string; directed?: boolean } & Record<string, unknown>>;
};
