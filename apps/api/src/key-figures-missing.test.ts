import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../test/harness.ts';
import { sample } from '../test/sample.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(sample);
});
afterAll(() => h.stop());

type Entry = { id: string; requiredRoles: number; presentRoles: number; missingRoles?: string[] };

describe('the key figures per opgave', () => {
  it('name the required partners that are missing, as many as the counts say', async () => {
    const { body } = await h.call('GET', '/api/key-figures?asOf=2024-01-01');
    const opgaven = body.opgaven as Entry[];
    expect(opgaven.length).toBeGreaterThan(0);
    for (const o of opgaven) {
      expect(o.missingRoles, o.id).toBeDefined();
      expect(o.missingRoles?.length, o.id).toBe(o.requiredRoles - o.presentRoles);
    }
    const incomplete = opgaven.filter((o) => o.presentRoles < o.requiredRoles);
    expect(incomplete.length).toBeGreaterThan(0);
    for (const o of incomplete) for (const role of o.missingRoles ?? []) expect(role.trim()).not.toBe('');
  });
});
