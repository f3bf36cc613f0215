import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  REGIEKAART_DB: z.string().min(1).default('./data/regiekaart.db'),
  REGIEKAART_WEB_ROOT: z.string().optional(),
  /** Password of the first beheerder, used only when the database has no accounts yet. */
  REGIEKAART_ADMIN_PASSWORD: z.string().optional(),
  REGIEKAART_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  REGIEKAART_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Days after closing that a casus is kept; then the retention job removes it. */
  REGIEKAART_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(365),
  /** SMTP server for the netwerkuitvraag's invitations, e.g. smtp://user:pass@mail.example.nl:587. */
  REGIEKAART_SMTP_URL: z.string().url().optional(),
  /** Sender of those e-mails. */
  REGIEKAART_MAIL_FROM: z.string().min(3).default('Regiekaart <noreply@localhost>'),
  /** Origin the personal links start with, e.g. https://regiekaart.example.nl; default: the request's. */
  REGIEKAART_PUBLIC_URL: z.string().url().optional(),
});
export type Env = z.infer<typeof EnvSchema>;

/** The one place that reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Ongeldige omgevingsvariabelen: ${issues}`);
  }
  return parsed.data;
}
