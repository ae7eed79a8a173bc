import type { Config } from '../config.js';
import type { Sql } from '../db/sql.js';
import type { Logger } from '../logger.js';
import type { Actor } from '../auth/roles.js';
import { UnauthenticatedError } from '../shared/errors.js';
import type { Loaders } from './loaders.js';
import type { LiveFeed } from './live/event-queue.js';

/** Per-request state: created by the context factory, never shared between requests. */
export interface Context {
  requestId: string;
  sql: Sql;
  loaders: Loaders;
  actor: Actor | null;
  /** Why a presented token was refused, reported by any operation that needs a user. */
  authError: UnauthenticatedError | null;
  config: Config;
  logger: Logger;
  /** The client's IP address as express sees it (TRUST_PROXY decides whether proxies are believed); null if unknown. */
  clientAddress: string | null;
  /** What the access log records about the operation, filled in once Apollo has resolved it. */
  accessLog: {
    operationName: string | null;
    operationType: string | null;
    /** For a query the read cache could answer: whether it did (src/http/read-cache-plugin.ts). */
    readCache?: 'hit' | 'miss' | 'stale';
  };
  /** A subscription's source of events, on a WebSocket only (src/http/live-server.ts). */
  live?: LiveFeed;
}

/** The acting user, or the reason there is none. */
export function requireActor(ctx: Context): Actor {
  if (ctx.actor !== null) return ctx.actor;
  throw ctx.authError ?? new UnauthenticatedError();
}
