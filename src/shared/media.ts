/**
 * The run-time values of the live contract that the browser needs: this module imports
 * nothing, so the live page and the session page do not pull zod into their bundles.
 * The schemas (src/shared/live.ts, programme.ts) build on these.
 */

/**
 * What a session's media entry is: `video` an HLS stream (.m3u8) or a file the browser plays,
 * `audio` the channel's sound alone (for a weak connection), `embed` a video host's player
 * (YouTube, Vimeo), `link` a meeting tool or any page opened apart, `captions` a WebVTT track.
 */
export const STREAM_KINDS = ['video', 'audio', 'embed', 'link', 'captions'] as const;
export type StreamKind = (typeof STREAM_KINDS)[number];

const EMBED_HOSTS = /^https:\/\/(www\.)?(youtube\.com|youtube-nocookie\.com|youtu\.be|player\.vimeo\.com|vimeo\.com)\//;

/** A stream's kind as given, or as its address says: .m3u8 and media files are video, .vtt captions, video hosts embeds. */
export function streamKind(stream: { kind?: string | undefined; url: string }): StreamKind {
  if (stream.kind && (STREAM_KINDS as readonly string[]).includes(stream.kind)) return stream.kind as StreamKind;
  const path = stream.url.split(/[?#]/)[0] ?? '';
  if (/\.vtt$/i.test(path)) return 'captions';
  if (/\.(m3u8|mp4|webm)$/i.test(path)) return 'video';
  if (/\.(mp3|m4a|aac|ogg|opus)$/i.test(path)) return 'audio';
  return EMBED_HOSTS.test(stream.url) ? 'embed' : 'link';
}

/** What a person watches or listens to (captions ride along with those). */
export const watchable = <T extends { kind?: string | undefined; url: string }>(streams: readonly T[]) =>
  streams.filter((stream) => streamKind(stream) !== 'captions');

/** The kinds of message in a session's live logs, as SSE `event:` names. */
export const LIVE_EVENTS = {
  /** The whole view (the first message, or after a gap too long to replay). */
  snapshot: 'snapshot',
  /** Sent first on a resume: what follows are the missed messages, each once and in order. */
  resumed: 'resumed',
  /** A question as it now stands (asked, approved, answered). */
  question: 'question',
  /** A question no longer shown (rejected: the public stops seeing it). */
  questionRemoved: 'question.removed',
  /** The question on the room's screen changed (or none). */
  screen: 'screen',
  /** The session's live settings or status changed. */
  settings: 'settings',
  /** Vote tallies that changed, coalesced to a few a second; carries no id, as it is state, not history. */
  votes: 'votes',
  /** A poll opened or closed (with its results where the audience may see them). */
  poll: 'poll',
  /** A poll's results as they now stand, coalesced like the votes. */
  pollTally: 'poll.tally',
} as const;

export const QUESTION_MAX_LENGTH = 500;
/** Questions one registrant may ask per minute in one event. */
export const QUESTIONS_PER_MINUTE = 5;
