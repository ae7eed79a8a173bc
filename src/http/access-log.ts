import type { ApolloServerPlugin } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import type { Context } from '../graphql/context.js';
import type { Logger } from '../logger.js';

interface OperationFields {
  operationName?: string | null;
  operationType?: string;
}

/**
 * One log line per HTTP request: the path as the client sent it (express strips the mount
 * point from req.path, so /graphql would read "/"), status, duration, and for GraphQL the
 * operation's name and type once Apollo has resolved them.
 */
export function accessLog(logger: Logger): {
  middleware: (req: Request, res: Response, next: NextFunction) => void;
  plugin: ApolloServerPlugin<Context>;
  attach: (context: Context, res: Response) => void;
} {
  const operations = new WeakMap<Context, OperationFields>();
  return {
    middleware(req, res, next) {
      const started = process.hrtime.bigint();
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const operation = res.locals['operation'] as OperationFields | undefined;
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
    attach(context, res) {
      const fields: OperationFields = {};
      res.locals['operation'] = fields;
      operations.set(context, fields);
    },
    plugin: {
      async requestDidStart({ contextValue, request }) {
        // What the client named, until the operation is resolved (a refused document never is).
        const named = operations.get(contextValue);
        if (named !== undefined) named.operationName = request.operationName ?? null;
        return {
          async didResolveOperation({ contextValue, operationName, operation }) {
            const fields = operations.get(contextValue);
            if (fields === undefined) return;
            fields.operationName = operationName;
            if (operation !== undefined) fields.operationType = operation.operation;
          },
        };
      },
    },
  };
}
