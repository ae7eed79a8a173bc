import {
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import { checkOperationInput } from '../graphql/input-guard.js';
import { limitRefusal, staticLimits } from '../graphql/limits.js';
import { expandedFields, MAX_EXPANDED_FIELDS, operationCost } from '../graphql/query-cost.js';

type LimitsConfig = Parameters<typeof staticLimits>[0];

export interface PreparedSubscription {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName: string | null;
  variableValues: Record<string, unknown> | null;
}

function refusal(message: string, code: string, extra: Record<string, unknown> = {}): GraphQLError[] {
  return [new GraphQLError(message, { extensions: { code, ...extra } })];
}

/**
 * A subscribe message checked as an HTTP request is before any resolver runs: the static
 * limits (tokens, aliases, directives, depth, cost), the input guard, and one operation that
 * is a subscription (queries and mutations go over HTTP, where the rest of the checks live).
 */
export function prepareSubscription(
  schema: GraphQLSchema,
  config: LimitsConfig,
  payload: SubscribePayload,
): PreparedSubscription | GraphQLError[] {
  const limits = staticLimits(config);
  let document: DocumentNode;
  try {
    document = parse(payload.query, limits.parseOptions);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const reworded = limitRefusal('GRAPHQL_PARSE_FAILED', message);
    if (reworded !== null) return refusal(reworded.message, 'GRAPHQL_VALIDATION_FAILED', { limit: reworded.limit });
    return refusal(message, 'GRAPHQL_PARSE_FAILED');
  }
  const invalid = validate(schema, document, [...specifiedRules, ...limits.validationRules]);
  if (invalid.length > 0) {
    return invalid.map(
      (e) =>
        new GraphQLError(e.message, {
          nodes: e.nodes,
          extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
    );
  }
  const operation = getOperationAST(document, payload.operationName);
  if (operation === null || operation === undefined)
    return refusal('the document must name one operation to run', 'BAD_REQUEST');
  if (operation.operation !== 'subscription') {
    return refusal(
      `only subscriptions are served over WebSocket; send the ${operation.operation} to POST /graphql`,
      'BAD_REQUEST',
    );
  }
  const variables = payload.variables ?? {};
  const input = checkOperationInput(document, operation, variables);
  if (input !== null) return [input];
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors === undefined) {
    const tooLarge =
      expandedFields(document, operation, MAX_EXPANDED_FIELDS) > MAX_EXPANDED_FIELDS ||
      operationCost(schema, document, operation, variables) > config.maxQueryCost;
    if (tooLarge) {
      return refusal(
        `the subscription's estimated cost is more than the limit of ${config.maxQueryCost} (MAX_QUERY_COST) for each event; select less`,
        'GRAPHQL_VALIDATION_FAILED',
        { limit: 'MAX_QUERY_COST' },
      );
    }
  }
  return {
    schema,
    document,
    operationName: payload.operationName ?? null,
    variableValues: payload.variables ?? null,
  };
}
