import { describe, expect, it } from 'vitest';
import { changeStrings } from './nl-change.ts';

describe('the change summary', () => {
  it('follows the number: one tie, one partner', () => {
    expect(changeStrings.change.summary({ added: 1, removed: 28, joined: 1, left: 1 })).toBe(
      '1 verbinding erbij en 28 eraf; 1 partner erbij en 1 eraf.',
    );
    expect(changeStrings.change.summary({ added: 93, removed: 1, joined: 0, left: 2 })).toBe(
      '93 verbindingen erbij en 1 eraf; 0 partners erbij en 2 eraf.',
    );
  });
});
