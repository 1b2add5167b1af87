import { z } from 'zod';
import { DELEGATION_KINDS, DELEGATION_ROLES, LANGUAGES, PROTOCOL_RANKS, REGISTRATION_STATUSES } from './constants.js';
import { countrySchema } from './registration.js';
import { instantSchema, localizedText, nameSchema, refuseUnsafeText, textSchema } from './text.js';

export {
  DELEGATION_KINDS,
  DELEGATION_ROLES,
  type DelegationKind,
  type DelegationRole,
  PROTOCOL_RANKS,
  type ProtocolRank,
} from './constants.js';

const languageText = z.record(z.string(), z.string());

/** Organizers add one delegation: a country by its code, or an organisation by its name. */
export const createDelegationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('country'), country: countrySchema }),
  z.strictObject({ kind: z.literal('organization'), name: localizedText(200) }),
]);
export type CreateDelegationInput = z.infer<typeof createDelegationSchema>;

export const createdDelegationsSchema = z.object({ created: z.number().int() });

export const inviteFocalPointSchema = z.strictObject({
  email: z.email().max(254),
  /** Needed only when the person has no account yet. */
  name: nameSchema(200).optional(),
  /** The language of the invitation (and of a new account); defaults to the account's own. */
  language: z.enum(LANGUAGES).optional(),
});
export type InviteFocalPointInput = z.infer<typeof inviteFocalPointSchema>;

export const delegationSettingsSchema = z.object({
  statementDeadline: z.string().nullable(),
  /** Theme id -> the most delegations that may choose it. */
  themeQuotas: z.record(z.string(), z.number().int()),
});
export type DelegationSettings = z.infer<typeof delegationSettingsSchema>;

export const updateDelegationSettingsSchema = z.strictObject({
  statementDeadline: instantSchema.nullable().optional(),
  themeQuotas: z.record(z.uuid(), z.number().int().min(0).max(10_000)).optional(),
});
export type UpdateDelegationSettingsInput = z.infer<typeof updateDelegationSettingsSchema>;

export const chooseThemeSchema = z.strictObject({ themeId: z.uuid() });

const STATEMENT_MAX = 20_000;
export const submitStatementSchema = z
  .strictObject({
    statement: z.strictObject({
      en: textSchema(STATEMENT_MAX, { isTrimmed: true }).optional(),
      id: textSchema(STATEMENT_MAX, { isTrimmed: true }).optional(),
    }),
    videoUrl: z
      .url({ protocol: /^https$/, message: 'must be an https:// address' })
      .max(2000)
      .check(refuseUnsafeText)
      .nullable()
      .optional(),
  })
  .refine((input) => Boolean(input.statement.en || input.statement.id), {
    message: 'write the statement in English or in Indonesian (or both)',
    path: ['statement'],
  });
export type SubmitStatementInput = z.infer<typeof submitStatementSchema>;

export const endorseMemberSchema = z
  .strictObject({
    registrationId: z.uuid(),
    role: z.enum(DELEGATION_ROLES),
    rank: z.enum(PROTOCOL_RANKS).nullable().optional(),
  })
  .refine((input) => input.role !== 'head' || Boolean(input.rank), {
    message: 'the head of delegation needs a protocol rank',
    path: ['rank'],
  });
export type EndorseMemberInput = z.infer<typeof endorseMemberSchema>;

/** Every delegation of the event, once each, in the order they will speak. */
export const speakingOrderSchema = z.strictObject({ ids: z.array(z.uuid()).max(500) });

const themeRef = z.object({ id: z.string(), title: languageText });
const head = z.object({ name: z.string(), rank: z.enum(PROTOCOL_RANKS).nullable() });

/** What anyone may read: no personal data beyond the head of delegation's name and rank. */
export const publicDelegationSchema = z.object({
  id: z.string(),
  kind: z.enum(DELEGATION_KINDS),
  country: z.string().nullable(),
  name: languageText,
  theme: themeRef.nullable(),
  head: head.nullable(),
  hasStatement: z.boolean(),
  isConfirmed: z.boolean(),
  /**
   * 1 for the first to speak: in the public lists, the first of its segment (the delegations that
   * speak on its theme), counting confirmed delegations only; for staff, the first in the whole plenary.
   */
  speakingOrder: z.number().int(),
});
export type PublicDelegation = z.infer<typeof publicDelegationSchema>;

export const publicDelegationListSchema = z.object({
  themes: z.array(themeRef),
  delegations: z.array(publicDelegationSchema),
});
export type PublicDelegationList = z.infer<typeof publicDelegationListSchema>;

export const publicDelegationDetailSchema = publicDelegationSchema.extend({
  statement: languageText,
  statementVideoUrl: z.string().nullable(),
  statementSubmittedAt: z.string().nullable(),
});
export type PublicDelegationDetail = z.infer<typeof publicDelegationDetailSchema>;

export const delegationMemberSchema = z.object({
  id: z.string(),
  registrationId: z.string(),
  name: z.string(),
  email: z.string(),
  organization: z.string(),
  position: z.string().nullable(),
  role: z.enum(DELEGATION_ROLES),
  rank: z.enum(PROTOCOL_RANKS).nullable(),
  /** The registration's status: the secretariat's accreditation shows here. */
  status: z.enum(REGISTRATION_STATUSES),
  endorsedAt: z.string().nullable(),
});
export type DelegationMember = z.infer<typeof delegationMemberSchema>;

/** What the delegation's focal point and the event's staff see. */
export const delegationViewSchema = publicDelegationDetailSchema.extend({
  themeChosenAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  speakingPosition: z.number().int().nullable(),
  members: z.array(delegationMemberSchema),
  focalPoints: z.array(z.object({ accountId: z.string(), name: z.string(), email: z.string() })),
});
export type DelegationView = z.infer<typeof delegationViewSchema>;

export const themeUptakeSchema = themeRef.extend({ quota: z.number().int().nullable(), taken: z.number().int() });
export type ThemeUptake = z.infer<typeof themeUptakeSchema>;

export const delegationOverviewSchema = z.object({
  settings: delegationSettingsSchema,
  themes: z.array(themeUptakeSchema),
  /** In speaking order. */
  delegations: z.array(delegationViewSchema),
});
export type DelegationOverview = z.infer<typeof delegationOverviewSchema>;

export const delegateCandidateSchema = z.object({
  registrationId: z.string(),
  name: z.string(),
  email: z.string(),
  organization: z.string(),
  position: z.string().nullable(),
  attendance: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
});
export type DelegateCandidate = z.infer<typeof delegateCandidateSchema>;

export const delegationWorkspaceSchema = z.object({
  delegation: delegationViewSchema,
  settings: delegationSettingsSchema,
  themes: z.array(themeUptakeSchema),
  /** True once the deadline has passed: the theme and the statement no longer change. */
  isLocked: z.boolean(),
  /** Delegate registrations of the delegation's country not yet endorsed. */
  candidates: z.array(delegateCandidateSchema),
});
export type DelegationWorkspace = z.infer<typeof delegationWorkspaceSchema>;

export const myDelegationSchema = z.object({ delegationId: z.string() });

/** In the secretariat's list of registrations: the delegation whose focal point endorsed the person. */
export const endorsementSchema = z.object({
  delegationId: z.string(),
  country: z.string().nullable(),
  name: languageText,
  role: z.enum(DELEGATION_ROLES),
});
export type Endorsement = z.infer<typeof endorsementSchema>;
