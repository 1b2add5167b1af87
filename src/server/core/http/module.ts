import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Access } from '../../../shared/access.js';
import type { EventView } from '../../../shared/events.js';
import type { Actor } from '../auth/actor.js';
import type { Db } from '../db/db.js';
import type { ErasureStep } from '../erasure.js';
import type { MailTemplate } from '../mail/templates.js';
import type { AppContext } from './context.js';

export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/**
 * A module's manifest (its `index.ts`): its routes, who may call them, its background
 * jobs, its mails and its part of the demo. app.ts mounts the manifests in MODULES order;
 * docs/architecture.md says what each part is for.
 */
export interface ModuleManifest {
  name: string;
  routes: (app: TypedApp, ctx: AppContext) => void;
  /** Background work, started by `serve` only; returns its stop function. */
  jobs?: (ctx: AppContext) => Promise<() => Promise<void>>;
  /** Who may do what (src/shared/policies.ts): each route names one of these in `config.access`. */
  policy: Record<string, Access>;
  /** The mails the module sends (`<module>.mails.ts`): each is checked to render in every language. */
  mails?: readonly MailTemplate[];
  /** What the module erases of its own when registrations are erased (the askers' names in the live logs). */
  onErase?: ErasureStep;
  /** The module's part of the demo event, seeded through its own services (so audited and within the rules). */
  seed?: (demo: DemoSeed) => Promise<void>;
}

/** What a module's demo seed gets: the event (made by the events module), its organizer, the demo file. */
export interface DemoSeed {
  db: Db;
  /** The demo organizer: what the seed does is audited as theirs. */
  actor: Actor;
  event: EventView;
  /** The demo file (demo/icdd-2021.json): each module reads and checks its own part. */
  data: Readonly<Record<string, unknown>>;
  /** Fewer invented registrants than the file's, for tests that need the event and not the crowd. */
  registrants?: number | undefined;
}

/** Per-route rate limit for endpoints that invite guessing or flooding. */
export const strictRateLimit = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });
