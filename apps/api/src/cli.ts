import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseInWorkers } from '@regiekaart/analysis/runner-node';
import { detectFormat, FormatError, readGraph, writeDataset } from '@regiekaart/io';
import { type ImportFormat, ImportFormatSchema, type TransferFormat } from '@regiekaart/model';
import { backupDatabase } from './db/backup.ts';
import { checkDatabase, openDatabase } from './db/database.ts';
import { readEnv } from './env.ts';
import { readUpload, UploadRefused } from './import/read-upload.ts';
import { reportText } from './import/report-text.ts';
import { startServer } from './server.ts';
import { dumpDataset, importRecords } from './services/dataset.service.ts';
import { purgeClosedCasussen } from './services/retention.service.ts';

const USAGE = `Regiekaart – netwerkanalyse voor netwerkregie

Gebruik: pnpm -s regiekaart <opdracht>

  serve                                  start de werkplaats (PORT, REGIEKAART_DB)
  import <bestand> [--dry-run] [--nodes organisation|person] [--format csv|graphml|gexf|json|xlsx]
                                         JSON-verslag op stdout, Nederlandse samenvatting op stderr
  export --format csv|graphml|gexf|json [--out pad]
  backup <pad>                           online kopie van de database, gecontroleerd
  check                                  integriteits- en sleutelcontrole
  purge [--dry-run]                      verwijder casussen waarvan de bewaartermijn verlopen is
                                         (REGIEKAART_RETENTION_DAYS, standaard 365 dagen)
  analyse <bestand> [--group-by ATTR] [--weight ATTR] [--format ...]
                                         alle netwerkmaten als JSON (GraphML, GEXF, CSV, JSON)
`;

class UsageError extends Error {}

function formatOf(file: string, text: string, given: string | undefined): ImportFormat {
  if (given) {
    const parsed = ImportFormatSchema.safeParse(given);
    if (!parsed.success)
      throw new UsageError(`Onbekend formaat "${given}": kies csv, graphml, gexf of json.`);
    return parsed.data;
  }
  const detected = detectFormat(file, text);
  if (!detected) throw new UsageError(`Kan het formaat van ${file} niet bepalen; geef --format.`);
  return detected;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const env = readEnv();
  switch (command) {
    case 'serve': {
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
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          'dry-run': { type: 'boolean', default: false },
          format: { type: 'string' },
          nodes: { type: 'string', default: 'organisation' },
        },
      });
      const file = positionals[0];
      if (!file) throw new UsageError('Geef het bestand om te importeren.');
      if (values.nodes !== 'organisation' && values.nodes !== 'person')
        throw new UsageError(`--nodes is organisation of person, niet "${values.nodes}".`);
      if (/\.(xls|xlsm|xlsb)$/i.test(file) && values.format === undefined) {
        throw new UsageError(
          /\.xls$/i.test(file)
            ? 'Oude Excel-bestanden (.xls) worden niet ingelezen. Sla de werkmap op als .xlsx (Excel-werkmap).'
            : 'Werkmappen met macro’s of in binair formaat worden niet ingelezen. Sla de werkmap op als .xlsx.',
        );
      }
      const bytes = new Uint8Array(readFileSync(file));
      const format: TransferFormat =
        values.format === 'xlsx' || (values.format === undefined && /\.xlsx$/i.test(file))
          ? 'xlsx'
          : formatOf(file, new TextDecoder().decode(bytes), values.format);
      const db = openDatabase(env.REGIEKAART_DB);
      try {
        const report = importRecords(db, readUpload(format, bytes, { nodes: values.nodes }), {
          dryRun: values['dry-run'] ?? false,
          format,
          nodes: values.nodes,
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
      const { values } = parseArgs({
        args: rest,
        options: {
          format: { type: 'string', default: 'json' },
          out: { type: 'string' },
          entity: { type: 'string' },
        },
      });
      const format = formatOf('', '', values.format);
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
      const target = rest[0];
      if (!target) throw new UsageError('Geef het pad van de kopie.');
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
      const { values } = parseArgs({
        args: rest,
        options: { 'dry-run': { type: 'boolean', default: false } },
      });
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
      const text = readFileSync(file, 'utf8');
      const document = readGraph(formatOf(file, text, values.format), text);
      // Memberships (person -> organisation) are not collaboration ties.
      const edges = document.edges.filter((e) => e.relation !== 'membership');
      const groupBy = values['group-by'];
      if (groupBy && !document.nodes.some((n) => n[groupBy] !== undefined)) {
        throw new UsageError(`Geen knoop heeft het attribuut "${groupBy}" (--group-by).`);
      }
      if (values.weight && !edges.some((e) => e[values.weight!] !== undefined)) {
        throw new UsageError(`Geen verbinding heeft het attribuut "${values.weight}" (--weight).`);
      }
      const result = await analyseInWorkers(
        { nodes: document.nodes, edges },
        {
          directed: document.directed,
          ...(groupBy ? { groupBy } : {}),
          ...(values.weight ? { weight: values.weight } : {}),
        },
      );
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return 0;
    default:
      throw new UsageError(`Onbekende opdracht "${command}".`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof FormatError || error instanceof UploadRefused) {
      console.error(`regiekaart: ${error.message}\n`);
      if (error instanceof UsageError) console.error(USAGE);
      process.exitCode = 2;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
