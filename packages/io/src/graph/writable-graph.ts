export type AttributeType = 'string' | 'int' | 'long' | 'double' | 'boolean';
export type AttributeDeclaration = { name: string; type: AttributeType };
export type WritableValue = string | number | boolean | null | undefined;

/**
 * A graph ready for the GraphML and GEXF writers: declared, typed attributes and per-element values
 * (null and undefined are left out). A node's `label` goes to GEXF's label attribute and to a GraphML
 * `label` key; an edge's `weight` to GEXF's weight attribute.
 */
export type WritableGraph = {
  directed: boolean;
  nodeAttributes: AttributeDeclaration[];
  edgeAttributes: AttributeDeclaration[];
  nodes: Array<{ id: string; label?: string; attributes: Record<string, WritableValue> }>;
  edges: Array<{
    id?: string;
    source: string;
    target: string;
    directed: boolean;
    weight?: number;
    attributes: Record<string, WritableValue>;
  }>;
};

/** A value as it is written in XML: booleans as true/false, numbers in JavaScript notation. */
export function formatValue(value: string | number | boolean): string {
  return typeof value === 'string' ? value : String(value);
}
