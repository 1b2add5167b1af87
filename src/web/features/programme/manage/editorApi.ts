import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProgrammeChange, ProgrammeDraft, SessionInput, SpeakerInput } from '../../../../shared/programme.js';
import { api, eventApiPath } from '../../../lib/api.js';
import { eventKeys } from '../../events/index.js';
import { programmeKeys } from '../api.js';

/** The organizers' working copy, with what publishing it would change. */
export function useDraft(slug: string) {
  return useQuery({
    queryKey: programmeKeys.draft(slug),
    queryFn: () => api.get<ProgrammeDraft>(eventApiPath(slug, '/programme/draft')),
  });
}

/** A write to the draft: afterwards the draft (and its pending changes) and the audit log are read again. */
function useDraftWrite<T, R>(slug: string, write: (value: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: eventKeys.audit(slug) });
      await queryClient.invalidateQueries({ queryKey: programmeKeys.draft(slug) });
    },
  });
}

const item = (slug: string, kind: 'sessions' | 'speakers', id: string) =>
  eventApiPath(slug, `/${kind}/${encodeURIComponent(id)}`);

export const useSaveSession = (slug: string) =>
  useDraftWrite(slug, ({ id, input }: { id: string | null; input: SessionInput }) =>
    id
      ? api.patch<void>(item(slug, 'sessions', id), input).then(() => ({ id }))
      : api.post<{ id: string }>(eventApiPath(slug, '/sessions'), input),
  );

export const useDeleteSession = (slug: string) =>
  useDraftWrite(slug, (id: string) => api.delete<void>(item(slug, 'sessions', id)));

export const useSaveSpeaker = (slug: string) =>
  useDraftWrite(slug, ({ id, input }: { id: string | null; input: SpeakerInput }) =>
    id
      ? api.patch<void>(item(slug, 'speakers', id), input).then(() => ({ id }))
      : api.post<{ id: string }>(eventApiPath(slug, '/speakers'), input),
  );

export const useDeleteSpeaker = (slug: string) =>
  useDraftWrite(slug, (id: string) => api.delete<void>(item(slug, 'speakers', id)));

/** The server checks the image by its bytes and resizes it; its refusal names the field `photo`. */
export const useUploadPhoto = (slug: string) =>
  useDraftWrite(slug, ({ id, file }: { id: string; file: File }) =>
    api.putFile<void>(`${item(slug, 'speakers', id)}/photo`, file),
  );

export const useRemovePhoto = (slug: string) =>
  useDraftWrite(slug, (id: string) => api.delete<void>(`${item(slug, 'speakers', id)}/photo`));

export function usePublish(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.post<{ version: number; changes: ProgrammeChange[] }>(eventApiPath(slug, '/programme/publish')),
    onSuccess: async () => {
      void queryClient.invalidateQueries({ queryKey: programmeKeys.all(slug) });
      void queryClient.invalidateQueries({ queryKey: programmeKeys.changes(slug) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.audit(slug) });
      await queryClient.invalidateQueries({ queryKey: programmeKeys.draft(slug) });
    },
  });
}
