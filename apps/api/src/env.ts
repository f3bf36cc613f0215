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
  /**
   * Addresses of the reverse proxies in front of Regiekaart, comma-separated. A login through one
   * of them is counted under the client's address from X-Forwarded-For instead of the proxy's.
   */
  REGIEKAART_TRUST_PROXY: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()], { error: 'geen IP-adres' }))),
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
