import { describe, expect, it } from 'vitest';
import { dayAfter, dayBefore, yearBefore } from './common.ts';

describe('calendar days', () => {
  it('steps back a day across months, years and a leap day, whatever the time zone', () => {
    expect(dayBefore('2021-10-01')).toBe('2021-09-30');
    expect(dayBefore('2024-01-01')).toBe('2023-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });

  it('steps on a day across a leap day and a year', () => {
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2026-12-31')).toBe('2027-01-01');
  });

  it('steps back a year; 29 February becomes 1 March', () => {
    expect(yearBefore('2026-12-04')).toBe('2025-12-04');
    expect(yearBefore('2024-02-29')).toBe('2023-03-01');
  });
});
