import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { PLATFORM_POLICY } from '../../../shared/policies.js';
import type { AppContext } from './context.js';
import { sendProblem } from './problems.js';

/** /healthz and /readyz for load balancers, public and cheap; /metrics for the operator only. */
export function registerOperations(app: FastifyInstance, ctx: AppContext) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });

  app.addHook('onResponse', async (request, reply) => {
    latency.observe(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  const hide = { schema: { hide: true }, config: { access: PLATFORM_POLICY.probe } };
  app.get('/healthz', hide, async () => ({ status: 'ok' }));

  app.get('/readyz', hide, async (_request, reply) => {
    // A stopping node leaves the pool first: the balancer's check sends new clients elsewhere.
    if (ctx.drain.isDraining) return sendProblem(reply, 'ready.stopping', 'This node is shutting down.');
    try {
      await ctx.database.ping();
    } catch {
      return sendProblem(reply, 'ready.database_unreachable', 'The database does not answer.');
    }
    if (!(await ctx.database.isCurrent())) {
      return sendProblem(
        reply,
        'ready.migrations_pending',
        'The database schema is behind this build; run `pendopo migrate`.',
      );
    }
    return { status: 'ready', database: ctx.database.kind, bus: ctx.bus.kind };
  });

  const operatorOnly = { schema: { hide: true }, config: { access: PLATFORM_POLICY.readMetrics } };
  app.get('/metrics', operatorOnly, async (_request, reply) => {
    reply.header('content-type', registry.contentType);
    return registry.metrics();
  });
}
