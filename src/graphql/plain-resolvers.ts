import { isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { Context } from './context.js';
import { CostElementResolver } from './resolvers/cost-element.resolver.js';
import { resolveCommit } from './resolvers/versioned.resolver.js';
import { WbeResolver } from './resolvers/wbe.resolver.js';
import type { VersionArgs } from './types/inputs.js';
import type { CostElement, WBE } from './types/project-data.type.js';

type Resolve = GraphQLFieldResolver<unknown, Context>;

/**
 * Resolvers of the fields that run once per node of a whole tree (60,000 calls at L), as
 * plain functions installed on the built schema instead of type-graphql's per-call wrapper
 * (resolver data, container lookup, an argument instance per call). None of them has auth
 * or middleware, and each only reads `branch`/`asOf` from its arguments, which the executor
 * has already coerced. The SDL is unchanged: these replace only `resolve`.
 */
export function installPlainResolvers(schema: GraphQLSchema): GraphQLSchema {
  const versioned = schema.getType('Versioned');
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type) && type.getInterfaces().some((i) => i === versioned))
      replace(schema, type.name, 'commit', resolveCommit as Resolve);
  }
  const wbes = new WbeResolver();
  const elements = new CostElementResolver();
  replace(schema, 'WBE', 'children', (root, args, ctx) => wbes.children(root as WBE, args as VersionArgs, ctx));
  replace(schema, 'WBE', 'costElements', (root, args, ctx) => wbes.costElements(root as WBE, args as VersionArgs, ctx));
  replace(schema, 'CostElement', 'costRegistrations', (root, args, ctx) =>
    elements.costRegistrations(root as CostElement, args as VersionArgs, ctx),
  );
  replace(schema, 'CostElement', 'progressEntries', (root, args, ctx) =>
    elements.progressEntries(root as CostElement, args as VersionArgs, ctx),
  );
  return schema;
}

/**
 * Runs `compile` (graphql-jit) with `commit` on the versioned types seen as a plain property:
 * the compiled query then reads `node.commit` instead of calling a resolver per node (a resolve
 * info, a path and three closures each, 60,000 times at L). Sound because every node that a
 * query resolver makes carries its commit: read with the version (`Loaders.load`), or read
 * before the nodes are made where they were loaded without it (`historyNodes`, `projects`).
 * Mutations run on graphql-js, with the resolver, as do queries that are not compiled.
 */
export function withPropertyCommits<T>(schema: GraphQLSchema, compile: () => T): T {
  const fields = propertyCommitFields(schema);
  const saved = fields.map((field) => field.resolve);
  for (const field of fields) field.resolve = undefined;
  try {
    return compile();
  } finally {
    fields.forEach((field, i) => {
      field.resolve = saved[i];
    });
  }
}

/** The `commit` fields that compiled queries read as a property (see `withPropertyCommits`). */
export function propertyCommitFields(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  const versioned = schema.getType('Versioned');
  return Object.values(schema.getTypeMap()).flatMap((type) => {
    const versionedType = isObjectType(type) && type.getInterfaces().some((i) => i === versioned);
    const field = versionedType ? type.getFields()['commit'] : undefined;
    return field === undefined ? [] : [field];
  });
}

function replace(schema: GraphQLSchema, typeName: string, fieldName: string, resolve: Resolve): void {
  const type = schema.getType(typeName);
  const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
  if (field === undefined) throw new Error(`${typeName}.${fieldName} is not in the schema`);
  field.resolve = resolve;
}
