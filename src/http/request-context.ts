import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestHandler } from 'express';

/**
 * The request id, reachable from code that gets no request: Apollo formats errors that never
 * reached a resolver (bad JSON shape, CSRF refusals, parse errors) without a context.
 */
const requestIds = new AsyncLocalStorage<string>();

/** Runs the rest of the request with its id (`res.locals.requestId`, set by the request-id middleware). */
export function requestContext(): RequestHandler {
  return (_req, res, next) => {
    const requestId = res.locals['requestId'];
    if (typeof requestId !== 'string') {
      next();
      return;
    }
    requestIds.run(requestId, next);
  };
}

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** Wraps Apollo's formatError so that every error names its request in `extensions.requestId`. */
export function withRequestId(format: FormatError): FormatError {
  return (formatted, error) => {
    const result = format(formatted, error);
    const requestId = currentRequestId();
    return requestId === undefined ? result : { ...result, extensions: { ...result.extensions, requestId } };
  };
}
