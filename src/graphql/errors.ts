import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../shared/errors.js';
import { BUDGET_EXCEEDED } from './execution-budget.js';
import { limitRefusal } from './limits.js';
import { ScalarInputError } from './scalars.js';

/** The public error contract: every error a client sees carries one of these codes. */
export const ErrorCodes = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  LOGIN_THROTTLED: 'LOGIN_THROTTLED',
  /** The database could not be reached (HTTP 503, extensions.retryAfterSeconds): retry the request. */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** Codes that Apollo and graphql-js assign to requests that never reached a resolver. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX',
  BUDGET_EXCEEDED,
  'UNAUTHENTICATED',
  'FORBIDDEN',
  // Logged where it is raised (src/graphql/connection-retry.ts), with its cause.
  'DATABASE_UNAVAILABLE',
]);

function isScalarError(error: unknown): boolean {
  return (
    error instanceof ScalarInputError ||
    (error instanceof GraphQLError && error.originalError instanceof ScalarInputError)
  );
}

/**
 * The database's own rules (check, not-null, foreign-key, unique constraints) are the last line
 * of defence behind the domain's validation. A write they refuse was rolled back whole, so the
 * client gets an actionable input error rather than an internal one (the request plugin still
 * logs it: it means a validation is missing in front of the database).
 */
function constraintViolation(error: unknown): Pick<GraphQLFormattedError, 'message' | 'extensions'> | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  const constraint = 'constraint' in error ? String((error as { constraint: unknown }).constraint ?? '') : '';
  const rule = constraint === '' ? '' : ` (${constraint})`;
  switch (code) {
    case '23505':
      return {
        message: `the change conflicts with existing data${rule}; nothing was written`,
        extensions: { code: ErrorCodes.CONFLICT },
      };
    case '23502':
    case '23503':
    case '23514':
      return {
        message: `the change breaks a data rule${rule}; nothing was written`,
        extensions: { code: ErrorCodes.BAD_USER_INPUT },
      };
    default:
      return null;
  }
}

/** True for errors that are part of the public contract (not worth an error log line). */
export function isExpectedError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError || isScalarError(error) || isScalarError(original)) return true;
  if (original instanceof Error && (original.name === 'UnauthorizedError' || original.name === 'ForbiddenError'))
    return true;
  const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
  return typeof code === 'string' && PASS_THROUGH.has(code);
}

/**
 * Maps whatever a resolver threw to the public contract. Domain errors keep their message
 * and code; anything unexpected (logged by the request plugin, with the request id) is
 * answered without internals.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base: GraphQLFormattedError = {
    message: formatted.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
  }
  if (isScalarError(error) || isScalarError(original)) {
    return { ...base, extensions: { code: ErrorCodes.BAD_USER_INPUT } };
  }
  const violation = constraintViolation(original);
  if (violation !== null) return { ...base, ...violation };
  // type-graphql's @Authorized refusals.
  if (original instanceof Error && original.name === 'UnauthorizedError') {
    return {
      ...base,
      message: 'authentication required: send a valid token in the Authorization: Bearer header',
      extensions: { code: ErrorCodes.UNAUTHENTICATED },
    };
  }
  if (original instanceof Error && original.name === 'ForbiddenError') {
    return { ...base, extensions: { code: ErrorCodes.FORBIDDEN } };
  }
  const code = formatted.extensions?.['code'];
  const refusal = limitRefusal(code, base.message);
  if (refusal !== null) {
    const { message, limit } = refusal;
    return { ...base, message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...(limit ? { limit } : {}) } };
  }
  if (typeof code === 'string' && PASS_THROUGH.has(code)) {
    // Details such as the refused field stay; a stack trace is never part of the contract.
    const { stacktrace: _stacktrace, ...details } = formatted.extensions ?? {};
    return { ...base, extensions: { ...details, code } };
  }
  return { ...base, message: 'Internal server error', extensions: { code: ErrorCodes.INTERNAL_SERVER_ERROR } };
}
