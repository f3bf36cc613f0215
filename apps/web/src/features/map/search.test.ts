import type { Network } from '@regiekaart/model';
import { describe, expect, it } from 'vitest';
import { SUGGESTED_NAMES, suggestedNames } from './search.ts';

const network = (labels: string[]): Network =>
  ({
    nodes: labels.map((label, i) => ({ id: `n${i}`, label, kind: 'person' })),
    edges: [],
  }) as unknown as Network;

describe('suggestedNames', () => {
  it('suggests every name of a small map, whatever is typed', () => {
    expect(suggestedNames(network(['Anna', 'Bert']), '')).toEqual(['Anna', 'Bert']);
  });

  it('suggests on a large map only names matching what is typed, those starting with it first', () => {
    const labels = Array.from({ length: SUGGESTED_NAMES + 500 }, (_, i) => `Persoon ${i}`);
    const large = network([...labels, 'Ésther de Vries', 'Annemarie Esther']);
    expect(suggestedNames(large, '')).toEqual([]);
    expect(suggestedNames(large, 'esther')).toEqual(['Ésther de Vries', 'Annemarie Esther']);
    expect(suggestedNames(large, 'persoon')).toHaveLength(SUGGESTED_NAMES);
  });
});
