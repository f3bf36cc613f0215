import { startBenchServer } from './bench-server.ts';

/**
 * Import of a large file against a real `regiekaart serve` with the Zuid-Limburg sample: a CSV of
 * 50,000 ties (about 2.5 MB) between the sample's people, dry run, while `GET /api/health` is asked
 * every 10 ms. Targets: the dry run answers in under 3 s, health p99 under 100 ms meanwhile.
 * Prints the figures and exits 1 when a target is missed.
 * Run alone with `npx tsx tests/bench/import.bench.ts`; `pnpm bench` runs it with the others.
 */
const TIES = Number(process.env.REGIEKAART_BENCH_TIES ?? 50_000);
const PASSWORD = 'import-proef-wachtwoord-31';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** A deterministic CSV of ties between the given people, kinds by Dutch label. */
function tiesCsv(people: string[]): string {
  const kinds = ['Structureel overleg', 'casusoverleg', 'Informeel contact', 'doorverwijzing'];
  let seed = 7;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  const lines = ['bron;doel;soort;sterkte;notitie'];
  for (let i = 0; i < TIES; i++) {
    const a = next() % people.length;
    let b = next() % people.length;
    if (b === a) b = (b + 1) % people.length;
    lines.push(`${people[a]};${people[b]};${kinds[i % kinds.length]};${(i % 5) + 1};regio-overleg ${i % 97}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function main(): Promise<number> {
  const server = await startBenchServer('import', PASSWORD);
  const { url, cookie, csrfToken } = server;
  try {
    const people = (
      (await (await fetch(`${url}/api/people?limit=1000`, { headers: { cookie } })).json()) as {
        items: { id: string }[];
      }
    ).items.map((p) => p.id);
    const csv = tiesCsv(people);

    const latencies: number[] = [];
    let polling = true;
    const poll = (async () => {
      while (polling) {
        const started = performance.now();
        await fetch(`${url}/api/health`);
        latencies.push(performance.now() - started);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    await new Promise((r) => setTimeout(r, 200));
    const started = performance.now();
    const reply = await fetch(`${url}/api/import?format=csv&dryRun=true&fileName=bench.csv`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'text/csv' },
      body: csv,
    });
    const text = await reply.text();
    const seconds = (performance.now() - started) / 1000;
    polling = false;
    await poll;
    const report = JSON.parse(text) as { summary: Record<string, Record<string, number>>; rows: unknown[] };
    const sorted = [...latencies].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p99 = percentile(sorted, 99);
    const mb = Buffer.byteLength(csv) / 1024 / 1024;
    console.log(
      `import dry run: ${TIES} ties, ${mb.toFixed(2)} MB CSV -> ${seconds.toFixed(2)} s (target < 3 s), ` +
        `status ${reply.status}, answer ${(Buffer.byteLength(text) / 1024).toFixed(0)} kB, ` +
        `links ${JSON.stringify(report.summary.links)}`,
    );
    console.log(
      `GET /api/health meanwhile: ${latencies.length} requests, p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target < 100 ms)`,
    );
    const ok = reply.status === 200 && seconds < 3 && p99 < 100;
    if (!ok) console.log('import bench: target missed');
    return ok ? 0 : 1;
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
