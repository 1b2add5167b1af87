/**
 * One log (public or moderation) of one session on one node: its clients, the frames it sent
 * them, and what a resuming client missed.
 */
import type { ServerResponse } from 'node:http';
import type { LiveChannel } from '../../../shared/live.js';
import type { Db } from '../../core/db/db.js';
import { eventText } from '../../core/http/sse.js';
import * as repo from './live.repo.js';

/** The frames a node keeps of each log: for clients that join while it broadcasts, and for resumes. */
const RECENT_FRAMES = 1024;
/**
 * Clients written to before the node turns to its other work (the database's replies, requests)
 * and back: ten thousand writes at once would hold every question's transaction, whose live row
 * lock orders the log, for as long as they take.
 */
const WRITE_SLICE = 100;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
/** A client further behind than this gets a fresh snapshot instead of the replay. */
export const REPLAY_LIMIT = 500;
/**
 * A resume is answered from the node's own frames when they hold every missed message and the
 * oldest of them went out this recently; otherwise from the database. Bounded in time because an
 * erasure rewrites the messages in the database, not the frames a node already sent.
 */
const RESUME_FROM_MEMORY_MS = 60_000;

export interface Client {
  res: ServerResponse;
  /** The last sequence this client was sent. */
  sent: number;
}

/** One log (public or moderation) of one session on this node. */
export interface Log {
  /** The clients written to as messages arrive. */
  clients: Set<Client>;
  /** Clients being caught up, not yet among `clients`: while there are any the log stays read. */
  joining: number;
  /** The last sequence this node has read and sent. */
  position: number;
  /** The frames it sent last, in order and without gaps, each with when it went out. */
  recent: { seq: number; bytes: Buffer; at: number }[];
  reading: Promise<void> | null;
  again: boolean;
}

export const emptyLog = (): Log => ({
  clients: new Set(),
  joining: 0,
  position: 0,
  recent: [],
  reading: null,
  again: false,
});

/** Nobody on this node follows the log, nor is about to: its messages need not be read. */
export const isIdle = (entry: Log) => entry.clients.size === 0 && entry.joining === 0 && entry.reading === null;

/**
 * What a resuming client missed up to this node's position, from the frames the node sent, in
 * one buffer: null unless they hold every one of them and went out within RESUME_FROM_MEMORY_MS.
 * Synchronous, so nothing can be sent between this and the client's joining the log.
 */
export function remembered(entry: Log, after: number): Buffer | null {
  if (after > entry.position) return null;
  if (after === entry.position) return Buffer.alloc(0);
  const oldest = entry.recent[0];
  if (!oldest || oldest.seq > after + 1) return null;
  const missing = entry.recent.slice(after + 1 - oldest.seq);
  if (missing[0]?.seq !== after + 1 || missing.at(-1)?.seq !== entry.position) return null;
  if (missing[0].at < Date.now() - RESUME_FROM_MEMORY_MS) return null;
  return Buffer.concat(missing.map((f) => f.bytes));
}

/** What a resuming client missed, from the database: null when it is too far behind (or ahead). */
export async function missed(db: Db, entry: Log, sessionId: string, channel: LiveChannel, after: number) {
  const rows = await repo.readMessages(db, sessionId, channel, after, REPLAY_LIMIT + 1);
  if (rows.length > REPLAY_LIMIT) return null;
  // The log holds at least what this node has read: a client not past that is not ahead of the log.
  if (after <= entry.position) return rows;
  const live = await repo.findLiveSession(db, sessionId);
  const current = channel === 'public' ? (live?.publicSeq ?? 0) : (live?.moderationSeq ?? 0);
  return after > current ? null : rows;
}

export const frame = (seq: number | null, event: string, data: string) => Buffer.from(eventText(seq, event, data));
/** Several messages as one write: one call and one buffer per client, however many arrived together. */
export const framesOf = (rows: repo.MessageRow[]) =>
  Buffer.from(rows.map((row) => eventText(row.seq, row.event, row.data)).join(''));

export const write = (client: Client, bytes: Buffer) => {
  if (!client.res.destroyed && !client.res.writableEnded) client.res.write(bytes);
};

/**
 * Sends the messages just read (in order, following the log's position) to every client of the
 * log: all of them in one buffer, the same for every client; a client that has some already
 * (resumed from the database past this node's position) gets the rest one by one. The log's
 * position and frames move first: a client joining while the writes go on, WRITE_SLICE at a
 * time, is caught up from the frames and is not among those written to here.
 */
export async function deliver(entry: Log, rows: repo.MessageRow[]) {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return;
  const at = Date.now();
  const frames = rows.map((row) => ({ seq: row.seq, bytes: frame(row.seq, row.event, row.data), at }));
  entry.recent.push(...frames);
  if (entry.recent.length > RECENT_FRAMES) entry.recent.splice(0, entry.recent.length - RECENT_FRAMES);
  entry.position = last.seq;
  const all =
    frames.length === 1 ? (frames[0] as (typeof frames)[number]).bytes : Buffer.concat(frames.map((f) => f.bytes));
  const clients = [...entry.clients];
  for (let i = 0; i < clients.length; i++) {
    if (i > 0 && i % WRITE_SLICE === 0) await nextTurn();
    const client = clients[i] as Client;
    if (client.sent >= last.seq) continue;
    if (client.sent < first.seq) write(client, all);
    else for (const f of frames) if (f.seq > client.sent) write(client, f.bytes);
    client.sent = last.seq;
  }
}
