// A share of the live fan-out bench's clients (bench/live-fanout.ts), in a process of its own so
// that the clients do not run on the node's event loop nor on the bench's. Each client is one
// connection from its own loopback source address (`localAddress`), never a forged header:
//   - `sse`: a plain HTTP/1.1 GET of the stream over node:net, de-chunked and split into frames
//     here (no EventSource polyfill: the bench must not be what limits the node);
//   - `socket.io`: socket.io-client 4.8.4 over its WebSocket transport.
// Each client checks its own sequence (every id once, in order: no gap, no duplicate) and times
// each question from the send time the publisher wrote into its text ("@T<ms>@<phase>@").
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type Socket as IoSocket, io } from 'socket.io-client';

export type ClientKind = 'sse' | 'socket.io';

export interface ClientSpec {
  /** The client's number across all workers. */
  index: number;
  /** Its loopback source address. */
  from: string;
  port: number;
  /** The stream's path (SSE). */
  path: string;
}

/** What the parent sends. */
export type WorkerCommand = { id: number } & (
  | { type: 'init'; kind: ClientKind; clients: ClientSpec[]; concurrency: number }
  | { type: 'connect'; indices?: number[]; resume: boolean; spreadMs?: number }
  | { type: 'drop'; indices: number[] }
  | { type: 'report' }
  | { type: 'close' }
);

/** Latencies in 0.1 ms steps up to 1 s, then in 10 ms steps up to 10 minutes; the last bucket holds the rest. */
export const BUCKETS = 10_000 + 59_900;
export const bucketOf = (ms: number) =>
  ms < 1000 ? Math.max(0, Math.floor(ms * 10)) : Math.min(BUCKETS, 10_000 + Math.floor((ms - 1000) / 10));
/** The upper edge of a bucket, in ms. */
export const bucketEdge = (bucket: number) => (bucket < 10_000 ? (bucket + 1) / 10 : 1000 + (bucket - 9_999) * 10);

export interface PhaseReport {
  deliveries: number;
  /** Sparse histogram: [bucket, count] pairs; bucket BUCKETS holds everything beyond. */
  histogram: [number, number][];
  max: number;
  firstReceived: number;
  lastReceived: number;
}

export interface WorkerReport {
  type: 'report';
  clients: number;
  /** Per phase named in the messages' text. */
  phases: Record<string, PhaseReport>;
  /** Each client's first sequence (its snapshot's) and its last. */
  starts: Record<string, number>;
  lasts: Record<string, number>;
  /** Messages with an id a client received, replays included, per client (by index). */
  received: Record<string, number>;
  duplicates: number;
  clientsWithDuplicates: number;
  gaps: number;
  clientsWithGaps: number;
  /** A resume answered with a snapshot instead of the missed messages. */
  snapshotsOnResume: number;
  resumes: number;
  replayed: number;
  /** Milliseconds from a resuming client's connect to its last missed message. */
  catchUpMs: number[];
  /** Connections that ended or failed while they should have stayed open. */
  unexpectedCloses: number;
  errors: Record<string, number>;
}

export type WorkerReply =
  | { type: 'ready' }
  | {
      type: 'connected';
      ok: number;
      failed: number;
      gaveUp: number;
      ms: number;
      /** Each connect's time to its first message (snapshot or resumed), ms. */
      firstMs: number[];
      errors: Record<string, number>;
    }
  | { type: 'dropped' }
  | WorkerReport;

interface Client {
  spec: ClientSpec;
  /** The last sequence received; -1 before the first. */
  last: number;
  start: number;
  received: number;
  duplicates: number;
  gaps: number;
  snapshots: number;
  resumes: number;
  /** While resuming: the `to` of the resume; messages up to it are the replay. */
  catchUpTo: number | null;
  resumeStartedAt: number;
  socket: Socket | null;
  io: IoSocket | null;
  closing: boolean;
  // The raw HTTP reader's state.
  isHeadRead: boolean;
  isChunked: boolean;
  pending: string;
  body: string;
  dataLeft: number;
  crlfLeft: number;
  onFirst: ((error?: Error) => void) | null;
}

const now = () => performance.timeOrigin + performance.now();
/** What the stream's `retry:` tells a browser to wait before it reconnects. */
const RETRY_MS = 3000;
const RESUME_ATTEMPTS = 5;

const histograms = new Map<string, { counts: Uint32Array; n: number; max: number; first: number; last: number }>();
let replayed = 0;
let snapshotsOnResume = 0;
let unexpectedCloses = 0;
const catchUpMs: number[] = [];
const errors: Record<string, number> = {};
const countError = (code: string) => {
  errors[code] = (errors[code] ?? 0) + 1;
};

function record(phase: string, latency: number, at: number) {
  let h = histograms.get(phase);
  if (!h) {
    h = { counts: new Uint32Array(BUCKETS + 1), n: 0, max: 0, first: at, last: at };
    histograms.set(phase, h);
  }
  const bucket = bucketOf(latency);
  h.counts[bucket] = (h.counts[bucket] ?? 0) + 1;
  h.n++;
  if (latency > h.max) h.max = latency;
  if (at < h.first) h.first = at;
  if (at > h.last) h.last = at;
}

/** A message with a sequence: checked against the client's last, timed unless it is a replay. */
function onMessage(c: Client, seq: number, text: string | null, at: number) {
  if (seq <= c.last) {
    c.duplicates++;
    return;
  }
  if (seq > c.last + 1) c.gaps += seq - c.last - 1;
  c.last = seq;
  c.received++;
  if (c.catchUpTo !== null) {
    replayed++;
    if (seq >= c.catchUpTo) {
      catchUpMs.push(at - c.resumeStartedAt);
      c.catchUpTo = null;
    }
    return;
  }
  if (text === null) return;
  const mark = text.indexOf('@T');
  if (mark < 0) return;
  const end = text.indexOf('@', mark + 2);
  const phaseEnd = text.indexOf('@', end + 1);
  const sentAt = Number(text.slice(mark + 2, end));
  record(text.slice(end + 1, phaseEnd), at - sentAt, at);
}

function onFrame(c: Client, frame: string, at: number) {
  if (frame.startsWith(':') || frame.startsWith('retry:')) return;
  let p = 0;
  let id = -1;
  if (frame.startsWith('id: ')) {
    const eol = frame.indexOf('\n');
    id = Number(frame.slice(4, eol));
    p = eol + 1;
  }
  let event = 'message';
  if (frame.startsWith('event: ', p)) {
    const eol = frame.indexOf('\n', p);
    event = frame.slice(p + 7, eol);
    p = eol + 1;
  }
  if (event === 'snapshot') {
    c.snapshots++;
    if (c.last >= 0) {
      // A resume must replay what was missed; a snapshot here breaks the sequence check, so say so.
      snapshotsOnResume++;
      c.catchUpTo = null;
    } else {
      c.start = id;
    }
    c.last = id;
    c.onFirst?.();
    c.onFirst = null;
    return;
  }
  if (event === 'resumed') {
    c.resumes++;
    const data = JSON.parse(frame.slice(frame.indexOf('data: ', p) + 6)) as { to: number };
    c.catchUpTo = data.to > c.last ? data.to : null;
    if (c.catchUpTo === null) catchUpMs.push(at - c.resumeStartedAt);
    c.onFirst?.();
    c.onFirst = null;
    return;
  }
  if (id < 0) return;
  onMessage(c, id, event === 'question' ? frame.slice(p) : null, at);
}

/** Reads the raw HTTP answer: the head once, then the chunked body, split into SSE frames. */
function onData(c: Client, chunk: Buffer) {
  const at = now();
  let s = c.pending.length > 0 ? c.pending + chunk.toString('latin1') : chunk.toString('latin1');
  if (!c.isHeadRead) {
    const end = s.indexOf('\r\n\r\n');
    if (end < 0) {
      c.pending = s;
      return;
    }
    const status = Number(s.slice(9, 12));
    if (status !== 200) {
      c.onFirst?.(new Error(`HTTP ${status}`));
      c.onFirst = null;
      c.closing = true;
      c.socket?.destroy();
      return;
    }
    c.isChunked = /\r\ntransfer-encoding: *chunked/i.test(s.slice(0, end));
    c.isHeadRead = true;
    s = s.slice(end + 4);
  }
  let body = c.body;
  if (c.isChunked) {
    let i = 0;
    while (i < s.length) {
      if (c.dataLeft > 0) {
        const take = Math.min(c.dataLeft, s.length - i);
        body += s.slice(i, i + take);
        i += take;
        c.dataLeft -= take;
        if (c.dataLeft === 0) c.crlfLeft = 2;
        continue;
      }
      if (c.crlfLeft > 0) {
        const take = Math.min(c.crlfLeft, s.length - i);
        i += take;
        c.crlfLeft -= take;
        continue;
      }
      const eol = s.indexOf('\r\n', i);
      if (eol < 0) break;
      const size = Number.parseInt(s.slice(i, eol), 16);
      i = eol + 2;
      if (size === 0) break;
      c.dataLeft = size;
    }
    c.pending = s.slice(i);
  } else {
    body += s;
    c.pending = '';
  }
  let end = body.indexOf('\n\n');
  while (end >= 0) {
    onFrame(c, body.slice(0, end), at);
    body = body.slice(end + 2);
    end = body.indexOf('\n\n');
  }
  c.body = body;
}

function openSse(c: Client, lastEventId: number | null): Promise<void> {
  return new Promise((resolve, reject) => {
    c.isHeadRead = false;
    c.isChunked = false;
    c.pending = '';
    c.body = '';
    c.dataLeft = 0;
    c.crlfLeft = 0;
    c.closing = false;
    c.onFirst = (error) => (error ? reject(error) : resolve());
    const socket = connect({ host: '127.0.0.1', port: c.spec.port, localAddress: c.spec.from });
    c.socket = socket;
    socket.setNoDelay(true);
    socket.on('connect', () => {
      const resume = lastEventId === null ? '' : `Last-Event-ID: ${lastEventId}\r\n`;
      socket.write(
        `GET ${c.spec.path} HTTP/1.1\r\nHost: 127.0.0.1:${c.spec.port}\r\nAccept: text/event-stream\r\n${resume}\r\n`,
      );
    });
    socket.on('data', (chunk: Buffer) => onData(c, chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      countError(error.code ?? error.message);
      // A connect that failed is counted as failed, not again as a stream that went away.
      if (c.onFirst) c.closing = true;
      c.onFirst?.(error);
      c.onFirst = null;
    });
    socket.on('close', () => {
      if (c.onFirst) {
        c.closing = true;
        c.onFirst(new Error('closed before the first message'));
        c.onFirst = null;
      } else if (!c.closing) {
        unexpectedCloses++;
      }
    });
  });
}

function openSocketIo(c: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    c.closing = false;
    c.onFirst = (error) => (error ? reject(error) : resolve());
    // `localAddress` is passed on to the `ws` client (engine.io-client's Node transport); its types omit it.
    const options = {
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: 60_000,
      localAddress: c.spec.from,
    } as Parameters<typeof io>[1];
    const socket = io(`http://127.0.0.1:${c.spec.port}`, options);
    c.io = socket;
    socket.on('hello', (message: { seq: number }) => {
      c.start = message.seq;
      c.last = message.seq;
      c.onFirst?.();
      c.onFirst = null;
    });
    socket.on('question', (message: { seq: number; text: string }) => onMessage(c, message.seq, message.text, now()));
    socket.on('connect_error', (error: Error) => {
      countError(`connect_error ${error.message}`);
      c.onFirst?.(error);
      c.onFirst = null;
    });
    socket.on('disconnect', () => {
      if (!c.closing) unexpectedCloses++;
    });
  });
}

let kind: ClientKind = 'sse';
let concurrency = 100;
const clients = new Map<number, Client>();

/**
 * Opens the given clients: at most `concurrency` at a time, or (spreadMs) each at its own moment
 * spread evenly over that window, as browsers coming back after a drop; how many opened, how fast.
 */
async function connectAll(indices: number[], resume: boolean, spreadMs?: number) {
  const started = now();
  let ok = 0;
  /** Attempts that failed; `gaveUp`: clients that never opened. */
  let failed = 0;
  let gaveUp = 0;
  const firstMs: number[] = [];
  const errorsBefore = { ...errors };
  const one = async (c: Client) => {
    c.resumeStartedAt = now();
    // A resume that fails is tried again after the stream's `retry:` (3 s), as EventSource does.
    for (let attempt = 0; attempt < (resume ? RESUME_ATTEMPTS : 1); attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      try {
        if (kind === 'sse') await openSse(c, resume ? c.last : null);
        else await openSocketIo(c);
        firstMs.push(now() - c.resumeStartedAt);
        ok++;
        return;
      } catch (error) {
        failed++;
        countError((error as Error).message);
      }
    }
    gaveUp++;
  };
  const all = indices.map((index) => clients.get(index) as Client);
  if (spreadMs !== undefined) {
    await Promise.all(
      all.map(async (c, k) => {
        await new Promise((resolve) => setTimeout(resolve, (k * spreadMs) / all.length));
        await one(c);
      }),
    );
  } else {
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(concurrency, all.length) }, async () => {
        while (next < all.length) await one(all[next++] as Client);
      }),
    );
  }
  const newErrors: Record<string, number> = {};
  for (const [code, n] of Object.entries(errors)) if (n !== (errorsBefore[code] ?? 0)) newErrors[code] = n;
  return { ok, failed, gaveUp, ms: now() - started, firstMs, errors: newErrors };
}

function drop(c: Client) {
  c.closing = true;
  c.socket?.destroy();
  c.socket = null;
  c.io?.close();
  c.io = null;
}

function report(): WorkerReport {
  const phases: Record<string, PhaseReport> = {};
  for (const [name, h] of histograms) {
    const histogram: [number, number][] = [];
    for (let i = 0; i <= BUCKETS; i++) if (h.counts[i]) histogram.push([i, h.counts[i] as number]);
    phases[name] = { deliveries: h.n, histogram, max: h.max, firstReceived: h.first, lastReceived: h.last };
  }
  const starts: Record<string, number> = {};
  const lasts: Record<string, number> = {};
  const received: Record<string, number> = {};
  let duplicates = 0;
  let clientsWithDuplicates = 0;
  let gaps = 0;
  let clientsWithGaps = 0;
  let resumes = 0;
  for (const [index, c] of clients) {
    starts[index] = c.start;
    lasts[index] = c.last;
    received[index] = c.received;
    duplicates += c.duplicates;
    if (c.duplicates) clientsWithDuplicates++;
    gaps += c.gaps;
    if (c.gaps) clientsWithGaps++;
    resumes += c.resumes;
  }
  return {
    type: 'report',
    clients: clients.size,
    phases,
    starts,
    lasts,
    received,
    duplicates,
    clientsWithDuplicates,
    gaps,
    clientsWithGaps,
    snapshotsOnResume,
    resumes,
    replayed,
    catchUpMs,
    unexpectedCloses,
    errors,
  };
}

process.on('message', (command: WorkerCommand) => {
  // Each answer names its command: a report may be asked for while a connect is under way.
  const reply = (message: WorkerReply) => process.send?.({ ...message, id: command.id });
  switch (command.type) {
    case 'init':
      kind = command.kind;
      concurrency = command.concurrency;
      for (const spec of command.clients) {
        clients.set(spec.index, {
          spec,
          last: -1,
          start: -1,
          received: 0,
          duplicates: 0,
          gaps: 0,
          snapshots: 0,
          resumes: 0,
          catchUpTo: null,
          resumeStartedAt: 0,
          socket: null,
          io: null,
          closing: false,
          isHeadRead: false,
          isChunked: false,
          pending: '',
          body: '',
          dataLeft: 0,
          crlfLeft: 0,
          onFirst: null,
        });
      }
      return reply({ type: 'ready' });
    case 'connect':
      void connectAll(command.indices ?? [...clients.keys()], command.resume, command.spreadMs).then((result) =>
        reply({ type: 'connected', ...result }),
      );
      return;
    case 'drop':
      for (const index of command.indices) {
        const c = clients.get(index);
        if (c) drop(c);
      }
      return reply({ type: 'dropped' });
    case 'report':
      return reply(report());
    case 'close':
      for (const c of clients.values()) drop(c);
      reply({ type: 'dropped' });
      setTimeout(() => process.exit(0), 200);
      return;
  }
});
// The parent gone (killed, failed): so are its clients.
process.on('disconnect', () => process.exit(0));
