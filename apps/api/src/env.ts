import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('127.0.0.1'),
  REGIEKAART_DB: z.string().min(1).default('./data/regiekaart.db'),
  REGIEKAART_WEB_ROOT: z.string().optional(),
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
