import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isObjectType,
  Kind,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type GraphQLField,
  type OperationDefinitionNode,
  type ValueNode,
  visit,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { describeWeights, fieldCost } from './field-costs.js';
import { MAX_PAGE } from './pagination.js';

/**
 * Fields once fragments are spread, at most: a document of a few kilobytes can spell an
 * exponential tree with nested fragment spreads (each spread twice in the next). Counted
 * without spreading them (`expandedFields`) before the estimate walks the operation; also the
 * estimate's own guard (graphql-query-complexity's `maxQueryNodes`). The widest tree of the
 * limit tests (every list under 18 levels of WBEs) has about 1,700.
 */
export const MAX_EXPANDED_FIELDS = 10_000;

const MUTATION_WEIGHT = 10;

function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isObjectType(type) && type.getFields()['edges'] !== undefined && field.args.some((a) => a.name === 'first');
}

/**
 * The estimate of one field: its own weight (field-costs.ts) plus what is selected below it,
 * counted once. A list does not multiply its selection: a tree read names each node once
 * however deep it nests (the WBEs under `children` at every level are, together, the project's
 * WBEs), so a static factor per list level says nothing about it. What a list really returns
 * is counted while it is built, by the execution budget. Connections do multiply, by their
 * page size: every node of a page runs the fields below it again (their own read points).
 */
export const estimateField: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const cost = fieldCost(type.name, field.name);
  const own =
    cost?.weight ?? (type.name === 'Mutation' ? MUTATION_WEIGHT : isCompositeType(getNamedType(field.type)) ? 1 : 0);
  const first = args['first'];
  const pages = isConnection(field) && typeof first === 'number' ? Math.min(Math.max(first, 1), MAX_PAGE) : 1;
  return own + pages * childComplexity;
};

/**
 * Fields of an operation once its fragments are spread, counted without walking the spread tree:
 * each fragment's count is computed once. Stops counting past `max`.
 */
export function expandedFields(document: DocumentNode, operation: OperationDefinitionNode, max: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const counted = new Map<string, number>();
  const count = (set: SelectionSetNode | undefined): number => {
    let n = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) n += 1 + count(selection.selectionSet);
      else if (selection.kind === Kind.INLINE_FRAGMENT) n += count(selection.selectionSet);
      else {
        const name = selection.name.value;
        let inner = counted.get(name);
        if (inner === undefined) {
          counted.set(name, 0); // a cycle (refused by validation) counts nothing
          inner = count(fragments.get(name)?.selectionSet);
          counted.set(name, inner);
        }
        n += inner;
      }
      if (n > max) return n;
    }
    return n;
  };
  return count(operation.selectionSet);
}

/** The estimate of one operation with the request's variables (page sizes count at their value). */
export function operationCost(
  schema: Parameters<typeof getComplexity>[0]['schema'],
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const definitions: DefinitionNode[] = [
    operation,
    ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION),
  ];
  return getComplexity({
    schema,
    query: { kind: Kind.DOCUMENT, definitions },
    variables,
    estimators: [estimateField],
    maxQueryNodes: MAX_EXPANDED_FIELDS,
  });
}

/**
 * What an operation's estimate depends on besides its document: the variables used in a
 * `first` argument (a page size multiplies what is selected in it) or in a directive
 * (@include/@skip decide what is counted). Every other variable (ids, branches, moments)
 * leaves the estimate as it is, so a tree read at a new moment reuses its estimate.
 */
function costVariables(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const names = new Set<string>();
  const collect = (value: ValueNode): void => {
    if (value.kind === Kind.VARIABLE) names.add(value.name.value);
    else if (value.kind === Kind.LIST) value.values.forEach(collect);
    else if (value.kind === Kind.OBJECT) value.fields.forEach((f) => collect(f.value));
  };
  const nodes = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)];
  for (const node of nodes) {
    visit(node, {
      Field(field) {
        for (const argument of field.arguments ?? []) if (argument.name.value === 'first') collect(argument.value);
      },
      Directive(directive) {
        for (const argument of directive.arguments ?? []) collect(argument.value);
      },
    });
  }
  return [...names].sort();
}

/** Estimates computed once per operation of a parsed document (Apollo hands out one per query text). */
const estimates = new WeakMap<OperationDefinitionNode, { variables: string[]; costs: Map<string, number> }>();
/** Distinct values of the cost-relevant variables remembered per operation (page sizes are few). */
const MAX_ESTIMATES_PER_OPERATION = 32;

/**
 * `operationCost`, remembered per operation and per value of the variables that can change
 * it (`costVariables`): validation is already done once per document by Apollo's document
 * cache, and the estimate need not run again on every request either.
 */
export function memoizedOperationCost(
  schema: Parameters<typeof getComplexity>[0]['schema'],
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  let entry = estimates.get(operation);
  if (entry === undefined) {
    entry = { variables: costVariables(document, operation), costs: new Map() };
    estimates.set(operation, entry);
  }
  const key = JSON.stringify(entry.variables.map((name) => variables[name] ?? null));
  let cost = entry.costs.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, operation, variables);
    if (entry.costs.size < MAX_ESTIMATES_PER_OPERATION) entry.costs.set(key, cost);
  }
  return cost;
}

/** `expandedFields` over the limit, once per operation of a parsed document. */
const expansions = new WeakMap<OperationDefinitionNode, boolean>();
function expandsTooFar(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  let tooFar = expansions.get(operation);
  if (tooFar === undefined) {
    tooFar = expandedFields(document, operation, MAX_EXPANDED_FIELDS) > MAX_EXPANDED_FIELDS;
    expansions.set(operation, tooFar);
  }
  return tooFar;
}

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_COST', http: { status: 400 } },
  });
}

/**
 * Refuses, before any resolver runs, operations whose estimated cost exceeds `maxCost`
 * (MAX_QUERY_COST). Runs once the operation and its variables are known; a request whose
 * variables do not coerce is left to execution, which answers it with BAD_USER_INPUT as before.
 */
export function queryCostLimit(maxCost: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation === undefined) return;
          const variables = request.variables ?? {};
          if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors !== undefined) return;
          if (expandsTooFar(document, operation)) {
            throw refusal(
              `the query expands, through its fragments, to more than ${MAX_EXPANDED_FIELDS} fields; ` +
                'spread each fragment where it is needed once instead of nesting spreads',
            );
          }
          const cost = memoizedOperationCost(schema, document, operation, variables);
          if (cost > maxCost) {
            throw refusal(
              `the query's estimated cost is ${cost}, more than the limit of ${maxCost} (MAX_QUERY_COST). ` +
                `Each field that returns objects weighs 1, a mutation 10, these more (${describeWeights()}), ` +
                'and a page multiplies what is selected in it by its size (first): ask for fewer of the heavy ' +
                'fields, or for smaller pages',
            );
          }
        },
      };
    },
  };
}
