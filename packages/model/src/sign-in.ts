import { z } from 'zod';

/** `GET /api/session/options`: the ways of signing in this server offers. */
export const SignInOptionsSchema = z.object({
  localLogin: z.boolean().describe('false: only the first beheerder may use a password (recovery)'),
  oidc: z.boolean().describe('sign-in with the organisation account (OpenID Connect) is configured'),
});
export type SignInOptions = z.infer<typeof SignInOptionsSchema>;
