import { IdSchema } from '@regiekaart/model';
import { describeElement, FormatError } from '../format-error.ts';
import { emptyImportRecords, type ImportRecords } from '../import-records.ts';
import { booleanFromText, normaliseName, numberFromText } from '../scalar-text.ts';
import type { ParsedEdge, ParsedGraph } from './parsed-graph.ts';

/** Attribute names (normalised) a model field is read from, first match wins. */
const NODE_FIELDS = {
  name: ['name', 'naam', 'label'],
  shortName: ['shortname', 'kortenaam', 'afkorting'],
  domain: ['domain', 'domein'],
  type: ['type', 'soort', 'soortorganisatie', 'organisatietype'],
  parentId: ['parentid', 'parent', 'moederorganisatie'],
  region: ['region', 'regio'],
  function: ['function', 'functie'],
  note: ['note', 'notitie', 'opmerking'],
} as const;
const EDGE_FIELDS = {
  relation: ['relation', 'relatie'],
  kind: ['kind', 'soortverbinding', 'soort'],
  strength: ['strength', 'sterkte'],
  weight: ['weight', 'gewicht'],
  directed: ['directed', 'gericht'],
  since: ['since', 'sinds', 'vanaf', 'start'],
  until: ['until', 'tot', 'totenmet', 'end'],
  source: ['provenance', 'source', 'herkomst'],
  recordedBy: ['recordedby', 'vastgelegddoor'],
  confidence: ['confidence', 'betrouwbaarheid'],
  note: ['note', 'notitie', 'opmerking'],
  role: ['role', 'rol'],
} as const;

const isValidId = (id: string) => IdSchema.safeParse(id).success;

type Lookup = (names: readonly string[]) => unknown;

function lookupIn(attributes: Record<string, unknown>): Lookup {
  const byName = new Map<string, unknown>();
  for (const [name, raw] of Object.entries(attributes)) {
    const key = normaliseName(name);
    // Trimmed, as the model trims text anyway: pretty-printed XML may wrap a value in whitespace.
    const value = typeof raw === 'string' ? raw.trim() : raw;
    if (value !== null && value !== undefined && value !== '' && !byName.has(key)) byName.set(key, value);
  }
  return (names) => {
    for (const name of names) if (byName.has(name)) return byName.get(name);
    return undefined;
  };
}

/** A scalar as text (the model's text fields); other values are passed on for validation to reject. */
function asText(value: unknown): unknown {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
}

/**
 * Maps file ids onto ids the model accepts: a valid id stays, any other becomes a unique slug of it
 * (`Gemeente Utrecht` -> `Gemeente-Utrecht`), the same one wherever it occurs.
 */
function idMapper(nodeIds: readonly string[]): (id: string) => string {
  const taken = new Set(nodeIds.filter(isValidId));
  const mapped = new Map<string, string>();
  return (id) => {
    if (isValidId(id)) return id;
    const known = mapped.get(id);
    if (known !== undefined) return known;
    const base =
      id
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9_.:-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .slice(0, 56) || 'knoop';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    mapped.set(id, slug);
    return slug;
  };
}

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** Strength from `strength`, else `weight`: a number is rounded and clamped to 1-5; anything else is kept. */
function strengthOf(lookup: Lookup): unknown {
  const raw = lookup(EDGE_FIELDS.strength) ?? lookup(EDGE_FIELDS.weight);
  const value = typeof raw === 'string' ? (numberFromText(raw) ?? raw) : raw;
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(5, Math.max(1, Math.round(value)))
    : value;
}

function directedOf(lookup: Lookup, edge: ParsedEdge, graph: ParsedGraph): unknown {
  const raw = lookup(EDGE_FIELDS.directed);
  if (typeof raw === 'boolean') return raw;
  if (typeof raw === 'string') return booleanFromText(raw) ?? raw;
  return edge.directed ?? graph.directed;
}

function organisationIdsOf(lookup: Lookup): string[] {
  const many = lookup(['organisationids']);
  if (Array.isArray(many)) return many.map(String);
  if (typeof many === 'string') return many.split('|').filter((id) => id !== '');
  const one = lookup(['organisationid']);
  return one === undefined ? [] : [String(one)];
}

/**
 * Turns a graph file into import records. Nodes with kind `person` become people, all others
 * organisations (name from a name or label attribute, else the id). Edges with relation `membership`
 * become memberships of their person; all others links (kind `overleg` when the file names none).
 * A person without membership edges gets memberships from an `organisationIds`/`organisationId` attribute
 * (as `writeNetwork` writes them).
 */
export function graphToImport(graph: ParsedGraph): ImportRecords {
  const records = emptyImportRecords();
  const mapId = idMapper(graph.nodes.map((node) => node.id));
  const people = new Map<string, { memberships: Array<Record<string, unknown>>; lookup: Lookup }>();
  const organisations = new Set<string>();

  for (const node of graph.nodes) {
    const lookup = lookupIn(node.attributes);
    const id = mapId(node.id);
    const kind = normaliseName(String(lookup(['kind']) ?? ''));
    const name = asText(lookup(NODE_FIELDS.name)) ?? node.id;
    const text = (field: keyof typeof NODE_FIELDS) => asText(lookup(NODE_FIELDS[field]));
    if (kind === 'person' || kind === 'persoon') {
      const memberships: Array<Record<string, unknown>> = [];
      const data = compact({ id, name, function: text('function'), note: text('note'), memberships });
      records.people.push({ row: node.position, data });
      people.set(id, { memberships, lookup });
    } else {
      const parentId = text('parentId');
      records.organisations.push({
        row: node.position,
        data: compact({
          id,
          name,
          shortName: text('shortName'),
          domain: text('domain'),
          type: text('type'),
          parentId: typeof parentId === 'string' ? mapId(parentId) : parentId,
          region: text('region'),
          note: text('note'),
        }),
      });
      organisations.add(id);
    }
  }

  const withMemberships = new Set<string>();
  for (const edge of graph.edges) {
    const lookup = lookupIn(edge.attributes);
    const text = (field: keyof typeof EDGE_FIELDS) => asText(lookup(EDGE_FIELDS[field]));
    const id = edge.id !== undefined && isValidId(edge.id) ? edge.id : undefined;
    let source = mapId(edge.source);
    let target = mapId(edge.target);
    const relation = normaliseName(String(lookup(EDGE_FIELDS.relation) ?? ''));
    if (relation === 'membership' || relation === 'lidmaatschap') {
      if (organisations.has(source) && people.has(target)) [source, target] = [target, source];
      const person = people.get(source);
      if (!person) {
        throw new FormatError(
          graph.format,
          `dit lidmaatschap hoort bij "${edge.source}", maar die staat niet als persoon (kind person) in het bestand.`,
          { element: describeElement(graph.format, graph.edgeTag, edge.id, edge.position), line: edge.line },
        );
      }
      const membership = compact({
        id,
        organisationId: target,
        role: text('role'),
        since: text('since'),
        until: text('until'),
      });
      person.memberships.push(membership);
      withMemberships.add(source);
      continue;
    }
    records.links.push({
      row: edge.position,
      data: compact({
        id,
        sourceId: source,
        targetId: target,
        kind: text('kind') ?? 'overleg',
        strength: strengthOf(lookup),
        directed: directedOf(lookup, edge, graph),
        since: text('since'),
        until: text('until'),
        source: text('source'),
        recordedBy: text('recordedBy'),
        confidence: text('confidence'),
        note: text('note'),
      }),
    });
  }

  for (const [id, person] of people) {
    if (withMemberships.has(id)) continue;
    const memberships = organisationIdsOf(person.lookup).map((organisationId) => ({
      organisationId: mapId(organisationId),
    }));
    person.memberships.push(...memberships);
  }
  return records;
}
