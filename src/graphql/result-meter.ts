import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { ExecutionBudget } from './execution-budget.js';
import { fieldCost } from './field-costs.js';

type Field = GraphQLField<unknown, unknown>;
type Resolve = GraphQLFieldResolver<unknown, unknown>;

/** How the meter sees the schema's objects. */
export interface MeterOptions {
  /** Fields read as plain properties by compiled queries (a node's `commit`): not wrapped. */
  inline: (field: Field) => boolean;
  /** What makes two results the same node (an entity state at a read point); undefined: not a node. */
  identity: (item: unknown) => object | undefined;
  /** Whether objects of a type can have an identity: other single objects are counted up front. */
  tracked: (type: GraphQLNamedType) => boolean;
}

/** Fields whose results are counted; the others are counted in their parent's width. */
const metered = new WeakSet<Field>();
/** Values per object of a field's selection, once per field node of a parsed document. */
const widths = new WeakMap<FieldNode, number>();
/** Thrown by a non-null field once the budget is exceeded; the whole result is replaced anyway. */
const STOPPED = new Error('execution budget exceeded');

/**
 * Wraps the resolver of every field that returns objects (or lists of them) so that what it
 * returns is counted against the execution's budget (execution-budget.ts), on graphql-jit and
 * graphql-js alike, whatever resolver or loader produced it: nothing needs to be added where
 * lists are built. Each returned object counts one node and one value per field selected on it;
 * resolvers with unbatched work (field-costs.ts `perCall`) also charge that work per call.
 * Nodes that the result already holds are counted apart (execution-budget.ts `repeated`).
 * Root mutation fields always run (they are the request); everything below them is counted.
 * Inline fields are not wrapped: their selection counts in the width of the object holding them.
 */
export function meterResults(schema: GraphQLSchema, options: MeterOptions): GraphQLSchema {
  const { inline } = options;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === schema.getSubscriptionType()) continue;
    const root = type === schema.getMutationType();
    for (const field of Object.values(type.getFields())) {
      if (!isCompositeType(getNamedType(field.type)) || inline(field)) continue;
      field.resolve = meter(field, fieldCost(type.name, field.name)?.perCall ?? 0, root, options);
      metered.add(field);
    }
  }
  return schema;
}

function meter(field: Field, perCall: number, root: boolean, options: MeterOptions): Resolve {
  const resolve: Resolve = field.resolve ?? defaultFieldResolver;
  const { identity } = options;
  const list = isListType(getNullableType(field.type));
  const nullable = !isNonNullType(field.type);
  // A single object without identity (EVM figures, a user, a commit) counts one whatever it is,
  // so it is counted before it resolves: no promise is added to an async resolver's (10,000
  // `evm` per tree at L).
  const upFront = !list && !options.tracked(getNamedType(field.type));
  // What a field answers once the budget is exceeded: nothing more is built below it.
  const stopped = (): unknown => {
    if (list) return [];
    if (nullable) return null;
    throw STOPPED;
  };
  const count = (budget: ExecutionBudget, value: unknown, info: GraphQLResolveInfo): unknown => {
    let objects = 0;
    if (Array.isArray(value)) {
      objects = value.length;
      for (const item of value as unknown[]) {
        const key = identity(item);
        if (key !== undefined) budget.repeated(key);
      }
    } else if (value !== null && value !== undefined) {
      objects = 1;
      const key = identity(value);
      if (key !== undefined) budget.repeated(key);
    }
    if (!budget.spend(objects, objects * widthOf(info)) && !root) return stopped();
    return budget.pace(value);
  };
  return (source, args, context, info) => {
    const budget = ExecutionBudget.of(context);
    if (budget === undefined) return resolve(source, args, context, info);
    if (upFront) {
      if (!budget.spend(1 + perCall, widthOf(info)) && !root) return stopped();
      return resolve(source, args, context, info);
    }
    if (!budget.spend(perCall, 0) && !root) return stopped();
    const value = resolve(source, args, context, info);
    return value instanceof Promise
      ? value.then((resolved: unknown) => count(budget, resolved, info))
      : count(budget, value, info);
  };
}

function widthOf(info: GraphQLResolveInfo): number {
  const [first] = info.fieldNodes;
  if (first === undefined) return 1;
  let width = widths.get(first);
  if (width === undefined) {
    const sets = info.fieldNodes.flatMap((node) => (node.selectionSet === undefined ? [] : [node.selectionSet]));
    width = selectionWidth(sets, getNamedType(info.returnType), info.fragments, 0);
    widths.set(first, width);
  }
  return width;
}

/**
 * Response keys of merged selection sets, through fragments (an upper bound: directives and
 * type conditions are not looked at), plus the keys inside fields that are not metered.
 */
function selectionWidth(
  sets: readonly SelectionSetNode[],
  type: GraphQLNamedType,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  depth: number,
): number {
  const keys = new Map<string, { name: string; below: SelectionSetNode[] }>();
  const seen = new Set<SelectionSetNode>();
  const visit = (set: SelectionSetNode): void => {
    if (seen.has(set)) return;
    seen.add(set);
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        let entry = keys.get(key);
        if (entry === undefined) keys.set(key, (entry = { name: selection.name.value, below: [] }));
        if (selection.selectionSet !== undefined) entry.below.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment !== undefined) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
  let width = 0;
  for (const { name, below } of keys.values()) {
    width += 1;
    const field = fields[name];
    if (field !== undefined && below.length > 0 && !metered.has(field) && depth < 32)
      width += selectionWidth(below, getNamedType(field.type), fragments, depth + 1);
  }
  return Math.max(width, 1);
}
