import { unescapeCsvCell } from '../escape-csv-cell.ts';
import { FormatError } from '../format-error.ts';
import type { ParsedEdge, ParsedGraph, ParsedNode } from '../graph/parsed-graph.ts';
import { booleanFromText, normaliseName, typedFromText } from '../scalar-text.ts';
import { RECORD } from './csv-columns.ts';
import { type CsvTable, parseCsv } from './parse-csv.ts';

const RECORD_NAMES = RECORD.aliases;
const SOURCE_NAMES = ['sourceid', 'bronid', 'bron', 'van', 'from', 'source'];
const TARGET_NAMES = ['targetid', 'doelid', 'doel', 'naar', 'to', 'target'];
const DIRECTED_NAMES = ['directed', 'gericht'];
const DIRECTION_WORDS = new Set(['directed', 'undirected', 'mutual', 'gericht', 'ongericht']);

const NODE_RECORDS: Record<string, string | undefined> = {
  node: undefined,
  knoop: undefined,
  organisation: 'organisation',
  organization: 'organisation',
  organisatie: 'organisation',
  person: 'person',
  persoon: 'person',
};
const EDGE_RECORDS: Record<string, string | undefined> = {
  edge: undefined,
  link: 'link',
  verbinding: 'link',
  membership: 'membership',
  lidmaatschap: 'membership',
};

function columnIndex(normalised: readonly string[], candidates: readonly string[]): number {
  for (const candidate of candidates) {
    const index = normalised.indexOf(candidate);
    if (index >= 0) return index;
  }
  return -1;
}

function cellText(cells: readonly string[], index: number): string {
  return index < 0 ? '' : unescapeCsvCell(cells[index] ?? '').trim();
}

/** A mixed file whose `record` column says node or edge: a network view as `writeNetwork` writes it. */
export function isNetworkCsv(table: CsvTable): boolean {
  const recordIndex = columnIndex(table.header.map(normaliseName), RECORD_NAMES);
  if (recordIndex < 0 || table.rows.length === 0) return false;
  return table.rows.every(({ cells }) =>
    ['node', 'knoop', 'edge'].includes(normaliseName(cellText(cells, recordIndex))),
  );
}

/**
 * Reads a CSV table as a graph: a mixed file (`record` column: node/edge as `writeNetwork` writes, or
 * organisation/person/membership/link as `writeDataset` writes), an edge list (source and target
 * columns; nodes are the ends) or a node list (an id column). Cells are typed (numbers, true/false);
 * a directed/gericht column, or Gephi's Type column, sets an edge's direction. `position` is the row.
 */
export function csvTableToGraph(table: CsvTable): ParsedGraph {
  const normalised = table.header.map(normaliseName);
  const recordIndex = columnIndex(normalised, RECORD_NAMES);
  const idIndex = normalised.indexOf('id');
  const sourceIndex = columnIndex(normalised, SOURCE_NAMES);
  const targetIndex = columnIndex(normalised, TARGET_NAMES);
  const personIndex = columnIndex(normalised, ['personid', 'persoon', 'person']);
  const organisationIndex = columnIndex(normalised, ['organisationid', 'organisatie', 'organisation']);
  const directedIndex = columnIndex(normalised, DIRECTED_NAMES);
  const typeIndex = normalised.indexOf('type');
  const hasEnds = sourceIndex >= 0 && targetIndex >= 0;
  if (recordIndex < 0 && !hasEnds && idIndex < 0) {
    throw new FormatError(
      'csv',
      'verwacht een kolom record (knopen en verbindingen), de kolommen source en target (een lijst verbindingen) of een kolom id (een lijst knopen).',
      { line: 1 },
    );
  }
  const nodes: ParsedNode[] = [];
  const edges: ParsedEdge[] = [];

  const attributesOf = (cells: readonly string[], skip: readonly number[]) => {
    const attributes: Record<string, unknown> = {};
    table.header.forEach((name, index) => {
      const text = cellText(cells, index);
      if (name !== '' && text !== '' && !skip.includes(index)) attributes[name] = typedFromText(text);
    });
    return attributes;
  };

  for (const { row, cells } of table.rows) {
    const record = recordIndex < 0 ? undefined : normaliseName(cellText(cells, recordIndex));
    const isNode = record === undefined ? !hasEnds : Object.hasOwn(NODE_RECORDS, record);
    const isEdge = record === undefined ? hasEnds : Object.hasOwn(EDGE_RECORDS, record);
    if (isNode) {
      const id = cellText(cells, idIndex);
      if (id === '') throw new FormatError('csv', 'een knoop zonder id; vul de kolom id in.', { line: row });
      const attributes = attributesOf(cells, [recordIndex, idIndex]);
      const kind = record === undefined ? undefined : NODE_RECORDS[record];
      if (kind !== undefined) attributes.kind = kind;
      nodes.push({ id, attributes, position: row, line: row });
    } else if (isEdge) {
      const relation = record === undefined ? undefined : EDGE_RECORDS[record];
      const [from, to] =
        relation === 'membership' ? [personIndex, organisationIndex] : [sourceIndex, targetIndex];
      const source = cellText(cells, from);
      const target = cellText(cells, to);
      if (source === '' || target === '') {
        throw new FormatError(
          'csv',
          relation === 'membership'
            ? 'een lidmaatschap zonder persoon of organisatie.'
            : 'een verbinding zonder bron of doel; vul de kolommen source en target in.',
          { line: row },
        );
      }
      const directedText = cellText(cells, directedIndex);
      const typeText = cellText(cells, typeIndex).toLowerCase();
      const typeIsDirection = DIRECTION_WORDS.has(typeText);
      const directed = booleanFromText(directedText !== '' ? directedText : typeIsDirection ? typeText : '');
      const skip = [recordIndex, idIndex, from, to, directedIndex, ...(typeIsDirection ? [typeIndex] : [])];
      const attributes = attributesOf(cells, skip);
      if (relation === 'link' && attributes.source !== undefined) {
        // A link's provenance, named as in the graph files so it does not read as an edge end.
        attributes.provenance = attributes.source;
        delete attributes.source;
      }
      if (relation !== undefined) attributes.relation = relation;
      const id = cellText(cells, idIndex);
      edges.push({
        ...(id === '' ? {} : { id }),
        source,
        target,
        ...(directed === undefined ? {} : { directed }),
        attributes,
        position: row,
        line: row,
      });
    } else {
      throw new FormatError(
        'csv',
        `onbekende waarde "${cellText(cells, recordIndex)}" in de kolom record; verwacht node of edge.`,
        { line: row },
      );
    }
  }
  const directed = edges.length > 0 && edges.every((edge) => edge.directed === true);
  return { format: 'csv', directed, nodes, edges, nodeTag: 'knoop', edgeTag: 'verbinding' };
}

export function readCsvGraph(text: string): ParsedGraph {
  return csvTableToGraph(parseCsv(text));
}
