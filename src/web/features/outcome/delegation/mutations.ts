import type { AdoptionChoice, AmendmentKind, AmendmentStatus, OutcomeStage } from '../../../../shared/outcome.js';
import { api } from '../../../lib/api.js';
import { delegationOutcomePath, useOutcomeMutation } from '../work/api.js';

// The delegation's three writes: each reads the whole document again once it is done.

/** What a delegation proposes; the shape of proposeAmendmentSchema, typed here so that zod stays out of the page. */
export interface ProposalInput {
  paragraphId: string;
  kind: AmendmentKind;
  text?: string;
  justification: string;
}

export interface AdoptionAnswerInput {
  choice: AdoptionChoice;
  text?: string;
  paragraphIds: string[];
  explanation?: string;
}

export function useProposeAmendment(slug: string, delegationId: string) {
  return useOutcomeMutation(slug, (input: ProposalInput) =>
    api.post<{ id: string; status: AmendmentStatus; againstVersion: number }>(
      delegationOutcomePath(slug, delegationId, '/amendments'),
      input,
    ),
  );
}

export function useWithdrawAmendment(slug: string, delegationId: string) {
  return useOutcomeMutation(slug, (amendmentId: string) =>
    api.post<{ id: string; status: AmendmentStatus }>(
      delegationOutcomePath(slug, delegationId, `/amendments/${encodeURIComponent(amendmentId)}/withdraw`),
    ),
  );
}

export function useAnswerAdoption(slug: string, delegationId: string) {
  return useOutcomeMutation(slug, (input: AdoptionAnswerInput) =>
    api.put<{ choice: AdoptionChoice; stage: OutcomeStage }>(
      delegationOutcomePath(slug, delegationId, '/adoption'),
      input,
    ),
  );
}
