import { useQuery } from '@tanstack/react-query';
import type { ReviewInput, ReviewState, TrackerSettings } from '../../../../shared/commitments.js';
import type { CommitmentDetail, TrackerSettingsView } from '../../../../shared/commitmentViews.js';
import { api } from '../../../lib/api.js';
import { ownPath, trackerKeys, trackerPath, useTrackerMutation } from '../api.js';

// The host's writes to the tracker, and the one read the shared hooks lack: a commitment whole
// in any review state, read through its delegation's route (staff may read it).

export const hostKeys = {
  /** Under the tracker's keys: every write to the tracker reads it again. */
  staffOne: (slug: string, commitmentId: string) => [...trackerKeys.all(slug), 'staff-one', commitmentId] as const,
  /** Outside them: the tracker's writes renew the figures, not an import's progress. */
  importProgress: (slug: string, importId: string) => ['commitment-import', slug, importId] as const,
};

export function useStaffCommitment(slug: string, delegationId: string, commitmentId: string) {
  return useQuery({
    queryKey: hostKeys.staffOne(slug, commitmentId),
    queryFn: () => api.get<CommitmentDetail>(ownPath(slug, delegationId, `/${encodeURIComponent(commitmentId)}`)),
  });
}

const one = (slug: string, commitmentId: string, rest: string) =>
  trackerPath(slug, `/${encodeURIComponent(commitmentId)}${rest}`);

export const useRemindNow = (slug: string) =>
  useTrackerMutation(slug, () => api.post<{ sent: number; alreadySent: number }>(trackerPath(slug, '/reminders')));

export const useReview = (slug: string) =>
  useTrackerMutation(slug, ({ commitmentId, input }: { commitmentId: string; input: ReviewInput }) =>
    api.post<{ reviewState: ReviewState }>(one(slug, commitmentId, '/review'), input),
  );

export const useConfirmCompletion = (slug: string) =>
  useTrackerMutation(slug, (commitmentId: string) =>
    api.post<{ completionConfirmedAt: string | null }>(one(slug, commitmentId, '/completion')),
  );

export const useWeigh = (slug: string) =>
  useTrackerMutation(slug, ({ commitmentId, weight }: { commitmentId: string; weight: number }) =>
    api.put<{ weight: number }>(one(slug, commitmentId, '/weight'), { weight }),
  );

export const useSaveTrackerSettings = (slug: string) =>
  useTrackerMutation(slug, (input: TrackerSettings) =>
    api.put<TrackerSettingsView>(trackerPath(slug, '/settings'), input),
  );
