import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DelegationTasks } from '../../../shared/dashboard.js';
import type {
  CreateDelegationInput,
  DelegationOverview,
  DelegationWorkspace,
  EndorseMemberInput,
  InviteFocalPointInput,
  PublicDelegationDetail,
  PublicDelegationList,
  SubmitStatementInput,
  UpdateDelegationSettingsInput,
} from '../../../shared/delegations.js';
import { api, eventApiPath } from '../../lib/api.js';

const path = (slug: string, rest = '') => eventApiPath(slug, `/delegations${rest}`);

export const delegationKeys = {
  all: (slug: string) => ['delegations', slug] as const,
  publicList: (slug: string) => ['delegations', slug, 'public'] as const,
  publicOne: (slug: string, id: string) => ['delegations', slug, 'public', id] as const,
  overview: (slug: string) => ['delegations', slug, 'overview'] as const,
  mine: (slug: string) => ['delegations', slug, 'mine'] as const,
  workspace: (slug: string, id: string) => ['delegations', slug, 'workspace', id] as const,
  tasks: (slug: string, id: string) => ['delegations', slug, 'tasks', id] as const,
};

export function usePublicDelegations(slug: string) {
  return useQuery({
    queryKey: delegationKeys.publicList(slug),
    queryFn: () => api.get<PublicDelegationList>(path(slug)),
  });
}

export function usePublicDelegation(slug: string, id: string) {
  return useQuery({
    queryKey: delegationKeys.publicOne(slug, id),
    queryFn: () => api.get<PublicDelegationDetail>(path(slug, `/${encodeURIComponent(id)}`)),
  });
}

export function useOverview(slug: string) {
  return useQuery({
    queryKey: delegationKeys.overview(slug),
    queryFn: () => api.get<DelegationOverview>(path(slug, '/overview')),
  });
}

export function useMyDelegation(slug: string, isEnabled: boolean) {
  return useQuery({
    queryKey: delegationKeys.mine(slug),
    queryFn: () => api.get<{ delegationId: string }>(path(slug, '/mine')),
    enabled: isEnabled,
    retry: false,
  });
}

export function useWorkspace(slug: string, id: string | undefined) {
  return useQuery({
    queryKey: delegationKeys.workspace(slug, id ?? ''),
    queryFn: () => api.get<DelegationWorkspace>(path(slug, `/${encodeURIComponent(id ?? '')}/workspace`)),
    enabled: Boolean(id),
  });
}

/** A staff write: the overview it answers replaces the cached one; the public pages refetch. */
function useStaffMutation<I, O>(slug: string, send: (input: I) => Promise<O>, answersOverview = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (answer: O) => {
      if (answersOverview) queryClient.setQueryData(delegationKeys.overview(slug), answer);
      void queryClient.invalidateQueries({ queryKey: delegationKeys.all(slug) });
    },
  });
}

export const useCreateInvited = (slug: string) =>
  useStaffMutation(slug, () => api.post<{ created: number }>(path(slug, '/invited')));

export const useCreateDelegation = (slug: string) =>
  useStaffMutation(slug, (input: CreateDelegationInput) => api.post(path(slug), input));

export const useUpdateSettings = (slug: string) =>
  useStaffMutation(
    slug,
    (input: UpdateDelegationSettingsInput) => api.put<DelegationOverview>(path(slug, '/settings'), input),
    true,
  );

export const useReorder = (slug: string) =>
  useStaffMutation(slug, (ids: string[]) => api.put<DelegationOverview>(path(slug, '/speaking-order'), { ids }), true);

export const useRestoreProtocol = (slug: string) =>
  useStaffMutation(slug, () => api.delete<DelegationOverview>(path(slug, '/speaking-order')), true);

export const useInviteFocalPoint = (slug: string) =>
  useStaffMutation(slug, ({ id, ...input }: InviteFocalPointInput & { id: string }) =>
    api.post<{ name: string; email: string }>(path(slug, `/${encodeURIComponent(id)}/focal-points`), input),
  );

/** A write to one delegation: its answer is the new workspace. */
function useWorkspaceMutation<I>(slug: string, id: string, send: (input: I) => Promise<DelegationWorkspace>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (workspace) => {
      queryClient.setQueryData(delegationKeys.workspace(slug, id), workspace);
      void queryClient.invalidateQueries({ queryKey: delegationKeys.publicList(slug) });
      void queryClient.invalidateQueries({ queryKey: delegationKeys.overview(slug) });
    },
  });
}

const one = (slug: string, id: string, rest: string) => path(slug, `/${encodeURIComponent(id)}${rest}`);

export const useChooseTheme = (slug: string, id: string) =>
  useWorkspaceMutation(slug, id, (themeId: string) =>
    api.put<DelegationWorkspace>(one(slug, id, '/theme'), { themeId }),
  );

export const useSubmitStatement = (slug: string, id: string) =>
  useWorkspaceMutation(slug, id, (input: SubmitStatementInput) =>
    api.put<DelegationWorkspace>(one(slug, id, '/statement'), input),
  );

export const useEndorseMember = (slug: string, id: string) =>
  useWorkspaceMutation(slug, id, (input: EndorseMemberInput) =>
    api.post<DelegationWorkspace>(one(slug, id, '/members'), input),
  );

export const useRemoveMember = (slug: string, id: string) =>
  useWorkspaceMutation(slug, id, (memberId: string) =>
    api.delete<DelegationWorkspace>(one(slug, id, `/members/${encodeURIComponent(memberId)}`)),
  );

/** The delegation's open tasks and deadlines, across the statement, the outcome and the commitments. */
export function useDelegationTasks(slug: string, id: string) {
  return useQuery({
    queryKey: delegationKeys.tasks(slug, id),
    queryFn: () => api.get<DelegationTasks>(path(slug, `/${encodeURIComponent(id)}/tasks`)),
  });
}
