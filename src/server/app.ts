import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { Redis } from 'ioredis';
import type { Config } from './config.js';
import { authRoutes } from './core/auth/auth.routes.js';
import type { Bus } from './core/bus/bus.js';
import type { Database } from './core/db/db.js';
import type { AppContext } from './core/http/context.js';
import type { ModuleManifest } from './core/http/module.js';
import { registerOperations } from './core/http/operations.js';
import { registerProblemHandlers, sendFrameworkProblem, writeClientProblem } from './core/http/problems.js';
import { registerSessions } from './core/http/session.js';
import { registerWeb } from './core/http/web.js';
import { mailRoutes } from './core/mail/mail.routes.js';
import { delegationsModule } from './modules/delegations/index.js';
import { eventsModule } from './modules/events/index.js';
import { programmeModule } from './modules/programme/index.js';
import { registrationModule } from './modules/registration/index.js';
import { scheduleModule } from './modules/schedule/index.js';

export const MODULES: ModuleManifest[] = [
  eventsModule,
  registrationModule,
  programmeModule,
  delegationsModule,
  scheduleModule,
];

const BODY_LIMIT = 256 * 1024;

export interface AppDeps {
  config: Config;
  database: Database;
  bus: Bus;
}

export async function buildApp({ config, database, bus }: AppDeps): Promise<{ app: FastifyInstance; ctx: AppContext }> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      // Personal data stays out of the logs: no cookies, no bodies, no query strings with tokens.
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      serializers: {
        // A secret agenda feed's address is a key to someone's agenda: its token stays out too.
        req: (req: { method: string; url: string }) => ({
          method: req.method,
          url: req.url.split('?')[0]?.replace(/\/agenda\/[^/]*\.ics$/, '/agenda/[token].ics'),
        }),
      },
    },
    bodyLimit: BODY_LIMIT,
    trustProxy: true,
    return503OnClosing: true,
    frameworkErrors: sendFrameworkProblem,
    clientErrorHandler: writeClientProblem,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: AppContext = { config, database, db: database.db, bus, log: app.log };

  registerProblemHandlers(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: null,
      },
    },
  });
  // Several nodes count in one Redis; the plugin does not close the client it is given, so the app does.
  const rateLimitRedis = config.redisUrl
    ? new Redis(config.redisUrl, { connectTimeout: 2000, maxRetriesPerRequest: 1 })
    : null;
  if (rateLimitRedis) app.addHook('onClose', async () => void rateLimitRedis.disconnect());
  await app.register(fastifyRateLimit, { global: false, ...(rateLimitRedis ? { redis: rateLimitRedis } : {}) });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Pendopo API', version: '0.1.0', description: 'Hybrid international conferences.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pendopo_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerOperations(app, ctx);
  registerSessions(app, ctx);
  authRoutes(app, ctx);
  mailRoutes(app, ctx);
  for (const module of MODULES) module.routes(app, ctx);
  await registerWeb(app);
  return { app, ctx };
}
