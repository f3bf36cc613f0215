import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { DatasetSchema } from '@regiekaart/model';
import { AnalysisRunner } from './analysis/analysis-runner.ts';
import { createApp } from './app.ts';
import { OidcClient, type OidcOptions } from './auth/oidc.ts';
import { generatePassword } from './auth/passwords.ts';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './auth/sessions.ts';
import { startCheckpointer } from './db/checkpointer.ts';
import { type Db, openDatabase } from './db/database.ts';
import { ImportRunner } from './import/import-runner.ts';
import { importDataset, isEmpty } from './services/dataset.service.ts';
import { scheduleRetention } from './services/retention.service.ts';
import { smtpMailer } from './services/survey-delivery.ts';
import { ADMIN_USERNAME, ensureAdmin } from './services/users.service.ts';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../../..');
export const DEFAULT_WEB_ROOT = join(REPO_ROOT, 'apps/web/dist');
export const SAMPLE_PATH = join(REPO_ROOT, 'data-samples/zuid-limburg.json');

/** Loads the Zuid-Limburg sample network into an empty database. Returns whether it did. */
export function loadSampleIfEmpty(db: Db, path = SAMPLE_PATH): boolean {
  if (!isEmpty(db)) return false;
  const dataset = DatasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  const report = importDataset(db, dataset);
  if (!report.applied) {
    const first = report.rows.find((r) => r.action === 'reject');
    throw new Error(`Voorbeeldnetwerk laden mislukt: ${JSON.stringify(first)}`);
  }
  return true;
}

export type RunningServer = {
  url: string;
  port: number;
  db: Db;
  /** True when this start filled an empty database with the sample network. */
  sampleLoaded: boolean;
  /** Set when this start created the first beheerder with a generated password: print it once. */
  generatedAdmin?: { username: string; password: string };
  close(): Promise<void>;
};

export async function startServer(options: {
  port?: number;
  host?: string;
  dbPath: string;
  webRoot?: string;
  loadSample?: boolean;
  /** Password of the beheerder `beheerder` created when there are no accounts; generated when absent. */
  adminPassword?: string | undefined;
  sessions?: SessionPolicy;
  /** Days a closed casus is kept (default 365); the retention job runs at start and daily. */
  retentionDays?: number;
  /** OpenID Connect sign-in (REGIEKAART_OIDC_*), REGIEKAART_LOCAL_LOGIN and REGIEKAART_PUBLIC_URL. */
  oidc?: OidcOptions | undefined;
  localLogin?: boolean;
  /** SMTP server for survey invitations (REGIEKAART_SMTP_URL) and its sender. */
  smtpUrl?: string | undefined;
  mailFrom?: string | undefined;
  /** Origin of the personal survey links (REGIEKAART_PUBLIC_URL). */
  publicUrl?: string | undefined;
  /** Reverse proxies whose X-Forwarded-For names the client (REGIEKAART_TRUST_PROXY). */
  trustProxy?: readonly string[];
}): Promise<RunningServer> {
  const db = openDatabase(options.dbPath);
  const sampleLoaded = (options.loadSample ?? true) && loadSampleIfEmpty(db);
  const adminPassword = options.adminPassword ?? generatePassword();
  const createdAdmin = await ensureAdmin(db, adminPassword);
  const stopCheckpointer = startCheckpointer(db, options.dbPath);
  const stopRetention = scheduleRetention(db, options.retentionDays ?? 365, (error) =>
    console.error('[regiekaart] bewaartermijn:', error),
  );
  const webRoot = options.webRoot ?? DEFAULT_WEB_ROOT;
  const runner = new AnalysisRunner();
  const mailer = options.smtpUrl
    ? smtpMailer(options.smtpUrl, options.mailFrom ?? 'Regiekaart <noreply@localhost>')
    : undefined;
  const importer = new ImportRunner();
  importer.warm(db);
  const app = createApp({
    surveys: { mailer, publicUrl: options.publicUrl },
    db,
    runner,
    importer,
    webRoot: existsSync(webRoot) ? webRoot : undefined,
    sessions: options.sessions ?? DEFAULT_SESSION_POLICY,
    signIn: {
      oidc: options.oidc ? new OidcClient(db, options.oidc) : undefined,
      localLogin: options.localLogin ?? true,
      publicUrl: options.publicUrl,
    },
    trustProxy: options.trustProxy ?? [],
  });
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((ready) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => ready(s));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    port,
    db,
    sampleLoaded,
    ...(createdAdmin && options.adminPassword === undefined
      ? { generatedAdmin: { username: ADMIN_USERNAME, password: adminPassword } }
      : {}),
    close: () =>
      new Promise<void>((done, fail) => {
        stopRetention();
        mailer?.close();
        server.close((error) => {
          void runner.close();
          void importer.close();
          void stopCheckpointer().finally(() => {
            db.close();
            if (error) fail(error);
            else done();
          });
        });
      }),
  };
}
