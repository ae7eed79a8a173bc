import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express, { type Request, type Response, type NextFunction } from 'express';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { Config } from '../config.js';
import type { Database } from '../db/orm.js';
import { Sql } from '../db/sql.js';
import type { Logger } from '../logger.js';
import type { Context } from '../graphql/context.js';
import { formatError, isExpectedError } from '../graphql/errors.js';
import { compiledExecution } from '../graphql/executor.js';
import { inputGuard, subscriptionsOverWebSocketOnly } from '../graphql/input-guard.js';
import { staticLimits } from '../graphql/limits.js';
import { Loaders } from '../graphql/loaders.js';
import { getSchema } from '../graphql/schema.js';
import { hideSuggestions } from '../graphql/schema-privacy.js';
import { cacheableDocuments } from '../graphql/cacheable-reads.js';
import { ReadCache } from '../graphql/read-cache.js';
import { readCacheWiring } from './read-cache-plugin.js';
import { metricsText } from './metrics.js';
import type { EventBus } from '../events/event-bus.js';
import { accessLog } from './access-log.js';
import { resolveActor } from './actor.js';
import { startLiveServer, type LiveServer } from './live-server.js';
import { browserAccess } from './browser-access.js';
import { graphiqlRoutes } from './graphiql/route.js';
import { homeRoutes } from './home-page.js';
import { landingPage } from './landing-page.js';
import { requestContext, withRequestId } from './request-context.js';
import { serverTiming, STATEMENTS_LOCAL } from './server-timing.js';

export interface HttpServer {
  server: http.Server;
  apollo: ApolloServer<Context>;
  readCache: ReadCache;
  /** GraphQL subscriptions over WebSocket on the same port and path. */
  live: LiveServer;
}

/** Logs unexpected errors with the request id; expected ones are part of the API. */
function errorLoggingPlugin(logger: Logger, exposeStatements: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          // The benchmark and the batching tests read how many SQL statements a request took.
          if (exposeStatements) response.http.headers.set('x-sql-statements', String(contextValue.sql.counter.count));
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!isExpectedError(error)) {
              logger.error(
                { requestId: contextValue.requestId, err: error.originalError ?? error, path: error.path },
                'unexpected error',
              );
            }
          }
        },
      };
    },
  };
}

/** Express + Apollo: POST /graphql, GET /health, the Sandbox landing page outside production. */
export async function createHttpServer(
  config: Config,
  db: Database,
  events: EventBus,
  logger: Logger,
): Promise<HttpServer> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag on API answers: express would hash every body (a whole tree is megabytes) for a
  // header that no GraphQL client sends back (POSTs are never conditional).
  app.set('etag', false);
  // Which address a request comes from (login throttling, logs): the socket's, or a trusted proxy's X-Forwarded-For.
  app.set('trust proxy', config.trustProxy);
  const log = accessLog(logger);
  const server = http.createServer(app);
  const limits = staticLimits(config);
  const schema = await getSchema();
  const readCache = new ReadCache(config.readCacheBytes);
  const versionedReads = cacheableDocuments(schema);
  const cached = readCacheWiring(readCache, versionedReads);
  const apollo = new ApolloServer<Context>({
    // graphql-jit for queries (docs/decisions/0009): a whole tree is 3,000–60,000 objects.
    gateway: compiledExecution(
      schema,
      { maxNodes: config.maxResultNodes, maxValues: config.maxResultValues },
      versionedReads,
    ),
    formatError: withRequestId(formatError),
    stringifyResult: cached.stringifyResult,
    includeStacktraceInErrorResponses: config.nodeEnv !== 'production',
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT: Apollo's own handler would re-kill the process before the database is closed.
    stopOnTerminationSignals: false,
    // Off by default in production, with the "Did you mean …" hints that would reveal the schema anyway.
    introspection: config.introspection,
    parseOptions: limits.parseOptions,
    validationRules: [...limits.validationRules, subscriptionsOverWebSocketOnly],
    plugins: [
      // No field uses @cacheControl; the default plugin would wrap every resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ...limits.plugins,
      inputGuard(),
      log.plugin,
      ...(config.introspection ? [] : [hideSuggestions()]),
      errorLoggingPlugin(logger, config.nodeEnv !== 'production'),
      cached.plugin,
      landingPage(config, db),
    ],
  });
  await apollo.start();

  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming !== undefined && /^[\w.-]{1,128}$/.test(incoming) ? incoming : randomUUID();
    res.locals['requestId'] = requestId;
    res.setHeader('x-request-id', requestId);
    next();
  });
  app.use(log.middleware);
  app.use(requestContext(), serverTiming(), ...browserAccess(config));
  app.use(homeRoutes(config));
  if (config.nodeEnv !== 'production') app.use(graphiqlRoutes(db, logger));

  app.get('/health', async (_req: Request, res: Response) => {
    // The ORM's own check (SELECT 1): a plain query would quietly open a new connection after close.
    const check = await db.orm.checkConnection();
    if (check.ok) {
      res.status(200).json({ status: 'ok' });
    } else {
      logger.warn({ err: check.error, reason: check.reason }, 'health check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });

  // Counters of this process (each cluster worker has its own), in Prometheus' text format.
  app.get('/metrics', (_req: Request, res: Response) => {
    res.type('text/plain; version=0.0.4').send(metricsText(readCache.stats()));
  });

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const requestId = String(res.locals['requestId'] ?? randomUUID());
        // One entity manager fork (and so one loader set) per request, never shared.
        const sql = new Sql(db.em.fork(), undefined, events);
        res.locals[STATEMENTS_LOCAL] = sql.counter;
        const requestLogger = logger.child({ requestId });
        // Not awaited here: the lookup's round trip runs while Apollo parses, validates and
        // applies the limits; the executor (and the read cache) settle it before reading the actor.
        const pendingAuth = resolveActor(sql, config, requestLogger, req.header('authorization'));
        // A request refused before execution never settles it: its failure is not unhandled.
        pendingAuth.catch(() => undefined);
        return {
          requestId,
          sql,
          loaders: new Loaders(sql),
          config,
          logger: requestLogger,
          clientAddress: req.ip ?? null,
          accessLog: log.fieldsFor(res),
          actor: null,
          authError: null,
          pendingAuth,
        };
      },
    }),
  );

  // Body parser refusals (413 for oversized bodies, 400 for bad JSON) as JSON, never stack traces.
  app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
    const status = error.status ?? 500;
    if (status >= 500) logger.error({ err: error, requestId: res.locals['requestId'] }, 'request failed');
    const message =
      status === 413
        ? `request body exceeds ${config.bodyLimitBytes} bytes`
        : status >= 500
          ? 'Internal server error'
          : error.message;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals['requestId'] } }] });
  });

  const live = await startLiveServer({ server, config, db, events, logger });
  return { server, apollo, readCache, live };
}
