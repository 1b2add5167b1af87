import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Access } from '../../../shared/access.js';
import type { AppContext } from './context.js';

export type TypedApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A module's manifest: everything app.ts needs to mount it. */
export interface ModuleManifest {
  name: string;
  routes: (app: TypedApp, ctx: AppContext) => void;
  /** Background work, started by `serve` only; returns its stop function. */
  jobs?: (ctx: AppContext) => Promise<() => Promise<void>>;
  /** Who may do what (src/shared/policies.ts): each route names one of these in `config.access`. */
  policy: Record<string, Access>;
}

/** Per-route rate limit for endpoints that invite guessing or flooding. */
export const strictRateLimit = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });
