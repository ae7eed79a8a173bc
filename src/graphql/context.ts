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
  /**
   * The token's user lookup while it is still under way (HTTP): it runs beside Apollo's
   * parsing, validation and limits, and `settleAuth` fills `actor`/`authError` in before
   * anything reads them (the executor, the read cache). Null once settled, or when none was needed.
   */
  pendingAuth?: Promise<Pick<Context, 'actor' | 'authError'>> | null;
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

/**
 * Waits for the token's user lookup and records its outcome on this context (Apollo hands
 * plugins and the executor a shallow copy of the object the context factory made, so the
 * outcome is written where they read it). A lookup that failed (the database unreachable)
 * rejects here, as it would have from the context factory.
 */
export async function settleAuth(ctx: Context): Promise<void> {
  const pending = ctx.pendingAuth;
  if (pending === undefined || pending === null) return;
  const { actor, authError } = await pending;
  ctx.actor = actor;
  ctx.authError = authError;
  ctx.pendingAuth = null;
}

/** The acting user, or the reason there is none. */
export function requireActor(ctx: Context): Actor {
  if (ctx.actor !== null) return ctx.actor;
  throw ctx.authError ?? new UnauthenticatedError();
}
