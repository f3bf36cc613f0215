import { escapeCsvCell } from '@regiekaart/io';
import nodemailer from 'nodemailer';

/** One invitation as delivered: who, where to, and their personal link. */
export type Delivery = { name: string; email: string | null; link: string };

function cell(value: string | null): string {
  if (value === null) return '';
  const text = escapeCsvCell(value);
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The invitations for a mail merge: UTF-8 with BOM, `;` between cells, formula-safe cells. */
export function invitationsCsv(rows: Delivery[]): string {
  const lines = [['naam', 'e-mail', 'link'], ...rows.map((r) => [r.name, r.email, r.link])];
  return `\uFEFF${lines.map((l) => l.map(cell).join(';')).join('\r\n')}\r\n`;
}

export type MailMessage = { to: string; subject: string; text: string };
export type Mailer = { send(message: MailMessage): Promise<void>; close(): void };

/** Sends through the SMTP server of `REGIEKAART_SMTP_URL` (smtp://user:pass@host:port or smtps://...). */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}

/** The Dutch e-mail text of an invitation or a reminder. */
export function invitationMail(
  survey: { name: string; closesOn: string | null },
  to: Delivery,
  reminder: boolean,
): { subject: string; text: string } {
  const closes = survey.closesOn ? ` U kunt antwoorden tot en met ${dutchDate(survey.closesOn)}.` : '';
  const subject = reminder
    ? `Herinnering netwerkuitvraag ${survey.name}`
    : `Uitnodiging netwerkuitvraag ${survey.name}`;
  const opening = reminder
    ? 'We hebben uw antwoorden op de netwerkuitvraag nog niet ontvangen. Hieronder staat een nieuwe persoonlijke link; de vorige werkt niet meer.'
    : 'U bent uitgenodigd voor de netwerkuitvraag. Geef aan met welke partners u samenwerkt, hoe vaak en hoe dat gaat. Het kost ongeveer vijf minuten; u kunt stoppen en later verder gaan.';
  return {
    subject,
    text: [
      `Beste ${to.name},`,
      '',
      `${opening}${closes}`,
      '',
      `Uw persoonlijke link: ${to.link}`,
      '',
      'Deze link is alleen voor u: stuur hem niet door. U hebt geen account nodig.',
      '',
      'Met vriendelijke groet,',
      'de netwerkregie',
    ].join('\n'),
  };
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** `YYYY-MM-DD` as "12 maart 2026", read as a calendar date. */
export function dutchDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}
