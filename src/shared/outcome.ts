import { z } from 'zod';
import { instantSchema, localizedText, textSchema } from './text.js';

// The outcome document: the chair's text, its versions, and the delegations' amendments.

/** drafting -> open for amendments -> negotiation -> adoption -> adopted (frozen). */
export const OUTCOME_STAGES = ['drafting', 'amendments', 'negotiation', 'adoption', 'adopted'] as const;
export type OutcomeStage = (typeof OUTCOME_STAGES)[number];
/** Where the chair's negotiation of a paragraph stands; everyone concerned sees it. */
export const PARAGRAPH_STATES = ['open', 'bracketed', 'agreed_ad_referendum', 'agreed'] as const;
export type ParagraphState = (typeof PARAGRAPH_STATES)[number];
export const AMENDMENT_KINDS = ['replace', 'insert_after', 'delete'] as const;
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number];
/** `merged`: accepted with the chair's changes ("merged with modifications"). */
export const AMENDMENT_STATUSES = ['proposed', 'withdrawn', 'accepted', 'merged', 'rejected'] as const;
export type AmendmentStatus = (typeof AMENDMENT_STATUSES)[number];
export const AMENDMENT_DECISIONS = ['accept', 'accept_modified', 'reject'] as const;
export const POSITIONS = ['support', 'object'] as const;
export type Position = (typeof POSITIONS)[number];
/** The language whose text is authoritative; the others are translations of it. */
export const AUTHORITATIVE_LANGUAGE = 'en';
/** The languages the document is published in: the authoritative one first. */
export const LANGUAGES_OF_OUTCOME = ['en', 'id'] as const;

const PARAGRAPH_MAX = 5000;
const paragraphText = textSchema(PARAGRAPH_MAX, { min: 1, isTrimmed: true });
const message = textSchema(500, { min: 1, isTrimmed: true });
const reason = textSchema(2000, { min: 1, isTrimmed: true });

/** A paragraph as the chair writes it: a new one has no id yet. */
const paragraphInput = z.strictObject({ id: z.uuid().optional(), text: localizedText(PARAGRAPH_MAX) });

/** The chair's text saved as a new version: every section of the event's focus areas, in their order. */
export const saveTextSchema = z.strictObject({
  /** The version this text was edited from: a save against an older one is a conflict. */
  baseVersion: z.number().int().min(0),
  message,
  title: localizedText(300),
  preamble: z.array(paragraphInput).max(100),
  sections: z.array(z.strictObject({ focusAreaId: z.uuid(), paragraphs: z.array(paragraphInput).max(200) })).max(50),
});
export type SaveTextInput = z.infer<typeof saveTextSchema>;

export const moveStageSchema = z.strictObject({
  stage: z.enum(OUTCOME_STAGES),
  /** Required to open the amendments: until when delegations may propose. */
  amendmentDeadline: instantSchema.optional(),
  /** Whether the public sees the current draft, marked as a draft, before adoption. */
});
export type MoveStageInput = z.infer<typeof moveStageSchema>;

export const publicDraftSchema = z.strictObject({ isDraftPublic: z.boolean() });

export const proposeAmendmentSchema = z
  .strictObject({
    paragraphId: z.uuid(),
    kind: z.enum(AMENDMENT_KINDS),
    /** The new text in the authoritative language: for `replace` and `insert_after`. */
    text: paragraphText.optional(),
    justification: reason,
  })
  .refine((a) => a.kind === 'delete' || a.text !== undefined, {
    message: 'the amendment needs its text',
    path: ['text'],
  })
  .refine((a) => a.kind !== 'delete' || a.text === undefined, {
    message: 'a deletion has no text',
    path: ['text'],
  });
export type ProposeAmendmentInput = z.infer<typeof proposeAmendmentSchema>;

export const positionSchema = z.strictObject({ position: z.enum(POSITIONS) });

export const decideAmendmentSchema = z
  .strictObject({
    decision: z.enum(AMENDMENT_DECISIONS),
    /** The text the chair takes in, for `accept_modified`. */
    text: paragraphText.optional(),
    reason,
    /** The version the chair read: a paragraph changed since is a conflict. */
    baseVersion: z.number().int().min(1),
  })
  .refine((d) => d.decision !== 'accept_modified' || d.text !== undefined, {
    message: 'the modified text is required',
    path: ['text'],
  });
export type DecideAmendmentInput = z.infer<typeof decideAmendmentSchema>;

export const paragraphStateSchema = z.strictObject({ state: z.enum(PARAGRAPH_STATES) });

// --- What the server answers -------------------------------------------------------------

const localized = z.record(z.string(), z.string());

export const paragraphSchema = z.object({
  id: z.uuid(),
  text: localized,
  /** Bumped each time the authoritative text changes. */
  revision: z.number().int(),
  /** Per translation, the revision of the authoritative text it was written from. */
  translatedFrom: z.record(z.string(), z.number().int()),
});
export type Paragraph = z.infer<typeof paragraphSchema>;

/** The whole text of one version: what is kept, compared and, once adopted, frozen. */
export const outcomeContentSchema = z.object({
  title: localized,
  preamble: z.array(paragraphSchema),
  sections: z.array(z.object({ focusAreaId: z.uuid(), heading: localized, paragraphs: z.array(paragraphSchema) })),
});
export type OutcomeContent = z.infer<typeof outcomeContentSchema>;

export const versionSummarySchema = z.object({
  number: z.number().int(),
  message: z.string(),
  madeAt: z.string(),
  madeBy: z.string().nullable(),
  /** The amendments this version took in. */
  amendmentIds: z.array(z.uuid()),
});

export const amendmentViewSchema = z.object({
  id: z.uuid(),
  delegationId: z.uuid(),
  paragraphId: z.uuid(),
  kind: z.enum(AMENDMENT_KINDS),
  text: z.string().nullable(),
  justification: z.string(),
  status: z.enum(AMENDMENT_STATUSES),
  /** The version it was drafted against, and that paragraph's text there and now (null: gone). */
  againstVersion: z.number().int(),
  againstText: z.string().nullable(),
  currentText: z.string().nullable(),
  decision: z
    .object({ reason: z.string(), text: z.string().nullable(), version: z.number().int().nullable(), at: z.string() })
    .nullable(),
  support: z.array(z.uuid()),
  objections: z.array(z.uuid()),
  createdAt: z.string(),
});
export type AmendmentView = z.infer<typeof amendmentViewSchema>;

/** The working document as the chair and the delegations see it. */
export const workingDocumentSchema = z.object({
  stage: z.enum(OUTCOME_STAGES),
  amendmentDeadline: z.string().nullable(),
  isDraftPublic: z.boolean(),
  version: z.number().int(),
  content: outcomeContentSchema,
  /** Paragraph id -> its negotiation state (open unless set). */
  states: z.record(z.string(), z.enum(PARAGRAPH_STATES)),
  /** Paragraph id -> the translations that are older than its authoritative text. */
  outdated: z.record(z.string(), z.array(z.string())),
  amendments: z.array(amendmentViewSchema),
  /** The event's delegations, named in each language; only those taking part adopt. */
  delegations: z.array(z.object({ id: z.uuid(), name: localized, isTakingPart: z.boolean() })),
  /** The delegations the reader speaks for (as focal point or head): none for the chair. */
  speaksFor: z.array(z.uuid()),
});
export type WorkingDocument = z.infer<typeof workingDocumentSchema>;

/** What the public sees: the stage, and the text when adopted or when the chair shows the draft. */
export const publicOutcomeSchema = z.object({
  stage: z.enum(OUTCOME_STAGES),
  amendmentDeadline: z.string().nullable(),
  isDraft: z.boolean(),
  version: z.number().int().nullable(),
  content: outcomeContentSchema.nullable(),
});
export type PublicOutcome = z.infer<typeof publicOutcomeSchema>;

// --- Adoption and the published text -------------------------------------------------------

export const ADOPTION_METHODS = ['consensus', 'silence'] as const;
export type AdoptionMethod = (typeof ADOPTION_METHODS)[number];
/** A delegation's answer: it joins (with or without a reservation), or it breaks the silence. */
export const ADOPTION_CHOICES = ['join', 'join_with_reservation', 'break_silence'] as const;
export type AdoptionChoice = (typeof ADOPTION_CHOICES)[number];

export const reservationSchema = z.object({
  delegationId: z.uuid(),
  /** The paragraphs it concerns; none: the whole document. */
  paragraphIds: z.array(z.uuid()),
  text: z.string(),
});
export type Reservation = z.infer<typeof reservationSchema>;

/** The adopted, frozen text as it is published: what outcome.json is, and what the exports are made from. */
export const publishedOutcomeSchema = z.object({
  event: z.object({ slug: z.string(), name: localized, timeZone: z.string() }),
  version: z.number().int(),
  method: z.enum(ADOPTION_METHODS),
  adoptedAt: z.string(),
  /** SHA-256 (hex) of outcome.txt in the authoritative language. */
  sha256: z.string(),
  authoritativeLanguage: z.string(),
  languages: z.array(z.string()),
  content: outcomeContentSchema,
  /** Paragraph id -> its number as printed: "PP1" for the preamble's, "1", "2"... for the sections'. */
  numbers: z.record(z.string(), z.string()),
  /** The delegations that joined the adoption, in the order they are listed, with their names by language. */
  delegations: z.array(z.object({ id: z.uuid(), name: localized, hasReservation: z.boolean() })),
  reservations: z.array(reservationSchema),
  /** Explanations of position, beside the reservations. */
  explanations: z.array(z.object({ delegationId: z.uuid(), text: z.string() })),
});
export type PublishedOutcome = z.infer<typeof publishedOutcomeSchema>;

/** The silence procedure's shortest deadline: three days, as the UN General Assembly practised it (decision 74/544). */
export const SILENCE_MIN_HOURS = 72;

export const openAdoptionSchema = z.strictObject({ method: z.enum(ADOPTION_METHODS), deadline: instantSchema });
export type OpenAdoptionInput = z.infer<typeof openAdoptionSchema>;

export const adoptionResponseSchema = z
  .strictObject({
    choice: z.enum(ADOPTION_CHOICES),
    /** The reservation's text, or why the delegation breaks the silence. */
    text: reason.optional(),
    /** The paragraphs a reservation concerns; none: the whole document. */
    paragraphIds: z.array(z.uuid()).max(200).default([]),
    explanation: reason.optional(),
  })
  .refine((r) => r.choice === 'join' || r.text !== undefined, { message: 'say what and why', path: ['text'] })
  .refine((r) => r.choice === 'join_with_reservation' || r.paragraphIds.length === 0, {
    message: 'only a reservation names paragraphs',
    path: ['paragraphIds'],
  });
export type AdoptionResponseInput = z.infer<typeof adoptionResponseSchema>;

export const adoptionBoardSchema = z.object({
  method: z.enum(ADOPTION_METHODS).nullable(),
  deadline: z.string().nullable(),
  /** Every participating delegation and its answer so far (null: none yet). */
  delegations: z.array(
    z.object({
      id: z.uuid(),
      name: localized,
      choice: z.enum(ADOPTION_CHOICES).nullable(),
      text: z.string().nullable(),
      paragraphIds: z.array(z.uuid()),
      explanation: z.string().nullable(),
    }),
  ),
});
export type AdoptionBoard = z.infer<typeof adoptionBoardSchema>;

export const PARAGRAPH_CHANGES = ['same', 'changed', 'inserted', 'deleted'] as const;

/** Two versions compared paragraph by paragraph, word by word: each paragraph with its old and new number. */
export const comparisonSchema = z.object({
  from: z.number().int(),
  to: z.number().int(),
  language: z.string(),
  rows: z.array(
    z.object({
      paragraphId: z.uuid(),
      /** The section's focus area, or null for the preamble. */
      focusAreaId: z.uuid().nullable(),
      fromNumber: z.string().nullable(),
      toNumber: z.string().nullable(),
      change: z.enum(PARAGRAPH_CHANGES),
      ops: z.array(z.object({ kind: z.enum(['same', 'insert', 'delete']), text: z.string() })),
    }),
  ),
});
export type Comparison = z.infer<typeof comparisonSchema>;
