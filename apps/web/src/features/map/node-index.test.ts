import type { Network } from '@regiekaart/model';
import { describe, expect, it } from 'vitest';
import { nodesById } from './node-index.ts';

const network = (ids: string[]): Network =>
  ({
    nodes: ids.map((id) => ({ id, label: `Naam ${id}`, kind: 'person', domain: null })),
    edges: [],
  }) as unknown as Network;

describe('nodesById', () => {
  it('finds each actor by id and nothing else', () => {
    const index = nodesById(network(['a', 'b', 'c']));
    expect(index.get('b')?.label).toBe('Naam b');
    expect(index.get('d')).toBeUndefined();
    expect(index.size).toBe(3);
  });

  it('is made once per network: a new network gets its own', () => {
    const first = network(['a']);
    const second = network(['b']);
    expect(nodesById(first)).toBe(nodesById(first));
    expect(nodesById(second).has('a')).toBe(false);
    expect(nodesById(second).has('b')).toBe(true);
  });
});
