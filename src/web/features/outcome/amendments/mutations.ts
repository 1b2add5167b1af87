import { useQueryClient } from '@tanstack/react-query';
import type { AmendmentStatus, DecideAmendmentInput, Position } from '../../../../shared/outcome.js';
import { api } from '../../../lib/api.js';
import { delegationOutcomePath, outcomePath, useOutcomeMutation, workKeys } from '../work/api.js';

// The queue's writes. Each reads the whole document again when it succeeds (useOutcomeMutation),
// so a card shows its new status as the server has it.

export function useDecide(slug: string, amendmentId: string) {
  return useOutcomeMutation(slug, (input: DecideAmendmentInput) =>
    api.post<{ id: string; status: AmendmentStatus; version: number }>(
      outcomePath(slug, `/amendments/${encodeURIComponent(amendmentId)}/decision`),
      input,
    ),
  );
}

const amendmentPath = (slug: string, delegationId: string, amendmentId: string, rest: string) =>
  delegationOutcomePath(slug, delegationId, `/amendments/${encodeURIComponent(amendmentId)}${rest}`);

export function useTakePosition(slug: string, amendmentId: string) {
  return useOutcomeMutation(slug, ({ delegationId, position }: { delegationId: string; position: Position }) =>
    api.put<{ position: Position }>(amendmentPath(slug, delegationId, amendmentId, '/position'), { position }),
  );
}

export function useWithdraw(slug: string, amendmentId: string) {
  return useOutcomeMutation(slug, (delegationId: string) =>
    api.post<{ status: AmendmentStatus }>(amendmentPath(slug, delegationId, amendmentId, '/withdraw')),
  );
}

/** Reads the working document again: after a refusal that says the page is behind the server. */
export function useReloadWorking(slug: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: workKeys.working(slug) });
}
