import { describe, expect, it } from 'vitest';
import { screenCode } from './screen-code.tsx';

const Screen = () => null;

describe('screenCode', () => {
  it('asks for the code once, however often it is asked for, and has it once it came', async () => {
    let calls = 0;
    const code = screenCode(async () => {
      calls++;
      return Screen;
    });
    expect(code.current()).toBeNull();
    const [a, b] = await Promise.all([code.load(), code.load()]);
    expect(a).toBe(Screen);
    expect(b).toBe(Screen);
    expect(calls).toBe(1);
    expect(code.current()).toBe(Screen);
    await code.load();
    expect(calls).toBe(1);
  });

  it('asks again after a failure, and not before the failure is known', async () => {
    let calls = 0;
    const code = screenCode(async () => {
      calls++;
      if (calls === 1) throw new Error('no connection');
      return Screen;
    });
    const first = code.load();
    const same = code.load();
    await expect(first).rejects.toThrow('no connection');
    await expect(same).rejects.toThrow('no connection');
    expect(calls).toBe(1);
    expect(code.current()).toBeNull();
    await expect(code.load()).resolves.toBe(Screen);
    expect(calls).toBe(2);
    expect(code.current()).toBe(Screen);
  });
});
