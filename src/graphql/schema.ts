import { isObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { describeRoots } from './descriptions.js';
import { checkFieldCosts } from './field-costs.js';
import { installPlainResolvers, propertyCommitFields } from './plain-resolvers.js';
import { meterResults } from './result-meter.js';
import { DiffResolver, MergeResolver, ResolvedRefResolver } from './resolvers/change-control.resolver.js';
import { ChangeOrderResolver, ChangeOrderTransitionResolver } from './resolvers/change-order.resolver.js';
import { CommitResolver, BranchResolver } from './resolvers/commit.resolver.js';
import { LiveResolver } from './resolvers/live.resolver.js';
import { NodeResolver } from './resolvers/node.resolver.js';
import { DiffImpactResolver, EntityChangeResolver } from './resolvers/readable-change.resolver.js';
import { UserResolver } from './resolvers/user.resolver.js';
import { DateTimeScalar } from './scalars.js';
import { Versioned, type VersionedSource } from './types/versioned.type.js';
import { versionedResolvers } from './versioned-types.js';
import type { EntityState } from '../versioning/types.js';

let built: Promise<GraphQLSchema> | null = null;

/**
 * type-graphql asks for a PubSub as soon as there is a @Subscription, even when every one has
 * its own `subscribe` (src/graphql/resolvers/live.resolver.ts, fed by the domain event bus):
 * topics are not used here, and one that would be is a mistake to surface at once.
 */
const noTopics: PubSub = {
  publish: () => {
    throw new Error('subscriptions are fed by the domain event bus, not by topics');
  },
  subscribe: () => {
    throw new Error('subscriptions are fed by the domain event bus, not by topics');
  },
};

/** Built once per process: type-graphql's metadata is global (type-graphql #1802). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      UserResolver,
      ...versionedResolvers(),
      CommitResolver,
      BranchResolver,
      DiffResolver,
      DiffImpactResolver,
      EntityChangeResolver,
      ResolvedRefResolver,
      MergeResolver,
      ChangeOrderResolver,
      ChangeOrderTransitionResolver,
      NodeResolver,
      LiveResolver,
    ],
    authChecker,
    authMode: 'error',
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    emitSchemaFile: false,
    pubSub: noTopics,
  }).then((schema) => {
    describeRoots(schema);
    installPlainResolvers(schema);
    checkFieldCosts(schema);
    const inline = new Set(propertyCommitFields(schema));
    const versioned = schema.getType('Versioned');
    return meterResults(schema, {
      inline: (field) => inline.has(field),
      identity: sourceOf,
      tracked: (type) =>
        type === versioned || (isObjectType(type) && type.getInterfaces().some((i) => i === versioned)),
    });
  });
  return built;
}

/** A versioned node's loaded state: the same object wherever the request meets that state again. */
function sourceOf(item: unknown): object | undefined {
  return item instanceof Versioned ? (item as Partial<VersionedSource<EntityState>>).source : undefined;
}

/** The SDL that schema/schema.graphql holds. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
