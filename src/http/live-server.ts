import type { IncomingMessage } from 'node:http';
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { GraphQLError, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import { CloseCode, type Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Config } from '../config.js';
import type { Database } from '../db/orm.js';
import { Sql } from '../db/sql.js';
import type { EventBus } from '../events/event-bus.js';
import type { Logger } from '../logger.js';
import { tokenExpiresAt } from '../auth/tokens.js';
import type { Actor } from '../auth/roles.js';
import type { Context } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { subscribePerEvent } from '../graphql/live/subscription-execution.js';
import { Loaders } from '../graphql/loaders.js';
import { getSchema } from '../graphql/schema.js';
import { resolveActor } from './actor.js';
import { isAllowedOrigin } from './browser-access.js';
import { prepareSubscription } from './live-operation.js';

/** The socket is closed because its client does not read fast enough (RFC 6455 "Try Again Later"). */
export const CLOSE_TOO_SLOW = 1013;
/** The server is stopping (RFC 6455 "Going Away"). */
export const CLOSE_GOING_AWAY = 1001;

export interface LiveServer {
  /** Closes every socket with 1001 and stops accepting new ones. */
  close(): Promise<void>;
}

interface SocketState {
  actor: Actor | null;
  expiry: NodeJS.Timeout | null;
}

/** What graphql-ws's `useServer` passes as `ctx.extra`, plus this socket's user. */
type Extra = {
  socket: WebSocket;
  request: IncomingMessage;
  state?: SocketState;
};

/** The credential of connection_init: `Authorization: Bearer …` (or `authorization`), or a bare `token`. */
function credentialOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const header = params?.['Authorization'] ?? params?.['authorization'];
  if (typeof header === 'string') return header;
  const token = params?.['token'];
  return typeof token === 'string' && token.trim() !== '' ? `Bearer ${token.trim()}` : undefined;
}

/**
 * A browser page may open the socket from CORS_ORIGINS or from this server itself (GraphiQL);
 * a client that sends no Origin (a server, a script) is not a browser and CORS does not apply.
 */
function originAllowed(config: Pick<Config, 'corsOrigins'>, request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (isAllowedOrigin(config.corsOrigins, origin)) return true;
  const own = URL.parse(origin);
  return own !== null && own.host === request.headers.host;
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * GraphQL subscriptions over the graphql-ws protocol on the HTTP server's port and path
 * (/graphql). Queries and mutations stay on HTTP, where every limit and plugin applies.
 */
export async function startLiveServer(options: {
  server: http.Server;
  config: Config;
  db: Database;
  events: EventBus;
  logger: Logger;
}): Promise<LiveServer> {
  const { server, config, db, events, logger } = options;
  const schema = await getSchema();
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.bodyLimitBytes });
  let closing = false;

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = URL.parse(request.url ?? '/', 'http://localhost')?.pathname;
    if (path !== '/graphql') return refuseUpgrade(socket, '404 Not Found');
    if (closing) return refuseUpgrade(socket, '503 Service Unavailable');
    if (!originAllowed(config, request)) return refuseUpgrade(socket, '403 Forbidden');
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };
  server.on('upgrade', onUpgrade);

  // One read scope per event, shared by every subscription it reaches: 100 subscribers of a
  // project load its commit once (the loaders' cache), not 100 times. Nothing a loader reads
  // depends on who reads it (every role reads everything); each execution keeps its own
  // context object, and so its own budget.
  const readsOfEvent = new WeakMap<object, Pick<Context, 'sql' | 'loaders'>>();
  const freshContext = (base: Context, event: unknown): Context => {
    const shared = typeof event === 'object' && event !== null ? event : null;
    let reads = shared === null ? undefined : readsOfEvent.get(shared);
    if (reads === undefined) {
      const sql = new Sql(db.em.fork(), undefined, events);
      reads = { sql, loaders: new Loaders(sql) };
      if (shared !== null) readsOfEvent.set(shared, reads);
    }
    return { ...base, ...reads };
  };
  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => formatError(error.toJSON(), error));

  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      subscribe: subscribePerEvent(freshContext, {
        maxNodes: config.maxResultNodes,
        maxValues: config.maxResultValues,
      }),
      onConnect: async (ctx: WsContext<Record<string, unknown>, Extra>) => {
        const credential = credentialOf(ctx.connectionParams);
        const socket = ctx.extra.socket;
        if (credential === undefined) {
          socket.close(CloseCode.Unauthorized, 'Unauthorized: connection_init needs Authorization: Bearer <token>');
          return false;
        }
        const auth = await resolveActor(new Sql(db.em.fork()), config, logger, credential);
        if (auth.actor === null) {
          const reason = auth.authError?.message ?? 'Unauthorized';
          // Known token, gone account: the user is known and refused; otherwise nobody is known.
          const forbidden = /deactivated|does not exist/.test(reason);
          socket.close(forbidden ? CloseCode.Forbidden : CloseCode.Unauthorized, reason.slice(0, 120));
          return false;
        }
        const expiresAt = tokenExpiresAt(credential.replace(/^Bearer\s+/i, ''));
        const state: SocketState = { actor: auth.actor, expiry: null };
        if (expiresAt !== null) {
          const closeAtExpiry = (): void => {
            const left = expiresAt.getTime() - Date.now();
            // setTimeout holds at most 2^31-1 ms; a longer token is checked again later.
            if (left > 0) state.expiry = setTimeout(closeAtExpiry, Math.min(left, 2 ** 31 - 1)).unref();
            else socket.close(CloseCode.Unauthorized, 'Unauthorized: the token has expired');
          };
          closeAtExpiry();
        }
        ctx.extra.state = state;
        return true;
      },
      onDisconnect: (ctx) => {
        const expiry = ctx.extra.state?.expiry;
        if (expiry !== undefined && expiry !== null) clearTimeout(expiry);
      },
      onSubscribe: (ctx, id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const socket = ctx.extra.socket;
        if (Object.keys(ctx.subscriptions).length > config.live.maxSubscriptionsPerSocket) {
          return [
            new GraphQLError(
              `a socket may hold at most ${config.live.maxSubscriptionsPerSocket} subscriptions (LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET); complete one first`,
              { extensions: { code: 'BAD_REQUEST', limit: 'LIVE_MAX_SUBSCRIPTIONS_PER_SOCKET' } },
            ),
          ];
        }
        const prepared = prepareSubscription(schema, config, payload);
        if (!('document' in prepared)) return prepared;
        const sql = new Sql(db.em.fork(), undefined, events);
        const contextValue: Context = {
          requestId: `ws-${id}`,
          sql,
          loaders: new Loaders(sql),
          actor: ctx.extra.state?.actor ?? null,
          authError: null,
          config,
          logger: logger.child({ subscription: payload.operationName ?? null }),
          clientAddress: ctx.extra.request.socket.remoteAddress ?? null,
          accessLog: { operationName: payload.operationName ?? null, operationType: 'subscription' },
          live: {
            events,
            queueLimit: config.live.queueLimit,
            overflow: () => socket.close(CLOSE_TOO_SLOW, 'the client does not read events fast enough'),
          },
        };
        return { ...prepared, contextValue };
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        const socket = ctx.extra.socket;
        if (socket.bufferedAmount > config.live.maxBufferedBytes) {
          socket.close(CLOSE_TOO_SLOW, 'the client does not read events fast enough');
        }
        if (result.errors === undefined) return undefined;
        return { ...result, errors: format(result.errors) };
      },
      onError: (_ctx, _id, _payload, errors) => format(errors),
    },
    wss,
    config.live.keepAliveMs > 0 ? config.live.keepAliveMs : Number.POSITIVE_INFINITY,
  );

  return {
    close: async () => {
      closing = true;
      server.off('upgrade', onUpgrade);
      await disposable.dispose();
    },
  };
}
