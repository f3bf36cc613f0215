import { IdSchema } from '@regiekaart/model';
import { describeElement, FormatError } from '../format-error.ts';
import { emptyImportRecords, type ImportRecords } from '../import-records.ts';
import type { ReadImportOptions } from '../io-format.ts';
import { booleanFromText, normaliseName, numberFromText } from '../scalar-text.ts';
import type { ParsedEdge, ParsedGraph } from './parsed-graph.ts';

/** Attribute names (normalised) a model field is read from, first match wins. */
const NODE_FIELDS = {
  // A display label wins over a name: igraph (R) keeps the identifier in name and the label in label.
  name: ['label', 'name', 'naam'],
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
/** What a node says it is: our `kind`, TinkerPop's vertex label, or a `type` that reads person/organisation. */
const NODE_KIND_FIELDS = ['kind', 'soortknoop', 'labelv', 'type', 'soort'] as const;
const PERSON_WORDS = new Set(['person', 'persoon', 'personen', 'people', 'mens', 'contactpersoon']);
const ORGANISATION_WORDS = new Set(['organisation', 'organization', 'organisatie', 'organisaties']);

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

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** A number written as text (`0,5`) read as one; anything else as it stands. */
function numeric(value: unknown): unknown {
  return typeof value === 'string' ? (numberFromText(value) ?? value) : value;
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

/** `person` or `organisation` when the node says so in a kind, vertex label or type attribute. */
function kindOf(attributes: Record<string, unknown>): 'person' | 'organisation' | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value !== 'string' || !(NODE_KIND_FIELDS as readonly string[]).includes(normaliseName(name)))
      continue;
    const word = normaliseName(value);
    if (PERSON_WORDS.has(word)) return 'person';
    if (ORGANISATION_WORDS.has(word)) return 'organisation';
  }
  return undefined;
}

/**
 * Turns a graph file into import records. Nodes that say they are a person (`kind`, TinkerPop's
 * `labelV` or a `type` of person/persoon) become people, nodes that say organisation become
 * organisations, the others what `options.nodes` says (default organisation). A record's `id` is the
 * file's node id and its `name` the label the tool wrote (a name or label attribute, yEd's label), else
 * the id; references (parent, memberships, tie ends) carry the file's ids as they stand, for the API to
 * resolve. Edges with relation `membership` become memberships of their person; all others links, kind
 * `overleg` when the file names none, `directed` from the edge itself (GraphML `directed`, GEXF `type`),
 * else from a directed attribute, else the graph's default. Strength and weight are passed on as they
 * are (`weight` is turned into a strength later, by the rule in `strength-rule.ts`).
 * A person without membership edges gets memberships from an `organisationIds`/`organisationId`
 * attribute (as `writeNetwork` writes them).
 */
export function graphToImport(graph: ParsedGraph, options: ReadImportOptions = {}): ImportRecords {
  const records = emptyImportRecords();
  const fallbackKind = options.nodes ?? 'organisation';
  const people = new Map<string, { memberships: Array<Record<string, unknown>>; lookup: Lookup }>();
  const organisations = new Set<string>();
  let defaulted = 0;

  for (const node of graph.nodes) {
    const lookup = lookupIn(node.attributes);
    const id = node.id;
    const said = kindOf(node.attributes);
    if (said === undefined) defaulted++;
    const kind = said ?? fallbackKind;
    const name = asText(lookup(NODE_FIELDS.name)) ?? node.id;
    const text = (field: keyof typeof NODE_FIELDS) => asText(lookup(NODE_FIELDS[field]));
    if (kind === 'person') {
      const memberships: Array<Record<string, unknown>> = [];
      const data = compact({ id, name, function: text('function'), note: text('note'), memberships });
      records.people.push({ row: node.position, data });
      people.set(id, { memberships, lookup });
    } else {
      const type = text('type');
      records.organisations.push({
        row: node.position,
        data: compact({
          id,
          name,
          shortName: text('shortName'),
          domain: text('domain'),
          type:
            said === 'organisation' && typeof type === 'string' && ORGANISATION_WORDS.has(normaliseName(type))
              ? undefined
              : type,
          parentId: text('parentId'),
          region: text('region'),
          note: text('note'),
        }),
      });
      organisations.add(id);
    }
  }
  if (defaulted > 0) {
    const what = fallbackKind === 'person' ? 'persoon' : 'organisatie';
    records.notes = [
      defaulted === 1
        ? `1 knoop zegt niet of het een persoon of organisatie is en is ingelezen als ${what}.`
        : `${defaulted} knopen zeggen niet of het een persoon of organisatie is en zijn ingelezen als ${what}.`,
    ];
  }

  const withMemberships = new Set<string>();
  for (const edge of graph.edges) {
    const lookup = lookupIn(edge.attributes);
    const text = (field: keyof typeof EDGE_FIELDS) => asText(lookup(EDGE_FIELDS[field]));
    const id = edge.id !== undefined && isValidId(edge.id) ? edge.id : undefined;
    let source = edge.source;
    let target = edge.target;
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
        kind: text('kind'),
        strength: numeric(lookup(EDGE_FIELDS.strength)),
        weight: numeric(lookup(EDGE_FIELDS.weight)),
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
    const memberships = organisationIdsOf(person.lookup).map((organisationId) => ({ organisationId }));
    person.memberships.push(...memberships);
  }
  return records;
}
