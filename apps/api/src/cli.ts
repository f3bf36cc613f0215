import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { type PathWorkers, startPathWorkers } from '@regiekaart/analysis/path-workers-node';
import type { IoFormat, NodeKind } from '@regiekaart/io';
import { requireCompiled } from './compiled-script.ts';

// Each command loads only what it needs (dynamic imports), so `--help` and `analyse` start fast.
// The path workers' starter is the exception: a small module of built-ins only, loaded with this
// one, so that `analyse` starts its workers without waiting for a module to load.

const USAGE = `Regiekaart – netwerkanalyse voor netwerkregie

Gebruik: pnpm -s regiekaart <opdracht>

  serve                                  start de werkplaats (PORT, REGIEKAART_DB)
  import <bestand> [--dry-run] [--format csv|graphml|gexf|json|xlsx] [--nodes organisation|person]
                                         JSON-verslag op stdout, Nederlandse samenvatting op stderr
  export --format csv|graphml|gexf|json [--out pad]
  backup <pad>                           online kopie van de database, gecontroleerd
  check                                  integriteits- en sleutelcontrole
  purge [--dry-run]                      verwijder casussen waarvan de bewaartermijn verlopen is
                                         (REGIEKAART_RETENTION_DAYS, standaard 365 dagen)
  analyse <bestand> [--group-by ATTR] [--weight ATTR] [--format ...]
                                         alle netwerkmaten als JSON (GraphML, GEXF, CSV, JSON, Excel)
`;

class UsageError extends Error {}

async function formatOf(
  file: string,
  text: string,
  given: string | undefined,
  detection?: Pick<typeof import('@regiekaart/io/detect-format'), 'detectFormat' | 'IO_FORMATS'>,
): Promise<IoFormat> {
  const { detectFormat, IO_FORMATS } = detection ?? (await import('@regiekaart/io/read-graph-lazy'));
  if (given) {
    const format = IO_FORMATS.find((known) => known === given);
    if (!format) throw new UsageError(`Onbekend formaat "${given}": kies csv, graphml, gexf, json of xlsx.`);
    return format;
  }
  const detected = detectFormat(file, text);
  if (!detected) throw new UsageError(`Kan het formaat van ${file} niet bepalen; geef --format.`);
  return detected;
}

/** A file's bytes and the text they hold as UTF-8; an unreadable file is a usage error (exit 2), not a crash. */
function readInput(file: string): { bytes: Uint8Array; text: string } {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'het bestand bestaat niet'
        : code === 'EISDIR'
          ? 'dit is een map, geen bestand'
          : code === 'EACCES'
            ? 'geen toestemming om het te lezen'
            : 'het kan niet worden gelezen';
    throw new UsageError(`Kan ${file} niet lezen: ${reason}.`);
  }
  return { bytes, text: new TextDecoder('utf-8').decode(bytes) };
}

function nodeKindOf(given: string | undefined): NodeKind | undefined {
  if (given === undefined) return undefined;
  if (given === 'organisation' || given === 'organisatie') return 'organisation';
  if (given === 'person' || given === 'persoon') return 'person';
  throw new UsageError(`Onbekende waarde "${given}" voor --nodes: kies organisation of person.`);
}

async function loadEnv() {
  const { readEnv } = await import('./env.ts');
  return readEnv();
}

async function oidcSettings(env: Awaited<ReturnType<typeof loadEnv>>) {
  const { oidcSettings: settings } = await import('./env.ts');
  return settings(env);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help') {
    console.log(USAGE);
    return 0;
  }
  switch (command) {
    case 'serve': {
      const env = await loadEnv();
      const { startServer } = await import('./server.ts');
      const server = await startServer({
        port: env.PORT,
        host: env.HOST,
        dbPath: env.REGIEKAART_DB,
        webRoot: env.REGIEKAART_WEB_ROOT,
        adminPassword: env.REGIEKAART_ADMIN_PASSWORD,
        sessions: {
          idleMinutes: env.REGIEKAART_SESSION_IDLE_MINUTES,
          absoluteHours: env.REGIEKAART_SESSION_MAX_HOURS,
        },
        retentionDays: env.REGIEKAART_RETENTION_DAYS,
        oidc: await oidcSettings(env),
        localLogin: env.REGIEKAART_LOCAL_LOGIN !== 'off',
        smtpUrl: env.REGIEKAART_SMTP_URL,
        mailFrom: env.REGIEKAART_MAIL_FROM,
        publicUrl: env.REGIEKAART_PUBLIC_URL,
        trustProxy: env.REGIEKAART_TRUST_PROXY,
      });
      if (server.sampleLoaded) console.log(`Lege database: het voorbeeldnetwerk Zuid-Limburg is geladen.`);
      console.log(`Regiekaart draait op ${server.url}  (database: ${env.REGIEKAART_DB})`);
      if (server.generatedAdmin) {
        console.log(
          [
            '',
            'Eerste start: het beheerdersaccount is aangemaakt. Dit wachtwoord wordt maar één keer getoond:',
            `  gebruikersnaam: ${server.generatedAdmin.username}`,
            `  wachtwoord:     ${server.generatedAdmin.password}`,
            'Meld u aan in de browser en maak daar accounts voor de andere gebruikers.',
            '',
          ].join('\n'),
        );
      }
      const stop = () => {
        void server.close().then(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      return -1;
    }
    case 'import': {
      const env = await loadEnv();
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          'dry-run': { type: 'boolean', default: false },
          format: { type: 'string' },
          nodes: { type: 'string' },
        },
      });
      const file = positionals[0];
      if (!file) throw new UsageError('Geef het bestand om te importeren.');
      const { bytes, text } = readInput(file);
      const format = await formatOf(file, text, values.format);
      const nodes = nodeKindOf(values.nodes);
      const { openDatabase } = await import('./db/database.ts');
      const { importRecords } = await import('./services/dataset.service.ts');
      const { reportText } = await import('./import/report-text.ts');
      const { readImport } = await import('@regiekaart/io');
      const records = readImport(format, format === 'xlsx' ? bytes : text, nodes ? { nodes } : {});
      const db = openDatabase(env.REGIEKAART_DB);
      try {
        const report = importRecords(db, records, {
          dryRun: values['dry-run'] ?? false,
          format,
          nodes: nodes ?? 'organisation',
          fileName: basename(file),
          user: { id: 'cli', username: 'opdrachtregel' },
        });
        console.log(JSON.stringify(report, null, 2));
        console.error(reportText(report));
        return report.rows.some((r) => r.action === 'reject') ? 1 : 0;
      } finally {
        db.close();
      }
    }
    case 'export': {
      const env = await loadEnv();
      const { values } = parseArgs({
        args: rest,
        options: {
          format: { type: 'string', default: 'json' },
          out: { type: 'string' },
          entity: { type: 'string' },
        },
      });
      const format = await formatOf('', '', values.format);
      if (format === 'xlsx' && !values.out)
        throw new UsageError('Een Excel-export gaat naar een bestand: geef --out pad.xlsx.');
      const { openDatabase } = await import('./db/database.ts');
      const { dumpDataset } = await import('./services/dataset.service.ts');
      const { writeDataset } = await import('@regiekaart/io');
      const db = openDatabase(env.REGIEKAART_DB);
      try {
        const entity = (values.entity ?? 'all') as 'all' | 'organisations' | 'people' | 'links';
        const text = writeDataset(format, dumpDataset(db), { entity });
        if (values.out) {
          writeFileSync(values.out, text);
          console.error(`Geëxporteerd naar ${values.out}`);
        } else process.stdout.write(text);
        return 0;
      } finally {
        db.close();
      }
    }
    case 'backup': {
      const env = await loadEnv();
      const target = rest[0];
      if (!target) throw new UsageError('Geef het pad van de kopie.');
      const { openDatabase } = await import('./db/database.ts');
      const { backupDatabase } = await import('./db/backup.ts');
      const db = openDatabase(env.REGIEKAART_DB);
      try {
        const report = await backupDatabase(db, target);
        console.log(JSON.stringify(report, null, 2));
        return report.ok ? 0 : 1;
      } finally {
        db.close();
      }
    }
    case 'check': {
      const env = await loadEnv();
      const { checkDatabase, openDatabase } = await import('./db/database.ts');
      const db = openDatabase(env.REGIEKAART_DB);
      try {
        const report = checkDatabase(db);
        console.log(JSON.stringify(report, null, 2));
        return report.ok ? 0 : 1;
      } finally {
        db.close();
      }
    }
    case 'purge': {
      const env = await loadEnv();
      const { values } = parseArgs({
        args: rest,
        options: { 'dry-run': { type: 'boolean', default: false } },
      });
      const { openDatabase } = await import('./db/database.ts');
      const { purgeClosedCasussen } = await import('./services/retention.service.ts');
      const db = openDatabase(env.REGIEKAART_DB);
      try {
        const report = purgeClosedCasussen(db, {
          retentionDays: env.REGIEKAART_RETENTION_DAYS,
          dryRun: values['dry-run'] ?? false,
        });
        console.log(JSON.stringify(report, null, 2));
        return 0;
      } finally {
        db.close();
      }
    }
    case 'analyse':
    case 'analyze': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { 'group-by': { type: 'string' }, weight: { type: 'string' }, format: { type: 'string' } },
      });
      const file = positionals[0];
      if (!file) throw new UsageError('Geef het bestand om te analyseren.');
      // A file this large likely holds a network whose path pass is shared with worker threads
      // (2,000 nodes or more): start them first, so that their start-up overlaps the reading of the
      // file and the loading of the code. Unused, they are stopped below.
      let pool: PathWorkers | undefined;
      if (sizeOf(file) >= EARLY_WORKERS_BYTES) {
        // V8 optimises code in the path worker on the worker's own thread, not on a background
        // thread: it compiles its kernel while it waits for its job (see warmUpPathKernel), so
        // that costs it no time, and later no compile competes with the two threads at work (in
        // all about 20 ms less CPU). Affects only threads started from here on: this one keeps
        // its background compiles.
        setFlagsFromString('--no-concurrent-recompilation');
        pool = startPathWorkers();
      }
      let input: ReturnType<typeof readInput>;
      try {
        input = readInput(file);
      } catch (error) {
        pool?.close();
        throw error;
      }
      const { bytes, text } = input;
      let code: number;
      try {
        code = await analyseFile(file, bytes, text, values, pool);
      } finally {
        pool?.close();
      }
      // The output is written (analyseFile waits for that) and is this command's only effect: end
      // the process now, without a natural exit's teardown (stopping the path workers' threads,
      // freeing the heap), which takes another 10-20 ms.
      return process.exit(code);
    }
    default:
      throw new UsageError(`Onbekende opdracht "${command}".`);
  }
}

/** Files from this size on get their path workers before they are read (see `analyse`). */
const EARLY_WORKERS_BYTES = 64 * 1024;

/** The file's size in bytes; 0 when it cannot be read (`readInput` then says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

type AnalyseCode = typeof import('./analyse-code.ts');

/**
 * The analysis code and the JSON reader (analyse-code.ts). Compiled, they are one CommonJS file
 * beside this one with V8's code cache (apps/api/build.mjs), which loads several times faster than
 * their ES module chunks; from source (or from a build without it) the module itself.
 */
async function loadAnalyseCode(): Promise<AnalyseCode> {
  if (!import.meta.url.endsWith('.ts')) {
    try {
      return requireCompiled<AnalyseCode>(new URL('./analyse-code.cjs', import.meta.url));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return import('./analyse-code.ts');
}

/** The file's graph, as `import` reads it. */
async function readDocument(code: AnalyseCode, format: IoFormat, bytes: Uint8Array, text: string) {
  if (format === 'json') {
    const read = code.readJsonGraph(text);
    if ('document' in read) return read.document;
  }
  const { readGraphLazily } = await import('@regiekaart/io/read-graph-lazy');
  return readGraphLazily(format, format === 'xlsx' ? bytes : text);
}

async function analyseFile(
  file: string,
  bytes: Uint8Array,
  text: string,
  values: { 'group-by'?: string; weight?: string; format?: string },
  pool: PathWorkers | undefined,
): Promise<number> {
  const code = await loadAnalyseCode();
  const format = await formatOf(file, text, values.format, code);
  const document = await readDocument(code, format, bytes, text);
  // Memberships (person -> organisation) are not collaboration ties.
  // Each tie keeps its own direction, else the file's default, as `import` reads it. A file whose
  // ties are all one way gives that graph; a mixed file a directed graph in which each undirected
  // tie counts as two arcs (packages/analysis buildGraph).
  const ties = document.edges.filter((e) => e.relation !== 'membership');
  const directed = ties.some((e) => e.directed ?? document.directed);
  // Only in a directed graph from a file that defaults to undirected does a tie without its own
  // direction need one (buildGraph makes two arcs of it); otherwise the ties go as they are.
  const edges =
    directed && !document.directed
      ? ties.map((e): typeof e => (e.directed === undefined ? { ...e, directed: false } : e))
      : ties;
  const groupBy = values['group-by'];
  if (groupBy && !document.nodes.some((n) => n[groupBy] !== undefined)) {
    throw new UsageError(`Geen knoop heeft het attribuut "${groupBy}" (--group-by).`);
  }
  if (values.weight && !edges.some((e) => e[values.weight!] !== undefined)) {
    throw new UsageError(`Geen verbinding heeft het attribuut "${values.weight}" (--weight).`);
  }
  const result = await code.analyseInWorkers(
    { nodes: document.nodes, edges },
    {
      directed,
      ...(groupBy ? { groupBy } : {}),
      ...(values.weight ? { weight: values.weight } : {}),
    },
    pool ? { pool } : {},
  );
  // resolved once the output is handed to the operating system, so that the process may then exit
  await new Promise<void>((written, failed) => {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`, (error) =>
      error ? failed(error) : written(),
    );
  });
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    // FormatError (from @regiekaart/io, loaded on demand) is recognised by its name
    if (error instanceof UsageError || (error instanceof Error && error.name === 'FormatError')) {
      console.error(`regiekaart: ${(error as Error).message}\n`);
      if (error instanceof UsageError) console.error(USAGE);
      process.exitCode = 2;
    } else {
      // No stack trace for the user; REGIEKAART_DEBUG=1 shows it for a developer.
      const message = error instanceof Error ? error.message : String(error);
      console.error(`regiekaart: onverwachte fout: ${message}`);
      if (process.env.REGIEKAART_DEBUG) console.error(error);
      process.exitCode = 1;
    }
  },
);
