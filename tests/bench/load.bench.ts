import autocannon from 'autocannon';
import { startBenchServer } from './bench-server.ts';

/**
 * Load test of a real `regiekaart serve` on 127.0.0.1 with the Zuid-Limburg sample, signed in as
 * the beheerder (so every casus read and write is also written to the access log):
 *   1. a single-entity read (a professional's record) at 500 requests/s,
 *   2. an opgave's network and analysis at 50 requests/s,
 *   3. writes (new notes) at 100 requests/s.
 * Prints p50/p99 and errors against the targets and exits 1 when one is missed.
 * Run alone with `npx tsx tests/bench/load.bench.ts`; `pnpm bench` runs it with the others.
 */
const SECONDS = Number(process.env.REGIEKAART_BENCH_SECONDS ?? 10);
const PASSWORD = 'belasting-proef-wachtwoord-77';

type Scenario = {
  name: string;
  rate: number;
  p99Target: number;
  requests: autocannon.Request[];
};

async function main(): Promise<number> {
  const server = await startBenchServer('load', PASSWORD);
  const { url, cookie, csrfToken } = server;
  try {
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' };

    const opgaven = ['opg-ps-pga', 'opg-mh-woonoverlast', 'cas-wm-2023-082'];
    const scenarios: Scenario[] = [
      {
        name: 'single-entity read: GET /api/people/per-028',
        rate: 500,
        p99Target: 50,
        requests: [{ method: 'GET', path: '/api/people/per-028' }],
      },
      {
        name: 'opgave network + analysis: GET /api/opgaven/:id/{network,analysis}',
        rate: 50,
        p99Target: 200,
        requests: opgaven.flatMap((id) => [
          { method: 'GET' as const, path: `/api/opgaven/${id}/network?level=person&hops=1` },
          { method: 'GET' as const, path: `/api/opgaven/${id}/analysis?level=person&hops=1` },
        ]),
      },
      {
        name: 'writes: POST /api/annotations',
        rate: 100,
        p99Target: 50,
        requests: [
          {
            method: 'POST',
            path: '/api/annotations',
            body: JSON.stringify({
              targetType: 'organisation',
              targetId: 'org-zvh-wm',
              text: 'belastingproef',
            }),
          },
        ],
      },
    ];

    // one warm-up pass: the first analysis of each opgave is computed, later ones are cached until data changes
    for (const s of scenarios.slice(0, 2)) {
      for (const r of s.requests) await (await fetch(`${url}${r.path}`, { headers })).arrayBuffer();
    }

    let missed = 0;
    const rows: string[] = [];
    for (const s of scenarios) {
      // two seconds at the same rate first, not counted: the JIT warms up on this request mix
      await autocannon({
        url,
        connections: 10,
        duration: 2,
        overallRate: s.rate,
        headers,
        requests: s.requests,
      });
      const result = await autocannon({
        url,
        connections: 10,
        duration: SECONDS,
        overallRate: s.rate,
        headers,
        requests: s.requests,
      });
      const errors = result.errors + result.timeouts + result.non2xx;
      const ok = result.latency.p99 < s.p99Target && errors === 0;
      if (!ok) missed++;
      rows.push(
        [
          s.name.padEnd(72),
          `${String(s.rate).padStart(4)} req/s`,
          `${result.requests.total.toString().padStart(6)} requests`,
          `p50 ${String(result.latency.p50).padStart(4)} ms`,
          `p99 ${String(result.latency.p99).padStart(4)} ms (target < ${s.p99Target})`,
          `errors ${errors}`,
          ok ? 'OK' : 'MISSED',
        ].join('  '),
      );
    }
    console.log(`\nLoad test on ${url}, ${SECONDS} s per scenario, 10 connections (autocannon)`);
    for (const row of rows) console.log(row);
    return missed ? 1 : 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
