import { z } from 'zod';
import { DateSchema, IdSchema, optionalDate, optionalText, text } from './common.ts';
import { MinPeopleSchema, ViewModeSchema } from './network.ts';
import { ActorKindSchema, CodeSchema } from './vocabulary.ts';

/**
 * Netwerkuitvraag: partners report their own ties through a personal link. A survey has a roster
 * (the actors respondents may name) and respondents (people, each with a link of their own).
 */

// ---------------------------------------------------------------- answers

export const SURVEY_FREQUENCIES = ['wekelijks', 'maandelijks', 'kwartaal', 'zelden'] as const;
export const SurveyFrequencySchema = z.enum(SURVEY_FREQUENCIES);
export type SurveyFrequency = z.infer<typeof SurveyFrequencySchema>;

/**
 * How often two partners work together becomes a link's strength (1-5, closeness):
 * weekly 5, monthly 4, quarterly 3, rarely 1. A tie reported by two sides takes the more frequent
 * answer.
 */
export const STRENGTH_BY_FREQUENCY: Record<SurveyFrequency, number> = {
  wekelijks: 5,
  maandelijks: 4,
  kwartaal: 3,
  zelden: 1,
};

export const SURVEY_SYMMETRIZE = ['max', 'min', 'none'] as const;
export const SymmetrizeSchema = z.enum(SURVEY_SYMMETRIZE);
export type Symmetrize = z.infer<typeof SymmetrizeSchema>;

const ScoreSchema = z
  .number()
  .int()
  .min(1, 'een score is 1 tot en met 5')
  .max(5, 'een score is 1 tot en met 5');

export const SurveyAnswerSchema = z
  .object({
    actorId: IdSchema,
    frequency: SurveyFrequencySchema,
    kinds: z.array(CodeSchema).max(30).optional(),
    quality: z.record(CodeSchema, ScoreSchema).optional().describe('score 1-5 per scorevraag (id)'),
    note: optionalText(1000),
  })
  .strict();
export type SurveyAnswer = z.infer<typeof SurveyAnswerSchema>;

/** A respondent's whole set of answers; it replaces what they saved before. */
export const SurveyAnswersInputSchema = z
  .object({ answers: z.array(SurveyAnswerSchema).max(500) })
  .strict()
  .refine((v) => new Set(v.answers.map((a) => a.actorId)).size === v.answers.length, {
    message: 'elke partner komt één keer voor',
    path: ['answers'],
  });
export type SurveyAnswersInput = z.infer<typeof SurveyAnswersInputSchema>;

// ---------------------------------------------------------------- questions

export const SurveyScoreQuestionSchema = z.object({ id: CodeSchema, label: text(200) }).strict();
export type SurveyScoreQuestion = z.infer<typeof SurveyScoreQuestionSchema>;

export const DEFAULT_SCORE_QUESTIONS: SurveyScoreQuestion[] = [
  { id: 'afspraken', label: 'Afspraken nakomen' },
  { id: 'informatie', label: 'Open informatie delen' },
];

export const SurveyQuestionsInputSchema = z
  .object({
    kinds: z
      .array(CodeSchema)
      .max(30)
      .optional()
      .describe('soorten samenwerking om uit te kiezen; leeg: niet vragen; weggelaten: alle soorten'),
    scores: z.array(SurveyScoreQuestionSchema).max(6).optional().describe('scorevragen 1-5; leeg: geen'),
    freeText: optionalText(300).describe('vraag voor een toelichting per partner; leeg: geen'),
    period: optionalText(120).describe('de periode in de vraag, bijv. "de afgelopen zes maanden"'),
  })
  .strict();
export type SurveyQuestionsInput = z.infer<typeof SurveyQuestionsInputSchema>;

export const SurveyQuestionsSchema = z.object({
  kinds: z.array(z.object({ code: z.string(), label: z.string() })),
  scores: z.array(SurveyScoreQuestionSchema),
  freeText: z.string().nullable(),
  period: z.string(),
});
export type SurveyQuestions = z.infer<typeof SurveyQuestionsSchema>;

// ---------------------------------------------------------------- survey

export const SurveyCreateSchema = z
  .object({
    name: text(200),
    opgaveId: IdSchema.nullish(),
    previousSurveyId: IdSchema.nullish().describe(
      'een nieuwe ronde van deze uitvraag: rooster en respondenten gaan mee als ze hier ontbreken',
    ),
    rosterIds: z.array(IdSchema).max(500).optional().describe('actoren (organisaties, personen)'),
    respondentIds: z.array(IdSchema).max(500).optional().describe('personen die een link krijgen'),
    questions: SurveyQuestionsInputSchema.optional(),
    closesOn: optionalDate(),
    date: optionalDate().describe('peildatum van de uitvraag; standaard vandaag'),
  })
  .strict();
export type SurveyCreate = z.infer<typeof SurveyCreateSchema>;

export const SURVEY_STATUSES = ['open', 'gesloten'] as const;
export const SurveyStatusSchema = z.enum(SURVEY_STATUSES);
export type SurveyStatus = z.infer<typeof SurveyStatusSchema>;

export const INVITATION_STATUSES = ['not sent', 'sent', 'opened', 'answered'] as const;
export const InvitationStatusSchema = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof InvitationStatusSchema>;

export const SurveyRosterEntrySchema = z.object({
  actorId: z.string(),
  kind: ActorKindSchema,
  name: z.string(),
  organisation: z.string().nullable().describe('organisatie van een persoon'),
  domain: z.string().nullable(),
});
export type SurveyRosterEntry = z.infer<typeof SurveyRosterEntrySchema>;

export const SurveyInvitationSchema = z.object({
  respondentId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  organisation: z.string().nullable(),
  domain: z.string().nullable(),
  speaksFor: z.string().describe('de actor op het rooster namens wie de respondent antwoordt'),
  status: InvitationStatusSchema,
  sentAt: z.string().nullable(),
  openedAt: z.string().nullable(),
  answeredAt: z.string().nullable(),
  remindedAt: z.string().nullable(),
});
export type SurveyInvitation = z.infer<typeof SurveyInvitationSchema>;

/** A survey's result applied to the network: a change set of kind `survey`, undone like an import. */
export const SurveyApplicationSchema = z.object({
  id: z.string(),
  importId: z.string().describe('de wijzigingenset; ongedaan maken met DELETE /api/imports/{importId}'),
  surveyId: z.string(),
  symmetrize: SymmetrizeSchema,
  appliedAt: z.string(),
  linkIds: z.array(z.string()),
  ended: z
    .number()
    .int()
    .describe('verbindingen van de vorige ronde die deze ronde niet meer noemt: beëindigd de dag ervoor'),
  continued: z
    .number()
    .int()
    .describe('verbindingen van de vorige ronde die deze ronde weer noemt: lopen door in deze ronde'),
  undoneAt: z.string().nullable(),
});
export type SurveyApplication = z.infer<typeof SurveyApplicationSchema>;

export const SurveySchema = z.object({
  id: IdSchema,
  name: z.string(),
  opgaveId: z.string().nullable(),
  previousSurveyId: z.string().nullable(),
  status: SurveyStatusSchema,
  date: DateSchema,
  closesOn: z.string().nullable(),
  closedAt: z.string().nullable(),
  questions: SurveyQuestionsSchema,
  counts: z.object({
    roster: z.number().int(),
    respondents: z.number().int(),
    sent: z.number().int(),
    opened: z.number().int(),
    answered: z.number().int(),
  }),
  responseRate: z.number().describe('deel van de respondenten dat antwoordde, 0-1'),
  application: SurveyApplicationSchema.nullable().describe('de toegepaste uitkomst, als die er is'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Survey = z.infer<typeof SurveySchema>;

export const SurveyDetailSchema = SurveySchema.extend({
  roster: z.array(SurveyRosterEntrySchema),
  invitations: z.array(SurveyInvitationSchema),
});
export type SurveyDetail = z.infer<typeof SurveyDetailSchema>;

export const InvitationsInputSchema = z
  .object({
    respondentIds: z.array(IdSchema).max(500).optional().describe('standaard: alle respondenten'),
    send: z.boolean().optional().describe('ook per e-mail versturen (REGIEKAART_SMTP_URL)'),
  })
  .strict();
export type InvitationsInput = z.infer<typeof InvitationsInputSchema>;

export const InvitationLinkSchema = z.object({
  respondentId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  link: z.string(),
  emailed: z.boolean(),
});
export type InvitationLink = z.infer<typeof InvitationLinkSchema>;

// ---------------------------------------------------------------- the respondent's page

export const RespondentViewSchema = z.object({
  survey: z.object({
    name: z.string(),
    opgave: z.string().nullable(),
    closesOn: z.string().nullable(),
    date: z.string(),
  }),
  respondent: z.object({ name: z.string(), speaksFor: z.string() }),
  roster: z.array(SurveyRosterEntrySchema),
  questions: SurveyQuestionsSchema,
  answers: z.array(SurveyAnswerSchema),
  answeredAt: z.string().nullable(),
});
export type RespondentView = z.infer<typeof RespondentViewSchema>;

// ---------------------------------------------------------------- results

export const SurveyResultsQuerySchema = z.object({
  symmetrize: SymmetrizeSchema.default('max'),
  view: ViewModeSchema.default('werk').describe(
    'raad: de raadsversie, alleen aantallen (respons per domein, verbindingen per paar domeinen): geen namen, geen ids, geen toelichtingen',
  ),
  minPeople: MinPeopleSchema.describe(
    'raad: domeinen met minder genodigden dan dit tellen samen als "overig" in perDomain',
  ),
});
export type SurveyResultsQuery = z.infer<typeof SurveyResultsQuerySchema>;

export const SurveyTieSchema = z.object({
  sourceId: z.string(),
  targetId: z.string(),
  confirmed: z.boolean().describe('beide kanten noemden de verbinding'),
  reportedBy: z.array(z.string()).describe('respondenten (persoon-id) die de verbinding noemden'),
  frequency: SurveyFrequencySchema,
  kinds: z.array(z.string()),
  quality: z.record(z.string(), z.number()).describe('gemiddelde score per vraag'),
  directed: z.boolean(),
});
export type SurveyTie = z.infer<typeof SurveyTieSchema>;

export const SurveyResultsSchema = z.object({
  surveyId: z.string(),
  symmetrize: SymmetrizeSchema,
  responseRate: z.number(),
  threshold: z.number().describe('onder dit antwoordpercentage zijn conclusies over makelaars onbetrouwbaar'),
  respondents: z.array(z.object({ id: z.string(), name: z.string(), speaksFor: z.string() })),
  nonRespondents: z.array(z.object({ id: z.string(), name: z.string(), speaksFor: z.string() })),
  perDomain: z.array(
    z.object({
      domain: z.string(),
      respondents: z.number().int(),
      answered: z.number().int(),
      rate: z.number(),
    }),
  ),
  ties: z.array(SurveyTieSchema),
  figures: z.object({
    ties: z.number().int(),
    confirmed: z.number().int(),
    oneSided: z.number().int(),
    density: z.number(),
    actors: z.number().int(),
  }),
});
export type SurveyResults = z.infer<typeof SurveyResultsSchema>;

/**
 * The raadsversie of a survey's result: aggregates only, no names, no ids of people or
 * organisations, no notes. Domains are codes; a domain with fewer invited respondents than
 * `minPeople` counts under "overig" in `perDomain`.
 */
export const SurveyRaadResultsSchema = z.object({
  view: z.literal('raad'),
  responseRate: z.number().describe('deel van de genodigden dat antwoordde, 0-1'),
  respondentCount: z.number().int(),
  nonRespondentCount: z.number().int(),
  perDomain: z.array(
    z.object({
      domain: z.string(),
      invited: z.number().int(),
      answered: z.number().int(),
      responseRate: z.number(),
    }),
  ),
  ties: z.object({
    confirmed: z.number().int().describe('verbindingen die beide kanten noemden'),
    oneSided: z.number().int().describe('verbindingen die één kant noemde'),
    byDomainPair: z.array(
      z.object({
        sourceDomain: z.string(),
        targetDomain: z.string(),
        confirmed: z.number().int(),
        oneSided: z.number().int(),
      }),
    ),
  }),
});
export type SurveyRaadResults = z.infer<typeof SurveyRaadResultsSchema>;

/** Below this response rate (65%), conclusions about brokers in a network survey are unreliable. */
export const RESPONSE_RATE_THRESHOLD = 0.65;

export const ApplyInputSchema = z.object({ symmetrize: SymmetrizeSchema.default('max') }).strict();
export type ApplyInput = z.infer<typeof ApplyInputSchema>;

export const ApplyResultSchema = SurveyApplicationSchema.extend({
  created: z.number().int().describe('verbindingen die deze aanroep schreef (0 bij een herhaling)'),
});
export type ApplyResult = z.infer<typeof ApplyResultSchema>;

export const SurveyListSchema = z.object({ items: z.array(SurveySchema), total: z.number().int() });
export const InvitationLinksSchema = z.array(InvitationLinkSchema);
export const UndoApplicationSchema = SurveyApplicationSchema.extend({
  removed: z.number().int().describe('verbindingen die weer zijn weggehaald'),
  restored: z.number().int().describe('verbindingen van de vorige ronde die weer doorlopen zoals eerst'),
});

export const SurveyCompareQuerySchema = z.object({
  with: IdSchema.optional().describe('de ronde om mee te vergelijken; standaard de vorige ronde'),
  symmetrize: SymmetrizeSchema.default('max'),
});

const RoundSchema = z.object({
  surveyId: z.string(),
  name: z.string(),
  date: z.string(),
  responseRate: z.number(),
  figures: SurveyResultsSchema.shape.figures,
});
const PairSchema = z.object({ sourceId: z.string(), targetId: z.string() });

/** Two rounds of a survey side by side: figures, and the ties that came, went or stayed (as pairs). */
export const SurveyComparisonSchema = z.object({
  symmetrize: SymmetrizeSchema,
  before: RoundSchema,
  after: RoundSchema,
  tiesAdded: z.array(PairSchema),
  tiesRemoved: z.array(PairSchema),
  tiesKept: z.number().int(),
});
export type SurveyComparison = z.infer<typeof SurveyComparisonSchema>;
