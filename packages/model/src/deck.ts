import { z } from 'zod';
import { DateSchema } from './common.ts';
import { PositionsSchema, ViewFiltersSchema, ViewStylingSchema } from './entities.ts';
import { MinPeopleSchema, ViewModeSchema } from './network.ts';
import { OpgaveKindSchema } from './vocabulary.ts';

/** Query of `GET /api/presentations/:id/steps`: the steps ready to show, in the working or council version. */
export const DeckQuerySchema = z
  .object({
    view: ViewModeSchema.optional().describe("default: the presentation's own choice (raad or werk)"),
    minPeople: MinPeopleSchema,
  })
  .strict();
export type DeckQuery = z.infer<typeof DeckQuerySchema>;

export const STEP_KINDS = ['map', 'change', 'figures'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** The styling mark of a saved view that shows the key figures instead of a map. */
export const FIGURES_SLIDE = 'kerncijfers';

export const DeckStepSchema = z.object({
  /** 1-based, as the step counter shows it */
  number: z.number().int(),
  viewId: z.string(),
  title: z.string(),
  caption: z.string().nullable(),
  /**
   * `map`: the network on one day; `change`: what changed between `compareFrom` and the view's date;
   * `figures`: the council's key figures on the view's date, compared with `compareFrom`
   */
  kind: z.enum(STEP_KINDS),
  compareFrom: z.string().nullable(),
  /** false: this step cannot be shown in this version (a casus in the raadsversie: counts only) */
  available: z.boolean(),
  unavailableReason: z.enum(['casus']).nullable(),
  opgaveId: z.string().nullable(),
  opgaveName: z.string().nullable(),
  opgaveKind: OpgaveKindSchema.nullable(),
  filters: ViewFiltersSchema,
  styling: ViewStylingSchema,
  positions: PositionsSchema,
});
export type DeckStep = z.infer<typeof DeckStepSchema>;

/**
 * A presentation with its saved views resolved, ready to show. In the raadsversie it carries no
 * person names or ids: positions and filters keep organisations only, and person names written
 * into titles or captions are blacked out on the server.
 */
export const DeckSchema = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string().nullable(),
  /** the presentation's own choice */
  raad: z.boolean(),
  /** the version these steps are in */
  view: ViewModeSchema,
  minPeople: z.number().int(),
  steps: z.array(DeckStepSchema),
  /** person names or ids blacked out in the texts */
  redactions: z.number().int(),
});
export type Deck = z.infer<typeof DeckSchema>;

/**
 * A saved view shows change over time when its styling names the earlier day (`compareFrom`): the
 * change between that day and the view's own date (`filters.asOf`, or today).
 */
export function compareFromOf(styling: Record<string, unknown>): string | null {
  const parsed = DateSchema.safeParse(styling.compareFrom);
  return parsed.success ? parsed.data : null;
}

/** What a saved view shows: the key figures (`slide: "kerncijfers"`), a change, or a map. */
export function stepKindOf(styling: Record<string, unknown>): StepKind {
  if (styling.slide === FIGURES_SLIDE) return 'figures';
  return compareFromOf(styling) ? 'change' : 'map';
}
