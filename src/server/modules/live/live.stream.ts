import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { LIVE_CHANNELS, LIVE_EVENTS, type LiveChannel, type LiveSnapshot } from '../../../shared/live.js';
import type { Bus } from '../../core/bus/bus.js';
import { pollWhileDown } from '../../core/bus/watch.js';
import type { Db } from '../../core/db/db.js';
import { eventText, startEventStream } from '../../core/http/sse.js';
import * as repo from './live.repo.js';
import { type LiveNotice, liveBusChannel } from './live.service.js';
import { createTallies } from './live.tallies.js';

const HEARTBEAT_MS = 15_000;
/** Without the bus, a write on another node goes unheard: the logs are read this often instead. */
const POLL_WITHOUT_BUS_MS = 2000;
/** A client further behind than this gets a fresh snapshot instead of the replay. */
export const REPLAY_LIMIT = 500;
/** The frames a node keeps of each log: for clients that join while it broadcasts, and for resumes. */
const RECENT_FRAMES = 1024;
/**
 * A resume is answered from the node's own frames when they hold every missed message and the
 * oldest of them went out this recently; otherwise from the database. Bounded in time because an
 * erasure rewrites the messages in the database, not the frames a node already sent.
 */
const RESUME_FROM_MEMORY_MS = 60_000;
const READ_BATCH = 500;
/**
 * Clients written to before the node turns to its other work (the database's replies, requests)
 * and back: ten thousand writes at once would hold every question's transaction, whose live row
 * lock orders the log, for as long as they take.
 */
const WRITE_SLICE = 100;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

interface Client {
  res: ServerResponse;
  /** The last sequence this client was sent. */
  sent: number;
}

interface Log {
  clients: Set<Client>;
  /** The last sequence this node has read and sent. */
  position: number;
  /** The frames it sent last, in order and without gaps, each with when it went out. */
  recent: { seq: number; bytes: Buffer; at: number }[];
  reading: Promise<void> | null;
  again: boolean;
}

interface Hub {
  logs: Record<LiveChannel, Log>;
  ready: Promise<void>;
  unsubscribe: Promise<() => Promise<void>>;
  tallies: ReturnType<typeof createTallies>;
}

const frame = (seq: number | null, event: string, data: string) => Buffer.from(eventText(seq, event, data));
/** Several messages as one write: one call and one buffer per client, however many arrived together. */
const framesOf = (rows: repo.MessageRow[]) =>
  Buffer.from(rows.map((row) => eventText(row.seq, row.event, row.data)).join(''));

export interface OpenOptions {
  sessionId: string;
  channel: LiveChannel;
  /** The last sequence the client saw (Last-Event-ID), or null for a fresh start. */
  lastEventId: number | null;
  snapshot: () => Promise<LiveSnapshot>;
}

/**
 * A node's live streams. Per session one bus subscription; a notice "log X reached N" makes the
 * node read the new messages once and write the same bytes to each of its clients of that log.
 * A client resuming from a sequence gets exactly the messages after it, once and in order (or,
 * too far behind, a snapshot, and it is told which). Tallies are state, not history: coalesced.
 */
export function createLiveStreams({ db, bus, log }: { db: Db; bus: Bus; log: FastifyBaseLogger }) {
  const hubs = new Map<string, Hub>();
  let heartbeat: NodeJS.Timeout | null = null;
  let stopPolling: (() => void) | null = null;

  const write = (client: Client, bytes: Buffer) => {
    if (!client.res.destroyed && !client.res.writableEnded) client.res.write(bytes);
  };

  /**
   * Sends the messages just read (in order, following the log's position) to every client of the
   * log: all of them in one buffer, the same for every client; a client that has some already
   * (resumed from the database past this node's position) gets the rest one by one. The log's
   * position and frames move first: a client joining while the writes go on, WRITE_SLICE at a
   * time, is caught up from the frames and is not among those written to here.
   */
  async function deliver(entry: Log, rows: repo.MessageRow[]) {
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

  /** Reads and sends what the log holds past this node's position; one read at a time, again if asked meanwhile. */
  function readOn(sessionId: string, channel: LiveChannel) {
    const entry = hubs.get(sessionId)?.logs[channel];
    if (!entry) return;
    if (entry.reading) {
      entry.again = true;
      return;
    }
    entry.reading = (async () => {
      do {
        entry.again = false;
        const rows = await repo.readMessages(db, sessionId, channel, entry.position, READ_BATCH);
        await deliver(entry, rows);
        if (rows.length === READ_BATCH) entry.again = true;
      } while (entry.again);
    })()
      .catch((err: unknown) => log.warn({ err }, 'live: messages not read'))
      .finally(() => {
        entry.reading = null;
      });
  }

  function onNotice(sessionId: string, message: string) {
    let notice: LiveNotice;
    try {
      notice = JSON.parse(message) as LiveNotice;
    } catch {
      return log.warn('live: unreadable bus message');
    }
    const hub = hubs.get(sessionId);
    if ('votes' in notice) return hub?.tallies.votesChanged();
    if ('poll' in notice) return hub?.tallies.pollChanged(notice.poll, notice.isPublic);
    const entry = hub?.logs[notice.channel];
    if (entry && notice.seq > entry.position) readOn(sessionId, notice.channel);
  }

  function hubOf(sessionId: string): Hub {
    const existing = hubs.get(sessionId);
    if (existing) return existing;
    const emptyLog = (): Log => ({ clients: new Set(), position: 0, recent: [], reading: null, again: false });
    const logs = { public: emptyLog(), moderation: emptyLog() };
    const broadcast = (channel: LiveChannel, bytes: Buffer) => {
      for (const client of logs[channel].clients) write(client, bytes);
    };
    const hub: Hub = {
      logs,
      unsubscribe: bus.subscribe(liveBusChannel(sessionId), (message) => onNotice(sessionId, message)),
      ready: Promise.resolve(),
      tallies: createTallies({ db, log, sessionId, broadcast }),
    };
    // Subscribed first, then the positions read: a message between the two is read on its notice.
    hub.ready = hub.unsubscribe.then(async () => {
      const live = await repo.findLiveSession(db, sessionId);
      hub.logs.public.position = live?.publicSeq ?? 0;
      hub.logs.moderation.position = live?.moderationSeq ?? 0;
      await hub.tallies.start();
    });
    hubs.set(sessionId, hub);
    startTimers();
    return hub;
  }

  function startTimers() {
    heartbeat ??= setInterval(() => {
      const bytes = Buffer.from(': heartbeat\n\n');
      for (const hub of hubs.values())
        for (const entry of Object.values(hub.logs)) for (const c of entry.clients) write(c, bytes);
    }, HEARTBEAT_MS);
    heartbeat.unref();
    stopPolling ??= pollWhileDown(bus, POLL_WITHOUT_BUS_MS, () => {
      for (const [sessionId, hub] of hubs) {
        for (const channel of LIVE_CHANNELS) readOn(sessionId, channel);
        hub.tallies.votesChanged();
      }
    });
  }

  async function leave(sessionId: string, hub: Hub, channel: LiveChannel, client: Client) {
    hub.logs[channel].clients.delete(client);
    if (LIVE_CHANNELS.some((each) => hub.logs[each].clients.size > 0) || hubs.get(sessionId) !== hub) return;
    hubs.delete(sessionId);
    hub.tallies.stop();
    await (await hub.unsubscribe)();
    if (hubs.size === 0) {
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
      stopPolling?.();
      stopPolling = null;
    }
  }

  /**
   * What a resuming client missed up to this node's position, from the frames the node sent, in
   * one buffer: null unless they hold every one of them and went out within RESUME_FROM_MEMORY_MS.
   * Synchronous, so nothing can be sent between this and the client's joining the log.
   */
  function remembered(entry: Log, after: number): Buffer | null {
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
  async function missed(entry: Log, sessionId: string, channel: LiveChannel, after: number) {
    const rows = await repo.readMessages(db, sessionId, channel, after, REPLAY_LIMIT + 1);
    if (rows.length > REPLAY_LIMIT) return null;
    // The log holds at least what this node has read: a client not past that is not ahead of the log.
    if (after <= entry.position) return rows;
    const live = await repo.findLiveSession(db, sessionId);
    const current = channel === 'public' ? (live?.publicSeq ?? 0) : (live?.moderationSeq ?? 0);
    return after > current ? null : rows;
  }

  /** Streams one log to one client until it goes away. */
  async function open(res: ServerResponse, options: OpenOptions) {
    const { sessionId, channel, lastEventId } = options;
    startEventStream(res);
    const hub = hubOf(sessionId);
    const entry = hub.logs[channel];
    const client: Client = { res, sent: 0 };
    res.on('close', () => {
      leave(sessionId, hub, channel, client).catch((err: unknown) =>
        log.warn({ err }, 'live: stream not closed cleanly'),
      );
    });
    try {
      await hub.ready;
      const fromMemory = lastEventId === null ? null : remembered(entry, lastEventId);
      if (fromMemory && lastEventId !== null) {
        // Served at once from the node's frames: the client joins the log in the same turn.
        if (res.destroyed) return;
        const to = entry.position;
        write(client, frame(null, LIVE_EVENTS.resumed, JSON.stringify({ recovered: true, from: lastEventId, to })));
        if (fromMemory.length > 0) write(client, fromMemory);
        write(client, hub.tallies.current(channel));
        client.sent = to;
        entry.clients.add(client);
        return;
      }
      const replay = lastEventId === null ? null : await missed(entry, sessionId, channel, lastEventId);
      if (replay && lastEventId !== null) {
        client.sent = lastEventId;
        const to = Math.max(lastEventId, replay.at(-1)?.seq ?? 0, entry.position);
        write(client, frame(null, LIVE_EVENTS.resumed, JSON.stringify({ recovered: true, from: lastEventId, to })));
        if (replay.length > 0) write(client, framesOf(replay));
        client.sent = Math.max(client.sent, replay.at(-1)?.seq ?? client.sent);
        write(client, hub.tallies.current(channel));
      } else {
        const snapshot = await options.snapshot();
        write(client, frame(snapshot.seq, LIVE_EVENTS.snapshot, JSON.stringify({ recovered: false, ...snapshot })));
        client.sent = snapshot.seq;
      }
    } catch (err) {
      log.warn({ err }, 'live: stream not started');
      res.end();
      return;
    }
    if (res.destroyed) return;
    // What this node sent while the client was being caught up.
    const oldest = entry.recent[0]?.seq ?? entry.position + 1;
    if (entry.position > client.sent && oldest > client.sent + 1) {
      // Too much went by meanwhile for the node's memory: start again from the database.
      res.end();
      return;
    }
    for (const recent of entry.recent) if (recent.seq > client.sent) write(client, recent.bytes);
    client.sent = Math.max(client.sent, entry.position);
    entry.clients.add(client);
  }

  function closeAll() {
    for (const hub of hubs.values())
      for (const entry of Object.values(hub.logs))
        for (const client of entry.clients) client.res.end('retry: 1000\n\n');
  }

  /** This node's open streams per session, both logs' together: what it reports for attendance. */
  function viewerCounts() {
    const counts = new Map<string, number>();
    for (const [sessionId, hub] of hubs)
      counts.set(sessionId, hub.logs.public.clients.size + hub.logs.moderation.clients.size);
    return counts;
  }

  return { open, closeAll, viewerCounts };
}
