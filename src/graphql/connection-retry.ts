import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Sql } from '../db/sql.js';
import type { Logger } from '../logger.js';
import type { Context } from './context.js';
import { Loaders } from './loaders.js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type ExecutionResult = Awaited<ReturnType<Executor>>;

/** The code of a request that failed because the database could not be reached; retrying it later is safe. */
export const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';
/** The hint given to clients (extensions.retryAfterSeconds and the Retry-After header). */
export const RETRY_AFTER_SECONDS = 1;
/** Lets the pool notice its other dropped connections before the read is tried again. */
const RETRY_DELAY_MS = 50;

/**
 * SQLSTATEs that mean the connection, not the statement, failed: class 08 (connection
 * exception), 57P01-57P03 (the server terminated the connection, crashed or is starting) and
 * 53300 (too many connections).
 */
const CONNECTION_STATES = /^(08\d{3}|57P0[123]|53300)$/;
/** Node's socket errors, and the words node-postgres uses for a connection it has lost. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
const LOST_MESSAGES =
  /Connection terminated|not queryable|timeout exceeded when trying to connect|connection error|terminating connection/i;

/** True when the error (or anything in its cause chain) says the database connection was lost or refused. */
export function isConnectionLost(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    const code = 'code' in current ? String(current.code) : '';
    if (CONNECTION_STATES.test(code) || SOCKET_CODES.has(code)) return true;
    if (current instanceof Error && !(current instanceof GraphQLError) && LOST_MESSAGES.test(current.message))
      return true;
    current =
      current instanceof GraphQLError
        ? current.originalError
        : 'cause' in current
          ? current.cause
          : 'previous' in current
            ? current.previous
            : undefined;
  }
  return false;
}

/** The answer for a request the database could not serve: HTTP 503, retryable, no internals. */
export function databaseUnavailable(
  cause: unknown,
  at: Pick<GraphQLFormattedError, 'path' | 'locations'> = {},
): GraphQLError {
  return new GraphQLError('the database could not be reached; retry shortly', {
    ...(at.path === undefined ? {} : { path: at.path }),
    originalError: cause instanceof Error ? cause : undefined,
    extensions: {
      code: DATABASE_UNAVAILABLE,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

function lostConnection(result: ExecutionResult): GraphQLError | null {
  return result.errors?.find((error) => isConnectionLost(error)) ?? null;
}

function unavailable(result: ExecutionResult, cause: GraphQLError, logger: Logger): ExecutionResult {
  logger.error({ err: cause.originalError ?? cause, path: cause.path }, 'database unavailable');
  const errors = result.errors?.map((error) =>
    isConnectionLost(error)
      ? Object.assign(databaseUnavailable(error.originalError ?? error, error), { locations: error.locations })
      : error,
  );
  return { ...result, ...(errors === undefined ? {} : { errors }) };
}

/**
 * Wraps the executor: a query that lost its database connection runs once more, from the
 * start, on a fresh connection scope and fresh loaders (reads have no effects to repeat);
 * what still fails, and any mutation that lost its connection (its transaction was rolled
 * back whole), answers DATABASE_UNAVAILABLE with HTTP 503, logged at error level with its cause.
 */
export function withConnectionRetry(executor: Executor): Executor {
  return async (request) => {
    const context = request.context as Context;
    const first = await executor(request);
    const lost = lostConnection(first);
    if (lost === null) return first;
    if (request.operation?.operation !== 'query') return unavailable(first, lost, context.logger);
    context.logger.warn({ err: lost.originalError ?? lost }, 'database connection lost during a read; retrying once');
    await sleep(RETRY_DELAY_MS);
    context.sql = context.sql.fork();
    context.loaders = new Loaders(context.sql);
    const second = await executor(request);
    const again = lostConnection(second);
    return again === null ? second : unavailable(second, again, context.logger);
  };
}

/** A read outside the executor (the token's user, before the operation runs), retried the same way. */
export async function readWithRetry<T>(sql: Sql, logger: Logger, read: (sql: Sql) => Promise<T>): Promise<T> {
  try {
    return await read(sql);
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    logger.warn({ err: error }, 'database connection lost during a read; retrying once');
  }
  await sleep(RETRY_DELAY_MS);
  try {
    return await read(sql.fork());
  } catch (error) {
    if (!isConnectionLost(error)) throw error;
    logger.error({ err: error }, 'database unavailable');
    throw databaseUnavailable(error);
  }
}
