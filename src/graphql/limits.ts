import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import { queryCostLimit } from './query-cost.js';

type LimitsConfig = Pick<
  Config,
  'maxQueryTokens' | 'maxQueryAliases' | 'maxQueryDirectives' | 'maxQueryDepth' | 'maxQueryCost'
>;

/** The Apollo Server options that apply the static limits. */
export interface StaticLimits {
  parseOptions: NonNullable<ApolloServerOptions<BaseContext>['parseOptions']>;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<BaseContext>[];
}

/**
 * GraphQL Armor reports "Syntax Error: <limit> exceeded, found N." through this callback;
 * the client gets a validation error that names the setting and says what to do instead.
 */
function reportAs(setting: string, advice: string) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const found = error.message.replace(/^Syntax Error: /, '').replace(/\.$/, '');
    context?.reportError(new GraphQLError(`${found} (${setting}); ${advice}`, { extensions: { limit: setting } }));
  };
}

/**
 * What every request must pass before any resolver runs. All of them answer 400:
 * - MAX_QUERY_TOKENS: graphql-js stops parsing after that many tokens (its own `maxTokens`,
 *   the check that GraphQL Armor's max-tokens plugin wraps; that plugin's Apollo variant turns
 *   every syntax error into a 500: graphql-armor #571, #751);
 * - MAX_QUERY_ALIASES, MAX_QUERY_DIRECTIVES, MAX_QUERY_DEPTH: GraphQL Armor's validation rules,
 *   counted through fragments; aliased `__typename` counts like any alias, and introspection is
 *   held to the same depth;
 * - MAX_QUERY_COST: the weighted estimate (query-cost.ts) once the variables are known.
 */
export function staticLimits(config: LimitsConfig): StaticLimits {
  const armor = { exposeLimits: true, propagateOnRejection: false } as const;
  return {
    parseOptions: { maxTokens: config.maxQueryTokens },
    validationRules: [
      maxAliasesRule({
        ...armor,
        n: config.maxQueryAliases,
        allowList: [],
        onReject: [reportAs('MAX_QUERY_ALIASES', 'ask for fewer aliases (each alias is a separate read)')],
      }),
      maxDirectivesRule({
        ...armor,
        n: config.maxQueryDirectives,
        onReject: [reportAs('MAX_QUERY_DIRECTIVES', 'use fewer directives')],
      }),
      maxDepthRule({
        ...armor,
        n: config.maxQueryDepth,
        flattenFragments: true,
        ignoreIntrospection: false,
        onReject: [
          reportAs(
            'MAX_QUERY_DEPTH',
            'the query is nested too deep: read the whole tree flat with allWbes instead of nesting children',
          ),
        ],
      }),
    ],
    plugins: [queryCostLimit(config.maxQueryCost)],
  };
}

/**
 * graphql-js's own refusals, reworded to say what to do: the parser stopped by `maxTokens`
 * (answered as the validation error it is, like every other limit, not as a syntax error),
 * and validation abandoned by its own budget for comparing same-named fields.
 */
export function limitRefusal(code: unknown, message: string): { message: string; limit?: string } | null {
  const tokens = code === 'GRAPHQL_PARSE_FAILED' ? /Document contains more that (\d+) tokens/.exec(message) : null;
  if (tokens !== null) {
    return {
      message:
        `the query has more than ${tokens[1]} tokens (MAX_QUERY_TOKENS); send a shorter document: ` +
        'fewer repeated fields and aliases, fragments for repeated selections',
      limit: 'MAX_QUERY_TOKENS',
    };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && message === 'Validation aborted.') {
    return {
      message:
        'validation stopped: the query repeats the same fields too often (every pair of fields with one ' +
        'name is compared); ask for each field once',
    };
  }
  return null;
}
