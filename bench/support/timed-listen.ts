// A bench server's listening, with the server's own view of each request's time (Fastify's,
// from arrival to the answer written), to tell its work from the queueing before it.
import type { FastifyInstance } from 'fastify';

export async function listenTimed(app: FastifyInstance, digits = 0) {
  const times: number[] = [];
  app.addHook('onResponse', async (_request, reply) => {
    times.push(reply.elapsedTime);
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  /** p50, p99 and max in milliseconds since the last call. */
  const takeTimes = () => {
    const sorted = times.splice(0).sort((x, y) => x - y);
    const at = (q: number) => Number((sorted[Math.floor(q * (sorted.length - 1))] ?? 0).toFixed(digits));
    return { p50: at(0.5), p99: at(0.99), max: at(1) };
  };
  return { port, takeTimes };
}
