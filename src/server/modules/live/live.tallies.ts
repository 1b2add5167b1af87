import type { FastifyBaseLogger } from 'fastify';
import { LIVE_CHANNELS, LIVE_EVENTS, type LiveChannel } from '../../../shared/live.js';
import type { Db } from '../../core/db/db.js';
import { eventText } from '../../core/http/sse.js';
import * as repo from './live.repo.js';
import { PUBLIC_STATUSES } from './live.view.js';
import { countPollVotes } from './polls/polls.repo.js';

/** Tallies go out at most this often per session: they are state, so the latest is all a client needs. */
const TALLY_EVERY_MS = 250;

/** An SSE frame with no id: tallies are not part of the log a client resumes. */
export const tallyFrame = (event: string, body: unknown) => Buffer.from(eventText(null, event, JSON.stringify(body)));

export type Broadcast = (channel: LiveChannel, bytes: Buffer) => void;

/**
 * One session's vote tallies and poll results on this node: a notice that they changed
 * (from any node) is answered, at most every TALLY_EVERY_MS, by one read and one frame per
 * audience of what changed since the last.
 */
export function createTallies(options: { db: Db; log: FastifyBaseLogger; sessionId: string; broadcast: Broadcast }) {
  const { db, log, sessionId, broadcast } = options;
  const votes = new Map<string, { votes: number; isPublic: boolean }>();
  const pendingPolls = new Map<string, boolean>();
  /** `current`'s frame per audience, made once per change of the votes: every resume sends it. */
  const currentFrames = new Map<LiveChannel, Buffer>();
  let timer: NodeJS.Timeout | null = null;
  let areVotesDue = false;

  /** The questions whose votes changed since the last read, per audience. */
  async function readVotes() {
    const changed: Record<LiveChannel, Record<string, number>> = { public: {}, moderation: {} };
    for (const row of await repo.listTallies(db, sessionId)) {
      const isPublic = PUBLIC_STATUSES.includes(row.status);
      const before = votes.get(row.id);
      votes.set(row.id, { votes: row.votes, isPublic });
      if (before?.votes === row.votes && before.isPublic === isPublic) continue;
      currentFrames.clear();
      if (before?.votes === row.votes) continue;
      changed.moderation[row.id] = row.votes;
      if (isPublic) changed.public[row.id] = row.votes;
    }
    return changed;
  }

  async function flush() {
    if (areVotesDue) {
      areVotesDue = false;
      const changed = await readVotes();
      for (const channel of LIVE_CHANNELS)
        if (Object.keys(changed[channel]).length > 0)
          broadcast(channel, tallyFrame(LIVE_EVENTS.votes, changed[channel]));
    }
    const polls = [...pendingPolls];
    pendingPolls.clear();
    for (const [pollId, isPublic] of polls) {
      const bytes = tallyFrame(LIVE_EVENTS.pollTally, { pollId, ...(await countPollVotes(db, pollId)) });
      broadcast('moderation', bytes);
      if (isPublic) broadcast('public', bytes);
    }
  }

  function schedule() {
    timer ??= setTimeout(() => {
      timer = null;
      flush().catch((err: unknown) => log.warn({ err }, 'live: tallies not read'));
    }, TALLY_EVERY_MS);
  }

  return {
    /** The first read, before the first client joins. */
    start: () => readVotes().then(() => undefined),
    votesChanged() {
      areVotesDue = true;
      schedule();
    },
    pollChanged(pollId: string, isPublic: boolean) {
      pendingPolls.set(pollId, isPublic);
      schedule();
    },
    /** Every question's votes as the audience may see them: sent after a resume's replay. */
    current(channel: LiveChannel) {
      const cached = currentFrames.get(channel);
      if (cached) return cached;
      const counts: Record<string, number> = {};
      for (const [id, tally] of votes) if (channel === 'moderation' || tally.isPublic) counts[id] = tally.votes;
      const bytes = tallyFrame(LIVE_EVENTS.votes, counts);
      currentFrames.set(channel, bytes);
      return bytes;
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
