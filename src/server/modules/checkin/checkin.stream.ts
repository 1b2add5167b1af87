import type { ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { CHECK_IN_COUNT_EVENT, type CheckInSummary } from '../../../shared/checkin.js';
import type { Bus } from '../../core/bus/bus.js';
import { pollWhileDown } from '../../core/bus/watch.js';
import type { Db } from '../../core/db/db.js';
import { eventText, startEventStream } from '../../core/http/sse.js';
import { countCheckIns } from '../registration/attendees.service.js';
import { checkInChannel } from './checkin.service.js';

const HEARTBEAT_MS = 15_000;
/** A rush at the door gives many notices a second; the counts go out at most this often. */
const COALESCE_MS = 200;
/** Without the bus a check-in on another node goes unheard: the counts are read this often instead. */
const POLL_WITHOUT_BUS_MS = 2000;

interface EventStreams {
  clients: Set<ServerResponse>;
  unsubscribe: Promise<() => Promise<void>>;
  pending: NodeJS.Timeout | null;
}

const frame = (counts: CheckInSummary) => eventText(null, CHECK_IN_COUNT_EVENT, JSON.stringify(counts));

/**
 * The live check-in counts of this node's open streams. One bus subscription per
 * event, whichever node the check-in happened on; on a notice the node reads the
 * count from the database once (no transaction) and writes the same bytes to
 * every stream of that event. While the bus is down the node reads every couple of
 * seconds instead, and once more when it returns.
 */
export function createCheckInStreams({ db, bus, log }: { db: Db; bus: Bus; log: FastifyBaseLogger }) {
  const byEvent = new Map<string, EventStreams>();
  let heartbeat: NodeJS.Timeout | null = null;
  let stopPolling: (() => void) | null = null;

  const writeAll = (streams: EventStreams, bytes: string) => {
    for (const client of streams.clients) client.write(bytes);
  };

  async function broadcast(eventId: string) {
    const streams = byEvent.get(eventId);
    if (!streams || streams.clients.size === 0) return;
    writeAll(streams, frame(await countCheckIns(db, eventId)));
  }

  function onNotice(eventId: string) {
    const streams = byEvent.get(eventId);
    if (!streams || streams.pending) return;
    streams.pending = setTimeout(() => {
      streams.pending = null;
      broadcast(eventId).catch((err: unknown) => log.warn({ err }, 'check-in count not sent'));
    }, COALESCE_MS);
  }

  function startHeartbeat() {
    heartbeat ??= setInterval(() => {
      for (const streams of byEvent.values()) writeAll(streams, ': heartbeat\n\n');
    }, HEARTBEAT_MS);
    heartbeat.unref();
    stopPolling ??= pollWhileDown(bus, POLL_WITHOUT_BUS_MS, () => {
      for (const eventId of byEvent.keys()) onNotice(eventId);
    });
  }

  async function leave(eventId: string, client: ServerResponse) {
    const streams = byEvent.get(eventId);
    if (!streams?.clients.delete(client) || streams.clients.size > 0) return;
    byEvent.delete(eventId);
    if (streams.pending) clearTimeout(streams.pending);
    await (await streams.unsubscribe)();
    if (byEvent.size === 0 && heartbeat) {
      clearInterval(heartbeat);
      heartbeat = null;
      stopPolling?.();
      stopPolling = null;
    }
  }

  /** Streams the counts to one client until it goes away; the first event carries the counts at connect. */
  async function open(eventId: string, client: ServerResponse) {
    startEventStream(client);
    let streams = byEvent.get(eventId);
    if (!streams) {
      streams = {
        clients: new Set(),
        unsubscribe: bus.subscribe(checkInChannel(eventId), () => onNotice(eventId)),
        pending: null,
      };
      byEvent.set(eventId, streams);
    }
    streams.clients.add(client);
    client.on('close', () => {
      leave(eventId, client).catch((err: unknown) => log.warn({ err }, 'check-in stream not closed cleanly'));
    });
    startHeartbeat();
    try {
      // Subscribed before the first read: a check-in between the two still reaches this client.
      await streams.unsubscribe;
    } catch (err) {
      // No bus: end this event's streams; EventSource tries again in a moment.
      log.warn({ err }, 'check-in stream could not subscribe');
      if (byEvent.get(eventId) === streams) byEvent.delete(eventId);
      for (const each of streams.clients) each.end();
      return;
    }
    try {
      const counts = await countCheckIns(db, eventId);
      if (!client.destroyed) client.write(frame(counts));
    } catch (err) {
      log.warn({ err }, 'check-in count not read');
      client.end();
    }
  }

  /** Ends every stream: the node is shutting down, and clients reconnect elsewhere within a second. */
  function closeAll() {
    for (const streams of byEvent.values()) for (const client of streams.clients) client.end('retry: 1000\n\n');
  }

  return { open, closeAll };
}
