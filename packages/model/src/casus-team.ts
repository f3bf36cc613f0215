import { z } from 'zod';
import { DateSchema, IdSchema, PERIOD_MESSAGE, periodIsOrdered } from './common.ts';

/**
 * Who may see a casus: accounts or people named on it by a beheerder or a team member, each for a
 * period. Editing people, organisations or participants never changes it.
 */
export const CasusTeamMemberSchema = z.object({
  id: IdSchema,
  opgaveId: z.string(),
  /** an account on the team, or */
  userId: z.string().nullable(),
  /** a person on the team: every account linked to that person */
  personId: z.string().nullable(),
  /** the account's or person's name */
  label: z.string(),
  since: DateSchema.nullable(),
  until: DateSchema.nullable(),
  addedBy: z.string().nullable(),
  addedAt: z.string(),
});
export type CasusTeamMember = z.infer<typeof CasusTeamMemberSchema>;

export const CasusTeamMemberCreateSchema = z
  .object({
    userId: IdSchema.optional(),
    personId: IdSchema.optional(),
    since: DateSchema.nullish(),
    until: DateSchema.nullish(),
  })
  .strict()
  .refine((m) => (m.userId === undefined) !== (m.personId === undefined), {
    message: 'noem precies één van userId (een account) of personId (een persoon)',
    path: ['userId'],
  })
  .refine(periodIsOrdered, PERIOD_MESSAGE);
export type CasusTeamMemberCreate = z.infer<typeof CasusTeamMemberCreateSchema>;

export const CasusTeamMemberUpdateSchema = z
  .object({ since: DateSchema.nullish(), until: DateSchema.nullish() })
  .strict()
  .refine(periodIsOrdered, PERIOD_MESSAGE);
export type CasusTeamMemberUpdate = z.infer<typeof CasusTeamMemberUpdateSchema>;
