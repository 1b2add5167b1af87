import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { PLATFORM_POLICY } from '../shared/policies.js';
import type { RenderPage } from '../shared/ssr.js';
import type { Config } from './config.js';
import { authRoutes } from './core/auth/auth.routes.js';
import type { Bus } from './core/bus/bus.js';
import { logBusNotices } from './core/bus/watch.js';
import type { Database } from './core/db/db.js';
import { createScrubber, type ScrubTiming } from './core/db/scrub.js';
import { addErasureStep } from './core/erasure.js';
import { type DeclaredRoute, registerAccess } from './core/http/access.js';
import { registerCompression } from './core/http/compression.js';
import type { AppContext } from './core/http/context.js';
import { type Drain, registerDrain } from './core/http/drain.js';
import type { ModuleManifest } from './core/http/module.js';
import { registerOperations } from './core/http/operations.js';
import { registerProblemHandlers, sendFrameworkProblem, writeClientProblem } from './core/http/problems.js';
import { registerRateLimits } from './core/http/rate-limits.js';
import { registerSessions } from './core/http/session.js';
import { registerWeb } from './core/http/web.js';
import { loggerOptions } from './core/log/logging.js';
import { mailRoutes } from './core/mail/mail.routes.js';
import { checkinModule } from './modules/checkin/index.js';
import { commitmentsModule } from './modules/commitments/index.js';
import { dashboardModule } from './modules/dashboard/index.js';
import { delegationsModule } from './modules/delegations/index.js';
import { eventSlugs } from './modules/events/events.service.js';
import { eventsModule } from './modules/events/index.js';
import { liveModule } from './modules/live/index.js';
import { outcomeModule } from './modules/outcome/index.js';
import { programmeModule } from './modules/programme/index.js';
import { registrationModule } from './modules/registration/index.js';
import { findSessionRegistration } from './modules/registration/self.service.js';
import { scheduleModule } from './modules/schedule/index.js';

export const MODULES: ModuleManifest[] = [
  eventsModule,
  registrationModule,
  checkinModule,
  programmeModule,
  delegationsModule,
  scheduleModule,
  liveModule,
  outcomeModule,
  commitmentsModule,
  dashboardModule,
];

const BODY_LIMIT = 256 * 1024;

export interface AppDeps {
  config: Config;
  database: Database;
  bus: Bus;
  /** Where the log lines go (standard output unless a test reads them). */
  logStream?: { write(line: string): void };
  /** When erasures are rewritten out of the files (tests wait for `ctx.scrub.flush()` instead). */
  scrubTiming?: ScrubTiming;
  /** The built browser app (dist/web unless a test brings its own). */
  webDir?: string;
  /** The server rendering of the public pages (dist/ssr beside webDir unless a test brings the source's). */
  renderPage?: RenderPage;
}

export async function buildApp({
  config,
  database,
  bus,
  scrubTiming,
  logStream,
  webDir,
  renderPage,
}: AppDeps): Promise<{ app: FastifyInstance; ctx: AppContext; routes: DeclaredRoute[]; drain: Drain }> {
  const trust = config.trustProxy;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStream),
    bodyLimit: BODY_LIMIT,
    // X-Forwarded-For only from the proxies TRUST_PROXY names: anyone else could forge it to lift the limits.
    // A hop count as Fastify takes it at run time (its types want the function): the nth entry from the right.
    trustProxy: typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust,
    // A request that reaches a stopping node on an open connection is answered (with Connection: close),
    // not refused: the proxy would not resend a POST that got a 503.
    return503OnClosing: false,
    frameworkErrors: sendFrameworkProblem,
    clientErrorHandler: writeClientProblem,
  }).withTypeProvider<ZodTypeProvider>();
  // Before any route: each declares who may call it, and the declaration is enforced.
  const routes = registerAccess(app, { metricsToken: config.metricsToken });
  const drain = registerDrain(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const stopBusLog = logBusNotices(bus, app.log);
  app.addHook('onClose', async () => stopBusLog());

  const scrub = createScrubber({ database, log: app.log, ...scrubTiming });
  // Erased data must not outlive a stop in the files: a pending rewrite runs before the database closes.
  app.addHook('onClose', async () => {
    await scrub.flush();
  });

  registerProblemHandlers(app);
  registerCompression(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'"],
        // The timetable places sessions with style attributes (grid lines as custom properties); in a page
        // the server rendered they arrive in the HTML, not through the DOM. Style elements stay refused.
        styleSrcAttr: ["'unsafe-inline'"],
        // A session's streams and caption tracks live on the organizers' media servers (https); hls.js fetches
        // their playlists and segments and plays them through blob: URLs.
        connectSrc: ["'self'", 'https:'],
        mediaSrc: ["'self'", 'blob:', 'https:'],
        // The video hosts whose players a session may embed.
        frameSrc: ['https://www.youtube-nocookie.com', 'https://www.youtube.com', 'https://player.vimeo.com'],
        upgradeInsecureRequests: null,
      },
    },
  });
  const limits = await registerRateLimits(app, config);
  // Sessions learn the events' slugs and the personal links' registrations from the modules that own them.
  const directory = { eventSlugs, registrationOfSession: findSessionRegistration };
  const ctx: AppContext = { config, database, db: database.db, bus, log: app.log, scrub, limits, drain, directory };
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Pendopo API', version: '0.1.0', description: 'Hybrid international conferences.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'pendopo_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: PLATFORM_POLICY.readApi } }, async () =>
    app.swagger(),
  );

  registerOperations(app, ctx);
  registerSessions(app, ctx);
  authRoutes(app, ctx);
  mailRoutes(app, ctx);
  for (const module of MODULES) {
    module.routes(app, ctx);
    if (module.onErase) addErasureStep(module.onErase);
  }
  await registerWeb(app, webDir, renderPage);
  return { app, ctx, routes, drain };
}
