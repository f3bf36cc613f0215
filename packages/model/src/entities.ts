import { z } from 'zod';
import {
  DateSchema,
  IdSchema,
  optionalDate,
  optionalText,
  PERIOD_MESSAGE,
  periodIsOrdered,
  TimestampSchema,
  text,
} from './common.ts';
import {
  ActionStatusSchema,
  AnnotationTargetSchema,
  CodeSchema,
  ConfidenceSchema,
  LinkSourceSchema,
  OpgaveKindSchema,
  OpgaveLevelSchema,
  OpgaveStatusSchema,
  ParticipantRoleSchema,
} from './vocabulary.ts';

const stamps = { createdAt: TimestampSchema, updatedAt: TimestampSchema };

// ---------------------------------------------------------------- organisation

const organisationFields = {
  name: text(200),
  shortName: optionalText(40),
  domain: CodeSchema,
  type: text(80).describe('soort organisatie, bijv. gemeente, politie, GGZ, woningcorporatie'),
  parentId: IdSchema.nullish().describe('moederorganisatie, bijv. de gemeente van een team'),
  region: optionalText(120),
  note: optionalText(4000),
};

const allowDuplicate = z
  .boolean()
  .optional()
  .describe('create even when a record with the same name exists (otherwise 409 names it)');

export const OrganisationCreateSchema = z
  .object({ id: IdSchema.optional(), ...organisationFields, allowDuplicate })
  .strict();
export type OrganisationCreate = z.infer<typeof OrganisationCreateSchema>;
export const OrganisationUpdateSchema = z.object(organisationFields).partial().strict();
export type OrganisationUpdate = z.infer<typeof OrganisationUpdateSchema>;
export const OrganisationSchema = z.object({
  id: IdSchema,
  name: z.string(),
  shortName: z.string().nullable(),
  domain: z.string(),
  type: z.string(),
  parentId: z.string().nullable(),
  region: z.string().nullable(),
  note: z.string().nullable(),
  memberCount: z.number().int().optional(),
  ...stamps,
});
export type Organisation = z.infer<typeof OrganisationSchema>;

// ---------------------------------------------------------------- person

const membershipFields = {
  organisationId: IdSchema,
  role: optionalText(120),
  since: optionalDate(),
  until: optionalDate(),
};
export const MembershipInputSchema = z
  .object({ id: IdSchema.optional(), ...membershipFields })
  .strict()
  .refine(periodIsOrdered, PERIOD_MESSAGE);
export type MembershipInput = z.infer<typeof MembershipInputSchema>;
export const MembershipSchema = z.object({
  id: IdSchema,
  organisationId: z.string(),
  organisationName: z.string().optional(),
  role: z.string().nullable(),
  since: z.string().nullable(),
  until: z.string().nullable(),
});
export type Membership = z.infer<typeof MembershipSchema>;

const personFields = {
  name: text(200).describe('naam van de professional (nooit een cliënt)'),
  function: optionalText(120),
  email: z
    .email('geen geldig e-mailadres')
    .max(254)
    .nullish()
    .describe('werkadres, bijv. voor de uitnodiging van een netwerkuitvraag'),
  note: optionalText(4000),
  memberships: z.array(MembershipInputSchema).max(50),
};
export const PersonCreateSchema = z
  .object({
    id: IdSchema.optional(),
    ...personFields,
    memberships: personFields.memberships.default([]),
    allowDuplicate,
  })
  .strict();
export type PersonCreate = z.infer<typeof PersonCreateSchema>;
export const PersonUpdateSchema = z
  .object(personFields)
  .partial()
  .strict()
  .describe('memberships, when given, replace all memberships');
export type PersonUpdate = z.infer<typeof PersonUpdateSchema>;
export const PersonSchema = z.object({
  id: IdSchema,
  name: z.string(),
  function: z.string().nullable(),
  email: z.string().nullable().optional(),
  note: z.string().nullable(),
  memberships: z.array(MembershipSchema),
  ...stamps,
});
export type Person = z.infer<typeof PersonSchema>;

// ---------------------------------------------------------------- link

const linkFields = {
  sourceId: IdSchema,
  targetId: IdSchema,
  kind: CodeSchema,
  strength: z.number().int().min(1).max(5).describe('samenwerkingssterkte 1-5 (nabijheid, geen afstand)'),
  directed: z.boolean(),
  since: optionalDate(),
  until: optionalDate(),
  source: LinkSourceSchema.nullish().describe('hoe vastgelegd: observed, self-reported, document'),
  recordedBy: optionalText(120),
  confidence: ConfidenceSchema.nullish(),
  note: optionalText(4000),
  weight: z.number().finite().nullish().describe('the weight the tie had in an imported file'),
};
const linkObject = z.object(linkFields);
const differentEnds = (l: { sourceId?: string; targetId?: string }) =>
  !l.sourceId || !l.targetId || l.sourceId !== l.targetId;
const DIFFERENT_ENDS = { message: 'een verbinding verbindt twee verschillende actoren', path: ['targetId'] };

export const LinkCreateSchema = z
  .object({
    id: IdSchema.optional(),
    ...linkFields,
    strength: linkFields.strength.default(3),
    directed: linkFields.directed.default(false),
  })
  .strict()
  .refine(periodIsOrdered, PERIOD_MESSAGE)
  .refine(differentEnds, DIFFERENT_ENDS);
export type LinkCreate = z.infer<typeof LinkCreateSchema>;
export const LinkUpdateSchema = linkObject
  .partial()
  .strict()
  .refine(periodIsOrdered, PERIOD_MESSAGE)
  .refine(differentEnds, DIFFERENT_ENDS);
export type LinkUpdate = z.infer<typeof LinkUpdateSchema>;
export const LinkSchema = z.object({
  id: IdSchema,
  sourceId: z.string(),
  targetId: z.string(),
  kind: z.string(),
  strength: z.number().int(),
  directed: z.boolean(),
  since: z.string().nullable(),
  until: z.string().nullable(),
  source: LinkSourceSchema.nullable(),
  recordedBy: z.string().nullable(),
  confidence: ConfidenceSchema.nullable(),
  note: z.string().nullable(),
  surveyId: z.string().nullable().optional().describe('de netwerkuitvraag waaruit de verbinding komt'),
  weight: z.number().nullable().optional(),
  ...stamps,
});
export type Link = z.infer<typeof LinkSchema>;

// ---------------------------------------------------------------- partner template

const templateRoleFields = {
  label: text(120),
  orgType: optionalText(80).describe('vereist soort organisatie, bijv. politie'),
  domain: CodeSchema.nullish().describe('vereist domein'),
  minCount: z.number().int().min(1).max(20).default(1),
};
export const TemplateRoleInputSchema = z
  .object(templateRoleFields)
  .strict()
  .refine((r) => Boolean(r.orgType || r.domain), {
    message: 'een rol vraagt een soort organisatie of een domein',
    path: ['orgType'],
  });
export type TemplateRoleInput = z.infer<typeof TemplateRoleInputSchema>;
export const TemplateRoleSchema = z.object({
  id: z.string(),
  label: z.string(),
  orgType: z.string().nullable(),
  domain: z.string().nullable(),
  minCount: z.number().int(),
});
export type TemplateRole = z.infer<typeof TemplateRoleSchema>;

const templateFields = {
  name: text(200),
  description: optionalText(4000),
  roles: z.array(TemplateRoleInputSchema).max(100),
};
export const TemplateCreateSchema = z
  .object({ id: IdSchema.optional(), ...templateFields, roles: templateFields.roles.default([]) })
  .strict();
export type TemplateCreate = z.infer<typeof TemplateCreateSchema>;
export const TemplateUpdateSchema = z.object(templateFields).partial().strict();
export type TemplateUpdate = z.infer<typeof TemplateUpdateSchema>;
export const TemplateSchema = z.object({
  id: IdSchema,
  name: z.string(),
  description: z.string().nullable(),
  roles: z.array(TemplateRoleSchema),
  ...stamps,
});
export type Template = z.infer<typeof TemplateSchema>;

// ---------------------------------------------------------------- opgave and casus

/**
 * A casus code is pseudonymous: capitals, digits and dashes only, so a client's name
 * ("Jan de Vries") cannot be typed into it.
 */
export const CasusCodeSchema = z
  .string()
  .regex(
    /^[A-Z0-9][A-Z0-9-]{2,31}$/,
    'een casuscode bestaat uit hoofdletters, cijfers en -, bijv. WM-2024-017',
  );

const opgaveFields = {
  name: text(200),
  description: optionalText(4000),
  level: OpgaveLevelSchema,
  kind: OpgaveKindSchema,
  code: CasusCodeSchema.nullish(),
  status: OpgaveStatusSchema,
  templateId: IdSchema.nullish(),
  region: optionalText(120),
  since: optionalDate(),
  until: optionalDate(),
};
const casusHasCode = (o: { kind?: string; code?: string | null }) => o.kind !== 'casus' || Boolean(o.code);
const CASUS_CODE = { message: 'een casus heeft een pseudonieme code', path: ['code'] };

export const OpgaveCreateSchema = z
  .object({
    id: IdSchema.optional(),
    ...opgaveFields,
    kind: opgaveFields.kind.default('opgave'),
    status: opgaveFields.status.default('actief'),
  })
  .strict()
  .refine(casusHasCode, CASUS_CODE)
  .refine(periodIsOrdered, PERIOD_MESSAGE);
export type OpgaveCreate = z.infer<typeof OpgaveCreateSchema>;
export const OpgaveUpdateSchema = z
  .object(opgaveFields)
  .partial()
  .strict()
  .refine(periodIsOrdered, PERIOD_MESSAGE);
export type OpgaveUpdate = z.infer<typeof OpgaveUpdateSchema>;
export const OpgaveSchema = z.object({
  id: IdSchema,
  name: z.string(),
  description: z.string().nullable(),
  level: OpgaveLevelSchema,
  kind: OpgaveKindSchema,
  code: z.string().nullable(),
  status: OpgaveStatusSchema,
  templateId: z.string().nullable(),
  region: z.string().nullable(),
  since: z.string().nullable(),
  until: z.string().nullable(),
  participantCount: z.number().int().optional(),
  ...stamps,
});
export type Opgave = z.infer<typeof OpgaveSchema>;

// ---------------------------------------------------------------- participant

const participantFields = {
  actorId: IdSchema,
  role: ParticipantRoleSchema,
  since: optionalDate(),
  until: optionalDate(),
  note: optionalText(4000),
};
export const ParticipantCreateSchema = z
  .object({ id: IdSchema.optional(), ...participantFields, role: participantFields.role.default('partner') })
  .strict()
  .refine(periodIsOrdered, PERIOD_MESSAGE);
export type ParticipantCreate = z.infer<typeof ParticipantCreateSchema>;
export const ParticipantUpdateSchema = z
  .object(participantFields)
  .omit({ actorId: true })
  .partial()
  .strict()
  .refine(periodIsOrdered, PERIOD_MESSAGE);
export type ParticipantUpdate = z.infer<typeof ParticipantUpdateSchema>;
export const ParticipantSchema = z.object({
  id: IdSchema,
  opgaveId: z.string(),
  actorId: z.string(),
  actorKind: z.enum(['person', 'organisation']),
  actorLabel: z.string(),
  role: ParticipantRoleSchema,
  since: z.string().nullable(),
  until: z.string().nullable(),
  note: z.string().nullable(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

// ---------------------------------------------------------------- annotation

const annotationFields = {
  targetType: AnnotationTargetSchema,
  targetId: IdSchema,
  opgaveId: IdSchema.nullish().describe('de opgave op wiens kaart de notitie staat'),
  text: text(8000),
  tags: z.array(z.string().trim().min(1).max(40)).max(30),
  author: optionalText(120),
  isAction: z.boolean(),
  actionStatus: ActionStatusSchema.nullish(),
  owner: optionalText(120),
  due: optionalDate(),
};
export const AnnotationCreateSchema = z
  .object({
    id: IdSchema.optional(),
    ...annotationFields,
    tags: annotationFields.tags.default([]),
    isAction: annotationFields.isAction.default(false),
  })
  .strict();
export type AnnotationCreate = z.infer<typeof AnnotationCreateSchema>;
export const AnnotationUpdateSchema = z
  .object(annotationFields)
  .omit({ targetType: true, targetId: true })
  .partial()
  .strict();
export type AnnotationUpdate = z.infer<typeof AnnotationUpdateSchema>;
export const AnnotationSchema = z.object({
  id: IdSchema,
  targetType: AnnotationTargetSchema,
  targetId: z.string(),
  opgaveId: z.string().nullable(),
  text: z.string(),
  tags: z.array(z.string()),
  author: z.string().nullable(),
  isAction: z.boolean(),
  actionStatus: ActionStatusSchema.nullable(),
  owner: z.string().nullable(),
  due: z.string().nullable(),
  ...stamps,
});
export type Annotation = z.infer<typeof AnnotationSchema>;

// ---------------------------------------------------------------- saved view

export const PositionsSchema = z.record(IdSchema, z.object({ x: z.number(), y: z.number() }).strict());
export const ViewFiltersSchema = z
  .object({
    level: z.enum(['person', 'organisation']).optional(),
    hops: z.number().int().min(0).max(6).optional(),
    asOf: DateSchema.optional(),
    domains: z.array(CodeSchema).optional(),
    organisations: z.array(IdSchema).optional(),
    linkKinds: z.array(CodeSchema).optional(),
    minStrength: z.number().int().min(1).max(5).optional(),
    focus: IdSchema.optional(),
  })
  .strict();
export type ViewFilters = z.infer<typeof ViewFiltersSchema>;
export const ViewStylingSchema = z
  .object({
    sizeBy: z.string().max(40).optional(),
    colourBy: z.string().max(40).optional(),
    layout: z.string().max(40).optional(),
    groupByOrganisation: z.boolean().optional(),
    showLabels: z.boolean().optional(),
  })
  .catchall(z.union([z.string().max(200), z.number(), z.boolean()]));
export type ViewStyling = z.infer<typeof ViewStylingSchema>;

const viewFields = {
  opgaveId: IdSchema.nullish().describe('leeg: het hele netwerk'),
  name: text(200),
  caption: optionalText(4000),
  positions: PositionsSchema,
  filters: ViewFiltersSchema,
  styling: ViewStylingSchema,
};
export const ViewCreateSchema = z
  .object({
    id: IdSchema.optional(),
    ...viewFields,
    positions: viewFields.positions.default({}),
    filters: viewFields.filters.default({}),
    styling: viewFields.styling.default({}),
  })
  .strict();
export type ViewCreate = z.infer<typeof ViewCreateSchema>;
export const ViewUpdateSchema = z.object(viewFields).partial().strict();
export type ViewUpdate = z.infer<typeof ViewUpdateSchema>;
export const ViewSchema = z.object({
  id: IdSchema,
  opgaveId: z.string().nullable(),
  name: z.string(),
  caption: z.string().nullable(),
  positions: PositionsSchema,
  filters: ViewFiltersSchema,
  styling: ViewStylingSchema,
  ...stamps,
});
export type View = z.infer<typeof ViewSchema>;
