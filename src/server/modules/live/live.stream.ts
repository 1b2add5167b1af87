import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { LIVE_CHANNELS, LIVE_EVENTS, type LiveChannel, type LiveSnapshot } from '../../../shared/live.js';
import type { Bus } from '../../core/bus/bus.js';
import { pollWhileDown } from '../../core/bus/watch.js';
import type { Db } from '../../core/db/db.js';
import { startEventStream } from '../../core/http/sse.js';
import {
  type Client,
  deliver,
  emptyLog,
  frame,
  framesOf,
  isIdle,
  type Log,
  missed,
  remembered,
  write,
} from './live.log.js';
import * as repo from './live.repo.js';
import { type LiveNotice, liveBusChannel } from './live.service.js';
import { createTallies } from './live.tallies.js';

const HEARTBEAT_MS = 15_000;
/** Without the bus, a write on another node goes unheard: the logs are read this often instead. */
const POLL_WITHOUT_BUS_MS = 2000;
const READ_BATCH = 500;
/**
 * The public's snapshot for those not signed in is the same for all of them: made at most this
 * often per session and node, and not used after anything went out on the public log, so a crowd
 * arriving at once costs one read and one serialisation instead of one each.
 */
const SHARED_SNAPSHOT_MS = 1000;

type SnapshotFrame = { seq: number; bytes: Buffer };

interface Hub {
  logs: Record<LiveChannel, Log>;
  ready: Promise<void>;
  unsubscribe: Promise<() => Promise<void>>;
  tallies: ReturnType<typeof createTallies>;
  shared: { at: number; frame: Promise<SnapshotFrame> } | null;
}

export interface OpenOptions {
  sessionId: string;
  channel: LiveChannel;
  /** The last sequence the client saw (Last-Event-ID), or null for a fresh start. */
  lastEventId: number | null;
  snapshot: () => Promise<LiveSnapshot>;
  /** The snapshot is the same for every viewer like this one (the public, not signed in): shared. */
  isShared: boolean;
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

  /** Reads and sends what the log holds past this node's position; one read at a time, again if asked meanwhile. */
  function readOn(sessionId: string, channel: LiveChannel) {
    const hub = hubs.get(sessionId);
    const entry = hub?.logs[channel];
    if (!hub || !entry) return;
    if (entry.reading) {
      entry.again = true;
      return;
    }
    entry.reading = (async () => {
      do {
        entry.again = false;
        const rows = await repo.readMessages(db, sessionId, channel, entry.position, READ_BATCH);
        if (channel === 'public' && rows.length > 0) hub.shared = null;
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
    if (!entry || notice.seq <= entry.position) return;
    if (!isIdle(entry)) return readOn(sessionId, notice.channel);
    // Nobody here follows this log (often the moderators'): its position moves on unread, and
    // with a gap in its frames, a later resume is answered from the database.
    entry.position = notice.seq;
    entry.recent = [];
  }

  function hubOf(sessionId: string): Hub {
    const existing = hubs.get(sessionId);
    if (existing) return existing;
    const logs = { public: emptyLog(), moderation: emptyLog() };
    const broadcast = (channel: LiveChannel, bytes: Buffer) => {
      if (channel === 'public') hub.shared = null;
      for (const client of logs[channel].clients) write(client, bytes);
    };
    const hub: Hub = {
      logs,
      unsubscribe: bus.subscribe(liveBusChannel(sessionId), (message) => onNotice(sessionId, message)),
      ready: Promise.resolve(),
      tallies: createTallies({ db, log, sessionId, broadcast }),
      shared: null,
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
    if (LIVE_CHANNELS.some((each) => !isIdle(hub.logs[each])) || hubs.get(sessionId) !== hub) return;
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

  /** The snapshot frame for a client: the shared one while it is fresh, when the client may have it. */
  function snapshotFrame(hub: Hub, options: OpenOptions): Promise<SnapshotFrame> {
    const make = async () => {
      const snapshot = await options.snapshot();
      const data = JSON.stringify({ recovered: false, ...snapshot });
      return { seq: snapshot.seq, bytes: frame(snapshot.seq, LIVE_EVENTS.snapshot, data) };
    };
    if (!options.isShared) return make();
    if (hub.shared && hub.shared.at > Date.now() - SHARED_SNAPSHOT_MS) return hub.shared.frame;
    const shared = { at: Date.now(), frame: make() };
    hub.shared = shared;
    shared.frame.catch(() => {
      if (hub.shared === shared) hub.shared = null;
    });
    return shared.frame;
  }

  /** Streams one log to one client until it goes away. */
  async function open(res: ServerResponse, options: OpenOptions) {
    const { sessionId, channel, lastEventId } = options;
    startEventStream(res);
    const hub = hubOf(sessionId);
    const entry = hub.logs[channel];
    const client: Client = { res, sent: 0 };
    // Counted from now on, so the hub is not given up while this client is caught up.
    entry.joining++;
    let isJoining = true;
    const settle = () => {
      if (isJoining) entry.joining--;
      isJoining = false;
    };
    const join = () => {
      settle();
      entry.clients.add(client);
    };
    res.on('close', () => {
      settle();
      leave(sessionId, hub, channel, client).catch((err: unknown) =>
        log.warn({ err }, 'live: stream not closed cleanly'),
      );
    });
    const resumed = (to: number) =>
      frame(null, LIVE_EVENTS.resumed, JSON.stringify({ recovered: true, from: lastEventId, to }));
    try {
      await hub.ready;
      const fromMemory = lastEventId === null ? null : remembered(entry, lastEventId);
      if (fromMemory) {
        // Served at once from the node's frames: the client joins the log in the same turn.
        if (res.destroyed) return;
        write(client, resumed(entry.position));
        if (fromMemory.length > 0) write(client, fromMemory);
        write(client, hub.tallies.current(channel));
        client.sent = entry.position;
        return join();
      }
      const replay = lastEventId === null ? null : await missed(db, entry, sessionId, channel, lastEventId);
      if (replay && lastEventId !== null) {
        const last = replay.at(-1)?.seq ?? lastEventId;
        write(client, resumed(Math.max(last, entry.position)));
        if (replay.length > 0) write(client, framesOf(replay));
        client.sent = last;
      } else {
        const snapshot = await snapshotFrame(hub, options);
        write(client, snapshot.bytes);
        client.sent = snapshot.seq;
      }
      // The votes as this node knows them now: any tally that went out while the client was read for.
      write(client, hub.tallies.current(channel));
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
    join();
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
