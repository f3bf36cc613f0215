import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { clientAddressOf } from '../auth/login-limiter.ts';

/**
 * The client a request is counted under by the rate limits (logins, survey tokens): the peer, or
 * behind a proxy named in REGIEKAART_TRUST_PROXY the client it forwards for.
 */
export function clientAddress(c: Context, trustProxy: readonly string[]): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    peer = undefined; // app.request() in tests has no socket
  }
  return clientAddressOf(peer, c.req.header('x-forwarded-for'), trustProxy);
}
