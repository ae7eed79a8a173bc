import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { Context } from '../graphql/context.js';
import type { Logger } from '../logger.js';

type OperationFields = Context['accessLog'];

/**
 * One log line per HTTP request: the path as the client sent it (express strips the mount
 * point from req.path, so /graphql would read "/"), status, duration, and for GraphQL the
 * operation's name and type once Apollo has resolved them.
 */
export function accessLog(logger: Logger): {
  middleware: (req: Request, res: Response, next: NextFunction) => void;
  plugin: ApolloServerPlugin<Context>;
  /** The fields of this response's log line that the GraphQL plugin fills in (for the context). */
  fieldsFor: (res: Response) => OperationFields;
} {
  return {
    middleware(req, res, next) {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const operation = res.locals['accessLog'] as OperationFields | undefined;
        logger.info(
          {
            requestId: res.locals['requestId'],
            method: req.method,
            path: req.originalUrl.split('?')[0],
            status: res.statusCode,
            ms: Math.round(ms * 10) / 10,
            ...operation,
          },
          'request',
        );
      });
      next();
    },
    fieldsFor(res) {
      const fields: OperationFields = { operationName: null, operationType: null };
      res.locals['accessLog'] = fields;
      return fields;
    },
    plugin: {
      // Apollo hands plugins a shallow copy of the context: the fields object itself is shared.
      async requestDidStart({ contextValue, request }) {
        // What the client named, until the operation is resolved (a refused document never is).
        contextValue.accessLog.operationName = request.operationName ?? null;
        return {
          async didResolveOperation({ contextValue: context, operationName, operation }) {
            context.accessLog.operationName = operationName;
            context.accessLog.operationType = operation?.operation ?? null;
          },
        };
      },
    },
  };
}
