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
  /** OpenID Connect sign-in: the provider's issuer URL, this client's id and secret. */
  REGIEKAART_OIDC_ISSUER: z.url().optional(),
  REGIEKAART_OIDC_CLIENT_ID: z.string().min(1).optional(),
  REGIEKAART_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The ID token claim holding the roles (a dotted path reaches into objects). */
  REGIEKAART_OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
  /** Claim values to roles: `regiekaart-beheer=beheerder,regiekaart-regie=regisseur,...`. */
  REGIEKAART_OIDC_ROLES: z.string().default(''),
  /** `off`: only OIDC sign-in, except the first beheerder `beheerder` (recovery). */
  REGIEKAART_LOCAL_LOGIN: z.enum(['on', 'off']).default('on'),
  /** The address users open (e.g. https://regiekaart.gemeente.nl): the OIDC redirect URI and the survey links start with it; default: the request's origin. */
  REGIEKAART_PUBLIC_URL: z.url().optional(),
  /** SMTP server for the netwerkuitvraag's invitations, e.g. smtp://user:pass@mail.example.nl:587. */
  REGIEKAART_SMTP_URL: z.string().url().optional(),
  /** Sender of those e-mails. */
  REGIEKAART_MAIL_FROM: z.string().min(3).default('Regiekaart <noreply@localhost>'),
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

const ROLE_RANKS = ['beheerder', 'regisseur', 'lezer'] as const;
type MappedRole = (typeof ROLE_RANKS)[number];

/** `a=beheerder,b=regisseur` -> `{ a: 'beheerder', b: 'regisseur' }`; throws on an unknown role. */
export function parseRoleMapping(text: string): Record<string, MappedRole> {
  const mapping: Record<string, MappedRole> = {};
  for (const pair of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    const value = pair.slice(0, at).trim();
    const role = pair.slice(at + 1).trim() as MappedRole;
    if (at <= 0 || !value || !ROLE_RANKS.includes(role)) {
      throw new Error(
        `Ongeldige omgevingsvariabelen: REGIEKAART_OIDC_ROLES: "${pair}" is geen paar claimwaarde=rol (rol: ${ROLE_RANKS.join(', ')}).`,
      );
    }
    mapping[value] = role;
  }
  return mapping;
}

/** The OIDC settings when REGIEKAART_OIDC_ISSUER is set; throws when a required one is missing. */
export function oidcSettings(env: Env):
  | {
      issuer: string;
      clientId: string;
      clientSecret: string;
      roleClaim: string;
      roles: Record<string, MappedRole>;
    }
  | undefined {
  if (!env.REGIEKAART_OIDC_ISSUER) return undefined;
  const missing = (
    ['REGIEKAART_OIDC_CLIENT_ID', 'REGIEKAART_OIDC_CLIENT_SECRET', 'REGIEKAART_OIDC_ROLES'] as const
  ).filter((key) => !env[key]);
  if (missing.length) {
    throw new Error(
      `Ongeldige omgevingsvariabelen: REGIEKAART_OIDC_ISSUER is gezet, maar ${missing.join(', ')} ontbreekt.`,
    );
  }
  return {
    issuer: env.REGIEKAART_OIDC_ISSUER,
    clientId: env.REGIEKAART_OIDC_CLIENT_ID as string,
    clientSecret: env.REGIEKAART_OIDC_CLIENT_SECRET as string,
    roleClaim: env.REGIEKAART_OIDC_ROLE_CLAIM,
    roles: parseRoleMapping(env.REGIEKAART_OIDC_ROLES),
  };
}
