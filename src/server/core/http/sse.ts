import type { ServerResponse } from 'node:http';

/**
 * Starts a Server-Sent Events answer on a hijacked reply: never cached, never buffered by a
 * proxy (nginx reads `x-accel-buffering`), with the delay EventSource waits before it reconnects.
 */
export function startEventStream(res: ServerResponse, retryMs = 3000) {
  // The stream ends only with its connection, so it needs no chunked framing: each message goes
  // to the socket as it is, one buffer instead of three (Node keeps the header removed).
  res.removeHeader('transfer-encoding');
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'close',
    'x-content-type-options': 'nosniff',
    'x-accel-buffering': 'no',
  });
  res.write(`retry: ${retryMs}\n\n`);
}

/** One SSE message's text: its id when it has one (a log's sequence), its event name and its data. */
export const eventText = (id: number | null, event: string, data: string) =>
  `${id === null ? '' : `id: ${id}\n`}event: ${event}\ndata: ${data}\n\n`;
