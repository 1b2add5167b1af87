import { type Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** One Server-Sent Events message as a client reads it. */
export interface SseMessage {
  id: number | null;
  event: string;
  data: unknown;
}

export interface SseStream {
  response: IncomingMessage;
  /** Every message so far, in order. */
  messages: SseMessage[];
  /** Resolves with the first message (after those already taken) that matches. */
  next(matches?: (message: SseMessage) => boolean): Promise<SseMessage>;
  /** The messages that carried an id, so far. */
  ids(): number[];
  close(): void;
  /** Resolves when the server ends the response. */
  ended: Promise<void>;
}

/** Parses one frame's lines (`id:`, `event:`, `data:`); comments and `retry:` give nothing. */
export function parseFrame(frame: string): SseMessage | null {
  let id: number | null = null;
  let event = 'message';
  const data: string[] = [];
  for (const line of frame.split('\n')) {
    const [field, ...rest] = line.split(': ');
    const value = rest.join(': ');
    if (field === 'id') id = Number(value);
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length ? { id, event, data: JSON.parse(data.join('\n')) } : null;
}

/**
 * Opens a stream over real HTTP (inject cannot stream); headers such as cookie and last-event-id pass as given.
 * An https URL (a proxy's TLS port) is opened over TLS, with `agent` when given (one that accepts the test's certificate).
 */
export function openSse(
  url: string,
  headers: Record<string, string> = {},
  { agent }: { agent?: Agent } = {},
): Promise<SseStream> {
  const send = new URL(url).protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, { agent, headers: { accept: 'text/event-stream', ...headers } }, (response) => {
      const messages: SseMessage[] = [];
      const waiters: (() => void)[] = [];
      let buffer = '';
      let taken = 0;
      response.setEncoding('utf8');
      const ended = new Promise<void>((done) => response.on('close', done));
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const message = parseFrame(buffer.slice(0, end));
          if (message) messages.push(message);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
        for (const wake of waiters.splice(0)) wake();
      });
      const next: SseStream['next'] = (matches = () => true) =>
        new Promise((found) => {
          const look = () => {
            while (taken < messages.length) {
              const message = messages[taken++] as SseMessage;
              if (matches(message)) return found(message);
            }
            waiters.push(look);
          };
          look();
        });
      resolve({
        response,
        messages,
        next,
        ids: () => messages.flatMap((m) => (m.id === null ? [] : [m.id])),
        close: () => request.destroy(),
        ended,
      });
    });
    request.on('error', reject);
    request.end();
  });
}
