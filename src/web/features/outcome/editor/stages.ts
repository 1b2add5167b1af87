import type { OutcomeStage, ParagraphState } from '../../../../shared/outcome.js';

// The stages and states in their order, written out here: src/shared/outcome.ts would bring zod into the page.
// Records, so that the compiler says when one is missing.

const STAGE_ORDER: Record<OutcomeStage, number> = {
  drafting: 1,
  amendments: 2,
  negotiation: 3,
  adoption: 4,
  adopted: 5,
};
export const STAGES = Object.keys(STAGE_ORDER) as OutcomeStage[];

const STATE_ORDER: Record<ParagraphState, number> = { open: 1, bracketed: 2, agreed_ad_referendum: 3, agreed: 4 };
export const PARAGRAPH_STATES = Object.keys(STATE_ORDER) as ParagraphState[];

/** The stages in which the chair edits the text (PUT /outcome/text). */
export const isEditable = (stage: OutcomeStage) => stage === 'drafting' || stage === 'negotiation';

/** The stages in which the chair sets where a paragraph stands (PUT /outcome/paragraphs/:id/state). */
export const isStateSettable = (stage: OutcomeStage) => stage === 'amendments' || stage === 'negotiation';
