import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledCli } from './compiled-cli.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = await compiledCli();
const dir = mkdtempSync(join(tmpdir(), 'regiekaart-serve-'));

/** `regiekaart serve` as the README's first command runs it, without REGIEKAART_ADMIN_PASSWORD. */
function serve(): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', REGIEKAART_DB: join(dir, 'regiekaart.db') };
  delete env.REGIEKAART_ADMIN_PASSWORD;
  return new Promise((ready, fail) => {
    const child = spawn(process.execPath, [cli, 'serve'], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /draait op (http:\/\/[\d.:]+)/.exec(out)?.[1];
      // the password comes on the lines after the URL
      if (url && (/wachtwoord:\s+\S+/.test(out) || out.split('\n').length > 1)) {
        setTimeout(() => ready({ child, url, output: () => out }), 200);
      }
    });
    child.on('exit', (code) => fail(new Error(`serve stopped (${code})`)));
  });
}

const stop = (child: ChildProcess) =>
  new Promise<void>((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('regiekaart serve on an empty database', () => {
  it('creates the beheerder, prints its password once, and that password signs in', async () => {
    const first = await serve();
    const password = /wachtwoord:\s+(\S+)/.exec(first.output())?.[1] ?? '';
    expect(first.output()).toContain('gebruikersnaam: beheerder');
    expect(password.length).toBeGreaterThanOrEqual(20);
    const login = await fetch(`${first.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'beheerder', password }),
    });
    expect(login.status).toBe(200);
    await stop(first.child);

    const second = await serve();
    expect(second.output()).not.toContain('wachtwoord:');
    await stop(second.child);
  }, 120_000);
});
