import { z } from 'zod';
import { IdSchema, PaginationQuerySchema, TimestampSchema } from './common.ts';

// ---------------------------------------------------------------- accounts and roles

export const ROLES = ['beheerder', 'regisseur', 'lezer'] as const;
/** beheerder: everything; regisseur: the network, opgaven and their own casussen; lezer: read, no casussen. */
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export const UsernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,63}$/,
    'een gebruikersnaam bestaat uit 3 tot 64 kleine letters, cijfers, . _ of -',
  );

/** Length only; the server also refuses common passwords and ones that contain the username. */
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `een wachtwoord heeft minstens ${PASSWORD_MIN_LENGTH} tekens`)
  .max(PASSWORD_MAX_LENGTH, `een wachtwoord heeft hoogstens ${PASSWORD_MAX_LENGTH} tekens`);

const userFields = {
  name: z.string().trim().min(1, 'mag niet leeg zijn').max(120),
  role: RoleSchema,
  personId: IdSchema.nullish().describe('de professional die dit account gebruikt; bepaalt de casussen'),
};

export const UserCreateSchema = z
  .object({ username: UsernameSchema, password: PasswordSchema, ...userFields })
  .strict();
export type UserCreate = z.infer<typeof UserCreateSchema>;
export const UserUpdateSchema = z
  .object({ password: PasswordSchema, active: z.boolean(), ...userFields })
  .partial()
  .strict();
export type UserUpdate = z.infer<typeof UserUpdateSchema>;
export const UserSchema = z.object({
  id: IdSchema,
  username: z.string(),
  name: z.string(),
  role: RoleSchema,
  personId: z.string().nullable(),
  active: z.boolean(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type User = z.infer<typeof UserSchema>;

export const UserListQuerySchema = PaginationQuerySchema.extend({ role: RoleSchema.optional() }).strict();

// ---------------------------------------------------------------- sessions

/** Login body: no length rules here, so a wrong password and a short one get the same answer. */
export const LoginSchema = z
  .object({ username: z.string().max(200), password: z.string().max(PASSWORD_MAX_LENGTH * 4) })
  .strict();
export type Login = z.infer<typeof LoginSchema>;

export const SessionSchema = z.object({
  user: UserSchema,
  /** send as `X-CSRF-Token` on every write */
  csrfToken: z.string(),
  expiresAt: TimestampSchema,
  idleTimeoutMinutes: z.number().int(),
});
export type Session = z.infer<typeof SessionSchema>;

// ---------------------------------------------------------------- access log

export const ACCESS_ACTIONS = ['view', 'create', 'update', 'delete', 'export', 'login', 'logout'] as const;
export const AccessActionSchema = z.enum(ACCESS_ACTIONS);
export type AccessAction = z.infer<typeof AccessActionSchema>;
export const ACCESS_RESULTS = ['success', 'denied', 'failure'] as const;
export const AccessResultSchema = z.enum(ACCESS_RESULTS);
export type AccessResult = z.infer<typeof AccessResultSchema>;

export const AccessLogEntrySchema = z.object({
  id: z.number().int(),
  at: TimestampSchema,
  userId: z.string().nullable(),
  username: z.string().nullable(),
  action: AccessActionSchema,
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  casusCode: z.string().nullable(),
  purpose: z.string().nullable(),
  result: AccessResultSchema,
  status: z.number().int().nullable(),
  requestId: z.string().nullable(),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntrySchema>;

export const AccessLogQuerySchema = PaginationQuerySchema.extend({
  userId: IdSchema.optional(),
  username: z.string().max(64).optional(),
  action: AccessActionSchema.optional(),
  objectType: z.string().max(40).optional(),
  objectId: IdSchema.optional(),
  casusCode: z.string().max(32).optional(),
  result: AccessResultSchema.optional(),
  from: z.string().max(40).optional().describe('ISO-tijdstip of datum, inclusief'),
  to: z.string().max(40).optional().describe('ISO-tijdstip of datum, exclusief'),
}).strict();
export type AccessLogQuery = z.infer<typeof AccessLogQuerySchema>;
