import { NetworkSchema } from '@regiekaart/model';
import { describe, expect, it } from 'vitest';
import { FastNetworkSchema, isNetwork } from './network-shape.ts';

const node = {
  id: 'a',
  label: 'Anna',
  kind: 'person',
  domain: null,
  type: 'gemeente',
  organisationId: 'o',
  organisationIds: ['o'],
  roles: ['regisseur'],
  participant: true,
  hop: 0,
  opgaveCount: 2,
};
const edge = { id: 'e', source: 'a', target: 'b', kind: 'werkt', strength: 3, directed: false, since: null };
const meta = { level: 'person', asOf: null, hops: 0, opgaveId: null, view: 'werk' };
const good = { nodes: [node, { ...node, id: 'b' }], edges: [edge], meta };

describe('the fast check of a network answer', () => {
  it('accepts what the schema accepts, as the same object', () => {
    expect(NetworkSchema.safeParse(good).success).toBe(true);
    const parsed = FastNetworkSchema.safeParse(good);
    expect(parsed.success && parsed.data).toBe(good);
    expect(isNetwork({ nodes: [], edges: [] })).toBe(true);
  });

  const bad: [string, unknown][] = [
    ['no edges', { nodes: [] }],
    ['an unknown kind', { ...good, nodes: [{ ...node, kind: 'robot' }] }],
    ['a numeric label', { ...good, nodes: [{ ...node, label: 3 }] }],
    ['a missing domain', { ...good, nodes: [{ ...node, domain: undefined }] }],
    ['an unknown role', { ...good, nodes: [{ ...node, roles: ['baas'] }] }],
    ['a fractional hop', { ...good, nodes: [{ ...node, hop: 1.5 }] }],
    ['a string strength', { ...good, edges: [{ ...edge, strength: '3' }] }],
    ['an infinite strength', { ...good, edges: [{ ...edge, strength: Number.POSITIVE_INFINITY }] }],
    ['a missing directed', { ...good, edges: [{ ...edge, directed: undefined }] }],
    ['numeric link ids', { ...good, edges: [{ ...edge, linkIds: [1] }] }],
    ['an unknown level', { ...good, meta: { ...meta, level: 'wereld' } }],
    ['a null element', { ...good, nodes: [null] }],
  ];
  it.each(bad)('rejects %s, as the schema does, with its messages', (_, data) => {
    expect(NetworkSchema.safeParse(data).success).toBe(false);
    expect(isNetwork(data)).toBe(false);
    const parsed = FastNetworkSchema.safeParse(data);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(parsed.error.issues.length).toBeGreaterThan(0);
  });
});
