import { z } from 'zod';

/** Codes are lowercase slugs so they survive CSV, URLs and GraphML attributes unchanged. */
export const CodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, 'een code bestaat uit kleine letters, cijfers, _ of - (max. 40 tekens)');

/** The domains every installation starts with; more can be added at /api/domains. */
export const DEFAULT_DOMAINS = [
  { code: 'zorg', label: 'Zorg' },
  { code: 'veiligheid', label: 'Veiligheid' },
  { code: 'sociaal_domein', label: 'Sociaal domein' },
  { code: 'justitie', label: 'Justitie' },
  { code: 'bestuur', label: 'Bestuur' },
  { code: 'onderwijs', label: 'Onderwijs' },
  { code: 'wonen', label: 'Wonen' },
  { code: 'werk_en_inkomen', label: 'Werk en inkomen' },
] as const;

/** The tie kinds every installation starts with; more can be added at /api/link-kinds. */
export const DEFAULT_LINK_KINDS = [
  { code: 'casusoverleg', label: 'Casusoverleg' },
  { code: 'convenant', label: 'Convenant / informatie-uitwisseling' },
  { code: 'opdrachtgever', label: 'Opdrachtgever-opdrachtnemer' },
  { code: 'financiering', label: 'Financiering' },
  { code: 'informeel', label: 'Informeel contact' },
  { code: 'colocatie', label: 'Colocatie' },
  { code: 'escalatie', label: 'Escalatie' },
  { code: 'doorverwijzing', label: 'Doorverwijzing' },
  { code: 'overleg', label: 'Structureel overleg' },
] as const;

export const VocabularyEntrySchema = z
  .object({
    code: CodeSchema,
    label: z.string().trim().min(1).max(80),
  })
  .strict();
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;

export const OPGAVE_LEVELS = ['regionaal', 'lokaal', 'individueel'] as const;
export const OpgaveLevelSchema = z.enum(OPGAVE_LEVELS);
export type OpgaveLevel = z.infer<typeof OpgaveLevelSchema>;

export const OPGAVE_KINDS = ['opgave', 'casus'] as const;
export const OpgaveKindSchema = z.enum(OPGAVE_KINDS);
export type OpgaveKind = z.infer<typeof OpgaveKindSchema>;

export const OPGAVE_STATUSES = ['verkenning', 'actief', 'gepauzeerd', 'afgesloten'] as const;
export const OpgaveStatusSchema = z.enum(OPGAVE_STATUSES);
export type OpgaveStatus = z.infer<typeof OpgaveStatusSchema>;

export const PARTICIPANT_ROLES = ['regisseur', 'kernpartner', 'partner', 'uitvoerder', 'adviseur'] as const;
export const ParticipantRoleSchema = z.enum(PARTICIPANT_ROLES);
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

export const LINK_SOURCES = ['observed', 'self-reported', 'document'] as const;
export const LinkSourceSchema = z.enum(LINK_SOURCES);
export type LinkSource = z.infer<typeof LinkSourceSchema>;

export const CONFIDENCE_LEVELS = ['laag', 'middel', 'hoog'] as const;
export const ConfidenceSchema = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof ConfidenceSchema>;

export const ACTOR_KINDS = ['person', 'organisation'] as const;
export const ActorKindSchema = z.enum(ACTOR_KINDS);
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const ANNOTATION_TARGETS = [
  'organisation',
  'person',
  'link',
  'opgave',
  'map',
  'template',
  'view',
] as const;
export const AnnotationTargetSchema = z.enum(ANNOTATION_TARGETS);
export type AnnotationTarget = z.infer<typeof AnnotationTargetSchema>;

export const ACTION_STATUSES = ['open', 'done'] as const;
export const ActionStatusSchema = z.enum(ACTION_STATUSES);
export type ActionStatus = z.infer<typeof ActionStatusSchema>;
