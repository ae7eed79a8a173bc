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
  type FragmentDefinitionNode,
  type SelectionSetNode,
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
}

function fieldType(parent: GraphQLNamedType | undefined, name: string): GraphQLOutputType | undefined {
  if (parent === undefined || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  return parent.getFields()[name]?.type;
}

function typeCondition(walk: Walk, name: string | undefined, fallback: GraphQLNamedType | undefined): GraphQLNamedType | undefined {
  return name === undefined ? fallback : (walk.schema.getType(name) ?? undefined);
}

function measure(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined, depth: number, walk: Walk): Measure {
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
          const inner = measure(selection.selectionSet, type === undefined ? undefined : getNamedType(type), depth + 1, walk);
          deepest = Math.max(deepest, inner.depth);
          const first = selection.arguments?.find((a) => a.name.value === 'first');
          const isList = type !== undefined && isListType(getNullableType(type));
          const factor = first !== undefined && first.value.kind === Kind.INT ? Number(first.value.value) : isList ? DEFAULT_LIST_FACTOR : 1;
          cost += inner.cost * Math.max(1, factor);
        } else {
          deepest = Math.max(deepest, depth + 1);
        }
        break;
      }
      case Kind.INLINE_FRAGMENT: {
        const inner = measure(selection.selectionSet, typeCondition(walk, selection.typeCondition?.name.value, parent), depth, walk);
        deepest = Math.max(deepest, inner.depth);
        cost += inner.cost;
        break;
      }
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (fragment === undefined || visiting.has(name)) continue;
        visiting.add(name);
        const inner = measure(fragment.selectionSet, typeCondition(walk, fragment.typeCondition.name.value, parent), depth, walk);
        visiting.delete(name);
        deepest = Math.max(deepest, inner.depth);
        cost += inner.cost;
        break;
      }
    }
  }
  return { depth: deepest, cost };
}

/**
 * Refuses, before any resolver runs, operations nested deeper than `maxDepth` or whose
 * estimated cost (fields, multiplied by list sizes) exceeds `maxCost`.
 */
export function operationLimits(maxDepth: number, maxCost: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode | undefined> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(node) {
        const schema = context.getSchema();
        const root = node.operation === 'mutation' ? schema.getMutationType() : node.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
        const walk: Walk = { schema, fragments, visiting: new Set(), maxDepth };
        const { depth, cost } = measure(node.selectionSet, root ?? undefined, 0, walk);
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`query is nested deeper than the limit of ${maxDepth} levels`, { nodes: [node] }));
        } else if (cost > maxCost) {
          context.reportError(new GraphQLError(`query cost ${cost} exceeds the limit of ${maxCost}; ask for fewer fields or smaller pages`, { nodes: [node] }));
        }
      },
    };
  };
}
