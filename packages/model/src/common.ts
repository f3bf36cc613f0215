import { z } from 'zod';

export const IdSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/,
    'een id bestaat uit letters, cijfers, _ . : of - (max. 64 tekens)',
  );
export type Id = z.infer<typeof IdSchema>;

function isCalendarDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar day, `YYYY-MM-DD`. */
export const DateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'verwacht een datum als JJJJ-MM-DD')
  .refine(isCalendarDate, 'geen bestaande datum');
export type IsoDate = z.infer<typeof DateSchema>;

/** Calendar arithmetic on `YYYY-MM-DD` days, in UTC so no time zone moves the day. */
function shiftDay(day: string, shift: (d: Date) => void): string {
  const d = new Date(`${day}T00:00:00Z`);
  shift(d);
  return d.toISOString().slice(0, 10);
}

/** The same day a year earlier. */
export const yearBefore = (day: string): string =>
  shiftDay(day, (d) => d.setUTCFullYear(d.getUTCFullYear() - 1));

/** The day before: the network "at the start of" a day is the one at the end of this. */
export const dayBefore = (day: string): string => shiftDay(day, (d) => d.setUTCDate(d.getUTCDate() - 1));

/** The day after: what changed since a survey round counts from here. */
export const dayAfter = (day: string): string => shiftDay(day, (d) => d.setUTCDate(d.getUTCDate() + 1));

export const TimestampSchema = z.string();

export const text = (max: number) => z.string().trim().min(1, 'mag niet leeg zijn').max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullish();
export const optionalDate = () => DateSchema.nullish();

/** Refinement for objects with a validity period: `until` may not lie before `since`. */
export function periodIsOrdered(value: { since?: string | null; until?: string | null }): boolean {
  return !value.since || !value.until || value.since <= value.until;
}
export const PERIOD_MESSAGE = { message: '"tot" ligt vóór "sinds"', path: ['until'] };

/** Is something with this validity period valid on `day` (both ends inclusive)? */
export function validOn(period: { since?: string | null; until?: string | null }, day: string): boolean {
  return (!period.since || period.since <= day) && (!period.until || day <= period.until);
}

export const PaginationQuerySchema = z.object({
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type PaginationQuery = z.infer<typeof PaginationQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}
export type Page<T> = { items: T[]; total: number; limit: number; offset: number };

/** RFC 9457 problem details, with the offending fields for validation failures. */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z
    .array(z.object({ field: z.string(), message: z.string() }))
    .optional()
    .describe('the offending fields, for validation failures'),
});
export type Problem = z.infer<typeof ProblemSchema>;
