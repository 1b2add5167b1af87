import type { FastifyInstance } from 'fastify';

export interface Drain {
  /** True from the stop signal on: `/readyz` says so, and every answer closes its connection. */
  readonly isDraining: boolean;
  /**
   * Stops taking connections and closes the idle keep-alive ones at once; requests under way
   * finish and are answered with `Connection: close`. Resolves when the last connection has
   * ended, or after `boundMs`, when whatever is left is cut (resolves false then).
   */
  stop(boundMs: number): Promise<boolean>;
}

/**
 * A node leaving a load balancer's pool. Without this, a connection busy when the signal came
 * stayed open after its answer for the keep-alive timeout (72 s), and the proxy kept sending
 * requests on it to a node that was going away.
 */
export function registerDrain(app: FastifyInstance): Drain {
  let isDraining = false;
  app.addHook('onSend', async (_request, reply, payload) => {
    if (isDraining) reply.header('connection', 'close');
    return payload;
  });

  return {
    get isDraining() {
      return isDraining;
    },
    async stop(boundMs) {
      isDraining = true;
      let timer: NodeJS.Timeout | undefined;
      const cut = new Promise<false>((resolve) => {
        timer = setTimeout(() => {
          app.server.closeAllConnections();
          resolve(false);
        }, boundMs);
      });
      // Fastify ends the streams (preClose), stops listening and closes idle sockets; the server's
      // close waits for the sockets still answering, which close after their answer.
      const closed = app.close().then(() => true);
      app.server.closeIdleConnections();
      try {
        return await Promise.race([closed, cut]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
