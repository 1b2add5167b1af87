import { type IncomingMessage, request } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { TestResponse } from './client.js';

/**
 * Real connections to a test node on 127.0.0.1, each from a loopback source address of its
 * choosing (127.0.0.2, 127.0.0.3, ...: Linux routes all of 127.0.0.0/8 to the loopback), so
 * the server sees distinct clients by their sockets, not by anything a header says.
 */
export async function listenOnLoopback(app: FastifyInstance) {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  const send = (method: 'GET' | 'POST', from: string, path: string, body: unknown, headers: Record<string, string>) =>
    new Promise<TestResponse>((resolve, reject) => {
      const payload = body === undefined ? '' : JSON.stringify(body);
      const outgoing = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method,
          localAddress: from,
          agent: false,
          headers: {
            ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
            ...headers,
          },
        },
        (incoming) => readResponse(incoming).then(resolve, reject),
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  const post = (from: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    send('POST', from, path, body, headers);
  const get = (from: string, path: string, headers: Record<string, string> = {}) =>
    send('GET', from, path, undefined, headers);
  return { port, post, get };
}

/** The whole answer of a real connection, as the in-process client gives it. */
export function readResponse(incoming: IncomingMessage): Promise<TestResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('error', reject);
    incoming.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let json: unknown = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        json = null;
      }
      resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: text, json });
    });
  });
}
