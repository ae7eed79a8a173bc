import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  OperationTypeNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { withConnectionRetry } from './connection-retry.js';
import { settleAuth, type Context } from './context.js';
import { ExecutionBudget, type BudgetLimits } from './execution-budget.js';
import { PLAIN_LEAF_OPTIONS, withPlainLeaves } from './plain-leaves.js';
import { withPropertyCommits } from './plain-resolvers.js';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/**
 * Executes queries with graphql-jit: each operation is compiled once into a function that
 * walks the selection directly, instead of graphql-js interpreting the document for every
 * field of every object (3,000–60,000 objects in a whole-tree read). Same schema, same
 * resolvers, same per-request loaders: only the walk changes. See docs/decisions/0009.
 *
 * Wired through Apollo Server's `gateway` option, its extension point for a custom executor
 * (Apollo Server 4 removed `executor` as redundant with it); every plugin hook still runs.
 * Mutations and anything that does not compile run on graphql-js as before, and variables
 * are coerced by graphql-js first, so a bad variable is answered exactly as before.
 * Each execution runs on its own budget (`limits`, src/graphql/execution-budget.ts).
 * Documents for which `plainLeaves` holds compile with their leaves read as properties
 * (plain-leaves.ts).
 */
export function compiledExecution(
  schema: GraphQLSchema,
  limits: BudgetLimits,
  plainLeaves: (document: DocumentNode) => boolean = () => false,
): Gateway {
  // Keyed by the parsed document that Apollo's document cache hands out for a query text:
  // a compiled query lives as long as its document does.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();

  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byOperation = compiled.get(document);
    if (byOperation === undefined) {
      byOperation = new Map();
      compiled.set(document, byOperation);
    }
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (query === undefined) {
      const name = operationName ?? undefined;
      // Documents of versioned reads only (cacheable-reads.ts): their leaves are read as they are.
      const result = plainLeaves(document)
        ? withPropertyCommits(schema, () =>
            withPlainLeaves(schema, () => compileQuery(schema, document, name, PLAIN_LEAF_OPTIONS)),
          )
        : withPropertyCommits(schema, () => compileQuery(schema, document, name));
      query = isCompiledQuery(result) ? result : null;
      byOperation.set(key, query);
    }
    return query;
  };

  const executor: Executor = async (request) => {
    await settleAuth(request.context as Context);
    // Started again on a retry (withConnectionRetry): a retried read gets a fresh budget.
    const budget = ExecutionBudget.start(
      request.context,
      limits,
      request.operation?.operation ?? OperationTypeNode.QUERY,
    );
    return budget.settle(await execution(request));
  };

  const execution: Executor = async ({ document, operation, operationName, request, context }) => {
    const variables = request.variables ?? {};
    // Apollo also calls this when no operation was resolved (several in the document and no or
    // an unknown operationName): graphql-js then says why, as a request error, not a crash.
    const query = operation?.operation === 'query' ? compiledFor(document, operationName) : null;
    if (query !== null) {
      const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
      if (coercion.errors === undefined) {
        const result = await query.query(undefined, context, variables);
        // No `data` at all: graphql-jit refused variables that graphql-js accepted (it does not
        // apply an input object's field defaults, e.g. RefInput.branch), before running anything.
        if ('data' in result) return normalized(result);
      }
    }
    // Unresolved, `operationName` is null: the client's name lets graphql-js say which is missing.
    const name = operationName ?? request.operationName ?? null;
    return execute({ schema, document, contextValue: context, variableValues: variables, operationName: name });
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor: withConnectionRetry(executor) }),
    stop: async () => undefined,
  };
}

/**
 * graphql-jit's errors leave `extensions` undefined when the thrown error has none; Apollo
 * and `formatError` read errors as graphql-js makes them. Same message, path, locations and
 * original error.
 */
function normalized(result: ExecutionResult): ExecutionResult {
  if (result.errors === undefined) return result;
  const errors = result.errors.map((error) =>
    Object.assign(
      new GraphQLError(error.message, {
        path: error.path,
        originalError: error.originalError ?? undefined,
        extensions: error.extensions,
      }),
      { locations: error.locations },
    ),
  );
  return { ...result, errors };
}
