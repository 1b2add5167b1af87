import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LiveChannel,
  LiveNow,
  LiveSettings,
  LiveSettingsPatch,
  LiveSnapshot,
  ModerationAction,
  QuestionView,
} from '../../../shared/live.js';
import type { PollInput, PollResultsView, PollView } from '../../../shared/polls.js';
import { pagePath } from '../../../shared/routes.js';
import { api, eventApiPath } from '../../lib/api.js';

export const liveKeys = {
  snapshot: (slug: string, id: string, view: LiveChannel) => ['live', slug, id, view] as const,
  session: (slug: string, id: string) => ['live', slug, id] as const,
  polls: (slug: string, id: string) => ['live', slug, id, 'polls'] as const,
  now: (slug: string) => ['live', slug, 'now'] as const,
  /** Staff's: under the organizer area's keys, which a change of roles renews. */
  attendance: (slug: string) => ['manage', slug, 'attendance'] as const,
};

export const livePaths = {
  snapshot: (slug: string, id: string, view: LiveChannel) =>
    eventApiPath(slug, `/sessions/${encodeURIComponent(id)}/live${view === 'moderation' ? '?view=moderation' : ''}`),
  stream: (slug: string, id: string, view: LiveChannel) =>
    eventApiPath(
      slug,
      `/sessions/${encodeURIComponent(id)}/live/stream${view === 'moderation' ? '?view=moderation' : ''}`,
    ),
  page: (slug: string, id: string) => pagePath('live', { slug, id }),
  presenter: (slug: string, id: string) => pagePath('presenter', { slug, id }),
};

/** The session's live view; the stream (useLiveStream) keeps it current from then on. */
export function useLiveSnapshot(slug: string, id: string, view: LiveChannel, enabled = true) {
  return useQuery({
    queryKey: liveKeys.snapshot(slug, id, view),
    queryFn: () => api.get<LiveSnapshot>(livePaths.snapshot(slug, id, view)),
    enabled,
    // The stream keeps it current: no refetch on focus or remount.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

const upsert = (list: QuestionView[], question: QuestionView) => {
  const index = list.findIndex((q) => q.id === question.id);
  return index < 0 ? [question, ...list] : list.map((q) => (q.id === question.id ? question : q));
};

/** Applies one stream message to the view, as the server's snapshot would now show it. */
export function applyMessage(view: LiveSnapshot, event: string, data: unknown): LiveSnapshot {
  switch (event) {
    case 'question': {
      const question = data as QuestionView;
      const isMine = view.mine.some((q) => q.id === question.id);
      return {
        ...view,
        questions: upsert(view.questions, question),
        mine: isMine
          ? upsert(view.mine, { ...question, author: view.mine.find((q) => q.id === question.id)?.author ?? null })
          : view.mine,
      };
    }
    case 'question.removed': {
      const { id } = data as { id: string };
      return { ...view, questions: view.questions.filter((q) => q.id !== id) };
    }
    case 'screen':
      return { ...view, onScreen: (data as { questionId: string | null }).questionId };
    case 'settings': {
      const settings = data as LiveSettings;
      return { ...view, settings, mayAsk: view.mayAsk && settings.questionsOpen && settings.status !== 'ended' };
    }
    case 'votes': {
      const counts = data as Record<string, number>;
      const withVotes = (q: QuestionView) => (counts[q.id] === undefined ? q : { ...q, votes: counts[q.id] as number });
      return { ...view, questions: view.questions.map(withVotes), mine: view.mine.map(withVotes) };
    }
    case 'poll':
      return {
        ...view,
        poll: data as PollView,
        pollVote: view.poll?.id === (data as PollView).id ? view.pollVote : [],
      };
    case 'poll.tally': {
      const { pollId, ...tally } = data as PollResultsView & { pollId: string };
      return view.poll?.id === pollId ? { ...view, poll: { ...view.poll, tally } } : view;
    }
    default:
      return view;
  }
}

/** Where a mutation's answer lands: every cached view of the session is refetched (the stream brings the rest). */
const refresh = (queryClient: QueryClient, slug: string, id: string) =>
  queryClient.invalidateQueries({ queryKey: liveKeys.session(slug, id) });

export function useAsk(slug: string, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; anonymous: boolean }) =>
      api.post<{ id: string; status: string }>(
        eventApiPath(slug, `/sessions/${encodeURIComponent(id)}/questions`),
        body,
      ),
    onSuccess: () => refresh(queryClient, slug, id),
  });
}

export function useVote(slug: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ questionId, isAdding }: { questionId: string; isAdding: boolean }) => {
      const path = eventApiPath(slug, `/questions/${encodeURIComponent(questionId)}/vote`);
      return isAdding ? api.put<{ votes: number }>(path, undefined) : api.delete<{ votes: number }>(path);
    },
    onSuccess: (_answer, { questionId, isAdding }) => {
      queryClient.setQueryData<LiveSnapshot>(
        liveKeys.snapshot(slug, sessionId, 'public'),
        (view) =>
          view && {
            ...view,
            voted: isAdding ? [...new Set([...view.voted, questionId])] : view.voted.filter((v) => v !== questionId),
          },
      );
    },
  });
}

export function useModerate(slug: string) {
  return useMutation({
    mutationFn: ({ questionId, action }: { questionId: string; action: ModerationAction }) =>
      api.post(eventApiPath(slug, `/questions/${encodeURIComponent(questionId)}/moderation`), { action }),
  });
}

export function useLiveSettings(slug: string, sessionId: string) {
  return useMutation({
    mutationFn: (patch: LiveSettingsPatch) =>
      api.patch<LiveSettings>(eventApiPath(slug, `/sessions/${encodeURIComponent(sessionId)}/live`), patch),
  });
}

const sessionPath = (slug: string, sessionId: string, rest: string) =>
  eventApiPath(slug, `/sessions/${encodeURIComponent(sessionId)}${rest}`);
const pollPath = (slug: string, pollId: string, rest = '') =>
  eventApiPath(slug, `/polls/${encodeURIComponent(pollId)}${rest}`);
export const pollResultsPath = (slug: string, pollId: string) => pollPath(slug, pollId, '/results.csv');

/** Moderators: the session's polls, drafts included. */
export function usePolls(slug: string, sessionId: string, enabled: boolean) {
  return useQuery({
    queryKey: liveKeys.polls(slug, sessionId),
    queryFn: async () => (await api.get<{ polls: PollView[] }>(sessionPath(slug, sessionId, '/polls'))).polls,
    enabled,
  });
}

export function useCreatePoll(slug: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PollInput) => api.post<PollView>(sessionPath(slug, sessionId, '/polls'), input),
    onSuccess: () => refresh(queryClient, slug, sessionId),
  });
}

export function usePollAction(slug: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pollId, action }: { pollId: string; action: 'open' | 'close' | 'delete' }) =>
      action === 'delete'
        ? api.delete<null>(pollPath(slug, pollId))
        : api.post<PollView>(pollPath(slug, pollId, `/${action}`)),
    onSuccess: () => refresh(queryClient, slug, sessionId),
  });
}

export function usePollVote(slug: string, sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ pollId, optionIds }: { pollId: string; optionIds: string[] }) =>
      api.put<{ optionIds: string[] }>(pollPath(slug, pollId, '/vote'), { optionIds }),
    onSuccess: ({ optionIds }) =>
      queryClient.setQueryData<LiveSnapshot>(
        liveKeys.snapshot(slug, sessionId, 'public'),
        (view) => view && { ...view, pollVote: optionIds },
      ),
  });
}

/** The event's sessions live now and next; asked again each minute, as the clock moves on. */
export function useLiveNow(slug: string) {
  return useQuery({
    queryKey: liveKeys.now(slug),
    queryFn: () => api.get<LiveNow>(eventApiPath(slug, '/live')),
    refetchInterval: 60_000,
  });
}
