import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// not a bench (run.ts runs *.bench.ts only): a real `regiekaart serve` for the API benches

export type BenchServer = {
  url: string;
  /** the beheerder's session */
  cookie: string;
  csrfToken: string;
  /** stops the server and removes its folder */
  stop(): Promise<void>;
};

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts `regiekaart serve` from source on a free port with a new database in a temporary folder
 * (the Zuid-Limburg sample is loaded on first start), and signs in as the beheerder.
 */
export async function startBenchServer(name: string, password: string): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), `regiekaart-bench-${name}-`));
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/api/src/cli.ts'), 'serve'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      REGIEKAART_DB: join(dir, 'bench.db'),
      REGIEKAART_ADMIN_PASSWORD: password,
      REGIEKAART_WEB_ROOT: join(dir, 'no-web'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((ready, fail) => {
      let out = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /draait op (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
        if (found) ready(found);
      });
      child.on('exit', (code) => fail(new Error(`server stopped (${code})`)));
    });
    const login = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'beheerder', password }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    return { url, cookie, csrfToken, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
