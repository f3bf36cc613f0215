import {
  ACTOR_KINDS,
  NETWORK_LEVELS,
  type Network,
  NetworkSchema,
  PARTICIPANT_ROLES,
  VIEW_MODES,
} from '@regiekaart/model';
import type { ResponseSchema } from './client.ts';

/**
 * The network's answer (a large one is over a megabyte) checked field by field with plain `typeof`
 * tests, the same rules as `NetworkSchema`: zod's own parse of 7,000 objects took some 80 ms of the
 * map's first open on the main thread. Only an answer that fails here goes through zod, for its
 * messages naming the field. Unlike zod, keys the schema does not know are kept rather than dropped.
 */
export const FastNetworkSchema: ResponseSchema<Network> = {
  safeParse(data) {
    if (isNetwork(data)) return { success: true, data };
    return NetworkSchema.safeParse(data);
  },
};

type Obj = Record<string, unknown>;

const actorKinds: ReadonlySet<unknown> = new Set(ACTOR_KINDS);
const roles: ReadonlySet<unknown> = new Set(PARTICIPANT_ROLES);
const levels: ReadonlySet<unknown> = new Set(NETWORK_LEVELS);
const viewModes: ReadonlySet<unknown> = new Set(VIEW_MODES);

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown) => Number.isSafeInteger(v);
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const strOrNull = (v: unknown) => v === null || typeof v === 'string';
/** `.nullable().optional()` */
const optStrOrNull = (v: unknown) => v === undefined || strOrNull(v);

function isStringArray(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const s of v) if (typeof s !== 'string') return false;
  return true;
}

function isNode(n: unknown): boolean {
  if (!isObj(n)) return false;
  if (typeof n.id !== 'string' || typeof n.label !== 'string' || !actorKinds.has(n.kind)) return false;
  if (!strOrNull(n.domain)) return false;
  if (!optStrOrNull(n.type) || !optStrOrNull(n.function) || !optStrOrNull(n.organisationId)) return false;
  if (!optStrOrNull(n.parentId) || !optStrOrNull(n.region)) return false;
  if (n.organisationIds !== undefined && !isStringArray(n.organisationIds)) return false;
  if (n.roles !== undefined) {
    if (!Array.isArray(n.roles)) return false;
    for (const r of n.roles) if (!roles.has(r)) return false;
  }
  if (n.participant !== undefined && typeof n.participant !== 'boolean') return false;
  if (n.hop !== undefined && !isInt(n.hop)) return false;
  if (n.memberCount !== undefined && !isInt(n.memberCount)) return false;
  if (n.opgaveCount !== undefined && !isInt(n.opgaveCount)) return false;
  return true;
}

function isEdge(e: unknown): boolean {
  if (!isObj(e)) return false;
  if (typeof e.id !== 'string' || typeof e.source !== 'string' || typeof e.target !== 'string') return false;
  if (typeof e.kind !== 'string' || !isNum(e.strength) || typeof e.directed !== 'boolean') return false;
  if (!optStrOrNull(e.since) || !optStrOrNull(e.until)) return false;
  if (e.kinds !== undefined && !isStringArray(e.kinds)) return false;
  if (e.count !== undefined && !isInt(e.count)) return false;
  if (e.strengthSum !== undefined && !isNum(e.strengthSum)) return false;
  if (e.linkIds !== undefined && !isStringArray(e.linkIds)) return false;
  return true;
}

function isMeta(m: unknown): boolean {
  if (m === undefined) return true;
  if (!isObj(m)) return false;
  if (!levels.has(m.level) || !strOrNull(m.asOf) || !strOrNull(m.opgaveId)) return false;
  if (m.hops !== null && !isInt(m.hops)) return false;
  if (m.unassignedPeople !== undefined && !isInt(m.unassignedPeople)) return false;
  if (m.view !== undefined && !viewModes.has(m.view)) return false;
  if (m.folded !== undefined && !isInt(m.folded)) return false;
  return true;
}

export function isNetwork(data: unknown): data is Network {
  if (!isObj(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) return false;
  for (const n of data.nodes) if (!isNode(n)) return false;
  for (const e of data.edges) if (!isEdge(e)) return false;
  return isMeta(data.meta);
}
