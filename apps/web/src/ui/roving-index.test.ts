import { describe, expect, it } from 'vitest';
import { rovingIndex } from './roving-index.ts';

const arrows = { previous: 'ArrowUp', next: 'ArrowDown' };

describe('rovingIndex', () => {
  it('steps with the arrows and wraps around at both ends', () => {
    expect(rovingIndex('ArrowDown', 0, 3, arrows)).toBe(1);
    expect(rovingIndex('ArrowDown', 2, 3, arrows)).toBe(0);
    expect(rovingIndex('ArrowUp', 1, 3, arrows)).toBe(0);
    expect(rovingIndex('ArrowUp', 0, 3, arrows)).toBe(2);
  });

  it('goes to the first and last with Home and End, and ignores other keys', () => {
    expect(rovingIndex('Home', 2, 3, arrows)).toBe(0);
    expect(rovingIndex('End', 0, 3, arrows)).toBe(2);
    expect(rovingIndex('ArrowRight', 1, 3, arrows)).toBe(-1);
    expect(rovingIndex('a', 1, 3, arrows)).toBe(-1);
  });

  it('starts at the first or last item when none has the focus yet', () => {
    expect(rovingIndex('ArrowDown', -1, 3, arrows)).toBe(0);
    expect(rovingIndex('ArrowUp', -1, 3, arrows)).toBe(2);
  });
});
