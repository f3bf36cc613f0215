import { afterEach, describe, expect, it } from 'vitest';
import { generatedDataset } from '../bench/generated-network.ts';
import { skipBrowserTests } from './browser.ts';
import { E2E_ADMIN_PASSWORD, signIn, startTestServer, type TestServer } from './session.ts';

/** The shared server setup of the browser tests; no browser needed, but a built client. */
describe.skipIf(skipBrowserTests())('startTestServer', () => {
  let test: TestServer | undefined;
  afterEach(async () => {
    await test?.close();
    test = undefined;
  });

  const people = async (url: string) => {
    const { cookie } = await signIn(url, 'beheerder', E2E_ADMIN_PASSWORD);
    const response = await fetch(`${url}/api/network?level=person`, {
      headers: { cookie: `${cookie.name}=${cookie.value}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { nodes: { kind: string }[] };
    return body.nodes.filter((n) => n.kind === 'person').length;
  };

  it('serves a test its own dataset instead of the sample network', async () => {
    test = await startTestServer({ dataset: generatedDataset(40, 4) });
    expect(await people(test.server.url)).toBe(40);
  });

  it('serves the sample network by default, on a port of its own', async () => {
    test = await startTestServer();
    const other = await startTestServer({ dataset: generatedDataset(12, 2) });
    try {
      expect(other.server.url).not.toBe(test.server.url);
      expect(await people(test.server.url)).toBeGreaterThan(12);
      expect(await people(other.server.url)).toBe(12);
    } finally {
      await other.close();
    }
  });
});
