import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Fields whose lists multiply the cost of what is selected below them, absent a `first`. */
const DEFAULT_LIST_FACTOR = 10;

interface Measure {
  depth: number;
  cost: number;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode | undefined>;
  visiting: Set<string>;
  maxDepth: number;
  /** The request's variables, so that `first: $first` counts at its value. */
  variables: Readonly<Record<string, unknown>>;
}

/** The page size that a `first` argument asks for, literal or from a variable. */
function pageSize(value: ValueNode, variables: Walk['variables']): number | null {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const given = variables[value.name.value];
    return typeof given === 'number' && Number.isInteger(given) ? given : null;
  }
  return null;
}

function fieldType(parent: GraphQLNamedType | undefined, name: string): GraphQLOutputType | undefined {
  if (parent === undefined || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  return parent.getFields()[name]?.type;
}

function typeCondition(
  walk: Walk,
  name: string | undefined,
  fallback: GraphQLNamedType | undefined,
): GraphQLNamedType | undefined {
  return name === undefined ? fallback : (walk.schema.getType(name) ?? undefined);
}

function measure(
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  depth: number,
  walk: Walk,
): Measure {
  const { fragments, visiting, maxDepth } = walk;
  let deepest = depth;
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (deepest > maxDepth) break;
    switch (selection.kind) {
      case Kind.FIELD: {
        if (selection.name.value.startsWith('__')) continue;
        cost += 1;
        if (selection.selectionSet !== undefined) {
          const type = fieldType(parent, selection.name.value);
          const inner = measure(
            selection.selectionSet,
            type === undefined ? undefined : getNamedType(type),
            depth + 1,
            walk,
          );
          deepest = Math.max(deepest, inner.depth);
          const first = selection.arguments?.find((a) => a.name.value === 'first');
          const isList = type !== undefined && isListType(getNullableType(type));
          const factor =
            (first === undefined ? null : pageSize(first.value, walk.variables)) ?? (isList ? DEFAULT_LIST_FACTOR : 1);
          cost += inner.cost * Math.max(1, factor);
        } else {
          deepest = Math.max(deepest, depth + 1);
        }
        break;
      }
      case Kind.INLINE_FRAGMENT: {
        const inner = measure(
          selection.selectionSet,
          typeCondition(walk, selection.typeCondition?.name.value, parent),
          depth,
          walk,
        );
        deepest = Math.max(deepest, inner.depth);
        cost += inner.cost;
        break;
      }
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (fragment === undefined || visiting.has(name)) continue;
        visiting.add(name);
        const inner = measure(
          fragment.selectionSet,
          typeCondition(walk, fragment.typeCondition.name.value, parent),
          depth,
          walk,
        );
        visiting.delete(name);
        deepest = Math.max(deepest, inner.depth);
        cost += inner.cost;
        break;
      }
    }
  }
  return { depth: deepest, cost };
}

function fragmentsOf(document: DocumentNode): Walk['fragments'] {
  const fragments: Walk['fragments'] = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  walk: Omit<Walk, 'schema' | 'visiting'>,
): Measure {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return measure(operation.selectionSet, root ?? undefined, 0, { ...walk, schema, visiting: new Set() });
}

function costMessage(cost: number, maxCost: number): string {
  return `query cost ${cost} exceeds the limit of ${maxCost}; ask for fewer fields or smaller pages`;
}

/**
 * Refuses, before any resolver runs, operations nested deeper than `maxDepth` or whose
 * estimated cost (fields, multiplied by list sizes) exceeds `maxCost`. Page sizes given as
 * variables are unknown here; `operationCostLimit` counts them once the variables are known.
 */
export function operationLimits(maxDepth: number, maxCost: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(node) {
        const { depth, cost } = measureOperation(context.getSchema(), node, { fragments, maxDepth, variables: {} });
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`query is nested deeper than the limit of ${maxDepth} levels`, { nodes: [node] }),
          );
        } else if (cost > maxCost) {
          context.reportError(new GraphQLError(costMessage(cost, maxCost), { nodes: [node] }));
        }
      },
    };
  };
}

/** The cost limit again, with the request's variables: `first: $first` counts at its value. */
export function operationCostLimit(maxDepth: number, maxCost: number): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const definitions = operation?.variableDefinitions ?? [];
          // Without variables the validation rule has already counted everything.
          if (operation === undefined || definitions.length === 0) return;
          const variables: Record<string, unknown> = {};
          for (const { variable, defaultValue } of definitions) {
            if (defaultValue?.kind === Kind.INT) variables[variable.name.value] = Number(defaultValue.value);
          }
          Object.assign(variables, request.variables);
          const { cost } = measureOperation(schema, operation, {
            fragments: fragmentsOf(document),
            maxDepth,
            variables,
          });
          if (cost > maxCost) {
            throw new GraphQLError(costMessage(cost, maxCost), {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
