import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnalysisRunner } from './analysis/analysis-runner.ts';
import { createApp } from './app.ts';
import { Access } from './auth/access.ts';
import { createSession } from './auth/sessions.ts';
import { type Db, openDatabase } from './db/database.ts';
import { createPerson } from './services/people.service.ts';
import { smtpMailer } from './services/survey-delivery.ts';
import { createSurvey } from './services/surveys.service.ts';

/** Invitations and reminders through a real SMTP server on a random port, started by this test. */
type Received = { from: string; to: string[]; data: string };
let smtp: SMTPServer;
let smtpPort: number;
const received: Received[] = [];
let dir: string;
let db: Db;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        done();
      });
    },
  });
  await new Promise<void>((ready) => smtp.listen(0, '127.0.0.1', () => ready()));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  dir = mkdtempSync(join(tmpdir(), 'regiekaart-mail-'));
  db = openDatabase(join(dir, 'mail.db'));
});
afterAll(async () => {
  db.close();
  await new Promise<void>((done) => smtp.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

/** Quoted-printable soft line breaks undone, so a long link reads as one line. */
const plain = (data: string) => {
  const at = data.indexOf('\r\n\r\n');
  return (
    data.slice(0, at) +
    data
      .slice(at)
      .replace(/=\r?\n/g, '')
      .replace(/=3D/g, '=')
  );
};

describe('survey invitations by e-mail', () => {
  it('sends each respondent their own link, and a reminder with a fresh link to who has not answered', async () => {
    const anna = createPerson(db, { name: 'Anna Bakker', email: 'anna@gemeente.example', memberships: [] });
    const bram = createPerson(db, { name: 'Bram Claessens', email: 'bram@politie.example', memberships: [] });
    const cor = createPerson(db, { name: 'Cor Dassen', memberships: [] }); // no address: CSV only
    const admin = db.prepare("SELECT id FROM users WHERE role = 'beheerder'").pluck().get() as
      | string
      | undefined;
    const userId =
      admin ??
      (db
        .prepare(
          "INSERT INTO users (id, username, name, role, password_hash, created_at, updated_at) VALUES ('u1', 'beheerder', 'B', 'beheerder', 'x', '', '') RETURNING id",
        )
        .pluck()
        .get() as string);
    const survey = createSurvey(
      db,
      new Access(db, { id: userId, username: 'beheerder', name: 'B', role: 'beheerder', personId: null }),
      {
        name: 'Uitvraag 2026',
        rosterIds: [anna.id, bram.id, cor.id],
        respondentIds: [anna.id, bram.id, cor.id],
        closesOn: '2999-06-30',
      },
    );
    const runner = new AnalysisRunner(false);
    const mailer = smtpMailer(`smtp://127.0.0.1:${smtpPort}`, 'Regiekaart <uitvraag@regiekaart.example>');
    const app = createApp({ db, runner, surveys: { mailer, publicUrl: 'https://regiekaart.example' } });
    const session = createSession(db, userId, { idleMinutes: 30, absoluteHours: 12 });
    const headers = {
      cookie: `regiekaart=${session.token}`,
      'x-csrf-token': session.csrfToken,
      'content-type': 'application/json',
    };
    const res = await app.request(`http://localhost/api/surveys/${survey.id}/invitations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ send: true }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const links = (await res.json()) as { respondentId: string; link: string; emailed: boolean }[];
    expect(links.map((l) => [l.respondentId, l.emailed])).toEqual([
      [anna.id, true],
      [bram.id, true],
      [cor.id, false],
    ]);
    expect(received).toHaveLength(2);
    const toAnna = received.find((m) => m.to.includes('anna@gemeente.example')) as Received;
    expect(toAnna.from).toBe('uitvraag@regiekaart.example');
    const body = plain(toAnna.data);
    const annaLink = links[0]?.link as string;
    expect(annaLink).toMatch(/^https:\/\/regiekaart\.example\/#\/uitvraag\/[A-Za-z0-9_-]{43}$/);
    expect(body).toContain(annaLink);
    expect(body).not.toContain(links[1]?.link as string);
    expect(body).toMatch(/Subject: Uitnodiging netwerkuitvraag Uitvraag 2026/);
    expect(body).toContain('30 juni 2999');

    // Bram answers; the reminder goes to Anna alone, with a new link that replaces the old one
    const bramToken = String(links[1]?.link).split('/').pop();
    const answered = await app.request(`http://localhost/api/uitvraag/${bramToken}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: [{ actorId: anna.id, frequency: 'maandelijks' }] }),
    });
    expect(answered.status).toBe(200);
    const reminded = await app.request(`http://localhost/api/surveys/${survey.id}/reminders`, {
      method: 'POST',
      headers,
    });
    expect(reminded.status).toBe(201);
    const again = (await reminded.json()) as { respondentId: string; link: string; emailed: boolean }[];
    expect(again.map((l) => l.respondentId)).toEqual([anna.id]);
    expect(received).toHaveLength(3);
    const reminder = plain(received[2]?.data ?? '');
    expect(received[2]?.to).toEqual(['anna@gemeente.example']);
    expect(reminder).toMatch(/Subject: Herinnering netwerkuitvraag Uitvraag 2026/);
    expect(reminder).toContain(again[0]?.link as string);
    const oldToken = annaLink.split('/').pop();
    expect((await app.request(`http://localhost/api/uitvraag/${oldToken}`)).status).toBe(404);
    const detail = (await (
      await app.request(`http://localhost/api/surveys/${survey.id}`, { headers })
    ).json()) as { invitations: { respondentId: string; remindedAt: string | null }[] };
    expect(detail.invitations.find((i) => i.respondentId === anna.id)?.remindedAt).toMatch(/^\d{4}-/);
    mailer.close();
    await runner.close();
  });
});
