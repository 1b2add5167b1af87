import type { CommitmentInput, ReportInput, ReviewState } from '../../../../shared/commitments.js';
import { api } from '../../../lib/api.js';
import { ownPath, useTrackerMutation } from '../api.js';

// A delegation's four writes on its commitments: each reads the tracker again once it is done.

export function useRegisterCommitment(slug: string, delegationId: string) {
  return useTrackerMutation(slug, (input: CommitmentInput) =>
    api.post<{ id: string }>(ownPath(slug, delegationId), input),
  );
}

export function useEditCommitment(slug: string, delegationId: string, commitmentId: string) {
  return useTrackerMutation(slug, (input: CommitmentInput) =>
    api.put<{ id: string }>(ownPath(slug, delegationId, `/${encodeURIComponent(commitmentId)}`), input),
  );
}

export function useSubmitCommitment(slug: string, delegationId: string, commitmentId: string) {
  return useTrackerMutation(slug, () =>
    api.post<{ reviewState: ReviewState }>(ownPath(slug, delegationId, `/${encodeURIComponent(commitmentId)}/submit`)),
  );
}

export function useReportProgress(slug: string, delegationId: string, commitmentId: string) {
  return useTrackerMutation(slug, (input: ReportInput) =>
    api.post<{ id: string }>(ownPath(slug, delegationId, `/${encodeURIComponent(commitmentId)}/reports`), input),
  );
}
