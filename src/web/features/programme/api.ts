import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Agenda, changelogSchema, PublishedProgramme } from '../../../shared/programme.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { api, eventApiPath } from '../../lib/api.js';
import { useAccount } from '../../lib/session.js';

export const programmeKeys = {
  all: (slug: string) => ['programme', slug] as const,
  published: (slug: string) => ['programme', slug, 'published'] as const,
  changes: (slug: string) => ['programme', slug, 'changes'] as const,
  agenda: (slug: string) => ['programme', slug, 'agenda'] as const,
  /** The organizers' working copy: under the event's organizer-area keys, which a change of roles renews. */
  draft: (slug: string) => ['manage', slug, 'programme-draft'] as const,
};

export type ChangelogVersion = z.infer<typeof changelogSchema>['versions'][number];

/** The published programme: what every public page of the programme reads. */
export function useProgramme(slug: string) {
  return useQuery({
    queryKey: programmeKeys.published(slug),
    queryFn: () => api.get<PublishedProgramme>(eventApiPath(slug, '/programme')),
  });
}

export function useChangelog(slug: string) {
  return useQuery({
    queryKey: programmeKeys.changes(slug),
    queryFn: async () =>
      (await api.get<{ versions: ChangelogVersion[] }>(eventApiPath(slug, '/programme/changes'))).versions,
  });
}

/** The signed-in person's agenda; nothing is asked while nobody is signed in. */
export function useAgenda(slug: string) {
  const account = useAccount();
  return useQuery({
    queryKey: programmeKeys.agenda(slug),
    queryFn: () => api.get<Agenda>(eventApiPath(slug, '/agenda')),
    enabled: account !== null,
  });
}

const agendaItemPath = (slug: string, sessionId: string) =>
  eventApiPath(slug, `/agenda/${encodeURIComponent(sessionId)}`);

/** Adds a session to the agenda or takes it off; the server answers with the agenda as it now is. */
export function useToggleAgenda(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ sessionId, isAdding }: { sessionId: string; isAdding: boolean }) =>
      isAdding
        ? api.put<Agenda>(agendaItemPath(slug, sessionId), undefined)
        : api.delete<Agenda>(agendaItemPath(slug, sessionId)),
    onSuccess: (agenda) => queryClient.setQueryData(programmeKeys.agenda(slug), agenda),
  });
}

/** A new secret address for the agenda's calendar feed; the old one stops working. */
export function useRenewFeed(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Agenda>(eventApiPath(slug, '/agenda/feed')),
    onSuccess: (agenda) => queryClient.setQueryData(programmeKeys.agenda(slug), agenda),
  });
}

/** The exports speak the reader's language: `?lang=id` in Indonesian. */
function withLanguage(path: string): string {
  const language = currentLanguage();
  return language === 'en' ? path : `${path}?lang=${language}`;
}

const eventPath = (slug: string) => `/events/${encodeURIComponent(slug)}`;

export const exportPaths = {
  ics: (slug: string) => withLanguage(`${eventPath(slug)}/schedule.ics`),
  xml: (slug: string) => withLanguage(`${eventPath(slug)}/schedule.xml`),
  json: (slug: string) => withLanguage(`${eventPath(slug)}/schedule.json`),
  session: (slug: string, id: string) => withLanguage(`${eventPath(slug)}/sessions/${encodeURIComponent(id)}.ics`),
};

export const pagePaths = {
  programme: (slug: string) => pagePath('programme', { slug }),
  changes: (slug: string) => pagePath('programmeChanges', { slug }),
  session: (slug: string, id: string) => pagePath('session', { slug, id }),
  speaker: (slug: string, id: string) => pagePath('speaker', { slug, id }),
  agenda: (slug: string) => pagePath('agenda', { slug }),
  delegations: (slug: string) => pagePath('delegations', { slug }),
};
