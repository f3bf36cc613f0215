import type { Dataset } from '@regiekaart/model';
import type { DatasetEntity } from '../graph/dataset-to-graph.ts';

/** Keys in the order they are written; keys not listed follow alphabetically. */
const KEY_ORDER = [
  'format',
  'version',
  'exportedAt',
  'domains',
  'linkKinds',
  'organisations',
  'people',
  'links',
  'templates',
  'opgaven',
  'annotations',
  'views',
  'presentations',
  'id',
  'code',
  'label',
  'name',
  'shortName',
  'kind',
  'level',
  'status',
  'domain',
  'type',
  'orgType',
  'minCount',
  'parentId',
  'templateId',
  'region',
  'function',
  'actorId',
  'organisationId',
  'role',
  'sourceId',
  'targetId',
  'strength',
  'directed',
  'targetType',
  'opgaveId',
  'since',
  'until',
  'due',
  'source',
  'recordedBy',
  'confidence',
  'description',
  'caption',
  'text',
  'tags',
  'author',
  'isAction',
  'actionStatus',
  'owner',
  'note',
  'memberships',
  'roles',
  'participants',
  'positions',
  'filters',
  'styling',
];
const RANK = new Map(KEY_ORDER.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const rankA = RANK.get(a) ?? KEY_ORDER.length;
  const rankB = RANK.get(b) ?? KEY_ORDER.length;
  return rankA !== rankB ? rankA - rankB : a < b ? -1 : a > b ? 1 : 0;
}

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => compareKeys(a, b));
  return Object.fromEntries(entries.map(([key, item]) => [key, ordered(item)]));
}

const COLLECTIONS_OF: Record<Exclude<DatasetEntity, 'all'>, keyof Dataset> = {
  organisations: 'organisations',
  people: 'people',
  links: 'links',
};

/**
 * Writes the JSON backup, pretty-printed with a stable key order (the model's collections first, then
 * each record's identifying fields). `entity` other than all leaves the other collections empty.
 */
export function writeJsonDataset(dataset: Dataset, entity: DatasetEntity): string {
  let output: Dataset = { ...dataset, format: 'regiekaart', version: 1 };
  if (entity !== 'all') {
    const keep = COLLECTIONS_OF[entity];
    output = {
      ...output,
      domains: [],
      linkKinds: [],
      organisations: [],
      people: [],
      links: [],
      templates: [],
      opgaven: [],
      annotations: [],
      views: [],
      presentations: [],
      [keep]: dataset[keep],
    };
  }
  return `${JSON.stringify(ordered(output), null, 2)}\n`;
}
