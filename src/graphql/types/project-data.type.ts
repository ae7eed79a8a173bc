import type { GraphQLResolveInfo } from 'graphql';
import { Field, Float, ObjectType } from 'type-graphql';
import { mayAsk, ownSelections } from '../lookahead.js';
import type {
  CostElementState,
  CostRegistrationState,
  ProgressEntryState,
  ProjectState,
  WbeState,
} from '../../domain/kinds.js';
import { DateScalar, DecimalScalar } from '../scalars.js';
import { CostType, ProjectStatus } from './enums.js';
import type { CommitRecord, EntityState, EntityTypeName, Versioned as VersionedState } from '../../versioning/types.js';
import { Node } from './node.type.js';
import { Versioned, type VersionedSource } from './versioned.type.js';

@ObjectType({ implements: [Versioned, Node], simpleResolvers: true })
export class Project extends Versioned implements VersionedSource<ProjectState> {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { description: 'ISO 4217 code' })
  currency!: string;

  @Field(() => ProjectStatus)
  status!: ProjectState['status'];

  @Field(() => DateScalar)
  startDate!: string;

  @Field(() => DateScalar)
  endDate!: string;

  declare source: VersionedSource<ProjectState>['source'];
}

@ObjectType({
  implements: [Versioned, Node],
  simpleResolvers: true,
  description: "Work breakdown element: a node of the project's work breakdown structure.",
})
export class WBE extends Versioned implements VersionedSource<WbeState> {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  declare source: VersionedSource<WbeState>['source'];
}

@ObjectType({ implements: [Versioned, Node], simpleResolvers: true })
export class CostElement extends Versioned implements VersionedSource<CostElementState> {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => CostType)
  costType!: CostElementState['costType'];

  @Field(() => DecimalScalar, { description: 'budget at completion of this element' })
  budget!: string;

  @Field(() => DateScalar)
  plannedStart!: string;

  @Field(() => DateScalar)
  plannedEnd!: string;

  declare source: VersionedSource<CostElementState>['source'];
}

@ObjectType({
  implements: [Versioned, Node],
  simpleResolvers: true,
  description: 'An actual cost incurred on a cost element.',
})
export class CostRegistration extends Versioned implements VersionedSource<CostRegistrationState> {
  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DateScalar)
  incurredOn!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  declare source: VersionedSource<CostRegistrationState>['source'];
}

@ObjectType({
  implements: [Versioned, Node],
  simpleResolvers: true,
  description: 'Percent complete of a cost element, as measured on a date.',
})
export class ProgressEntry extends Versioned implements VersionedSource<ProgressEntryState> {
  @Field(() => Float, { description: '0..100' })
  percentComplete!: number;

  @Field(() => DateScalar)
  measuredOn!: string;

  declare source: VersionedSource<ProgressEntryState>['source'];
}

const NODE_CLASSES: Readonly<Record<EntityTypeName, new () => Versioned>> = {
  Project,
  WBE,
  CostElement,
  CostRegistration,
  ProgressEntry,
};

/** Where the commits read together with versions are kept (the request's loaders). */
export interface KnownCommits {
  knownCommit(id: string): CommitRecord | undefined;
}

/**
 * Flattens a resolved state into an instance of its GraphQL class. Being an instance matters:
 * type-graphql copies a root that is not one into a new instance on every field resolver call.
 * With `commits`, `commit` is set as a plain property when the commit was read with the
 * version: compiled queries read it as such (see `propertyCommits`), without a resolver call
 * per node.
 */
export function toNode<S extends EntityState>(
  v: VersionedState<S>,
  commits?: KnownCommits,
): S & Versioned & VersionedSource<S> {
  const node = Object.assign(new NODE_CLASSES[v.type](), v.state) as S & Versioned & VersionedSource<S>;
  node.id = v.id;
  node.version = v.version;
  node.branch = v.readPoint.branch;
  node.validFrom = v.validFrom;
  node.validTo = v.validTo;
  node.source = v;
  const commit = commits?.knownCommit(v.commitId);
  if (commit !== undefined) node.commit = commit;
  return node;
}

/** Nodes of loaded states in the given order (the loaded list itself is left as it is). */
export function sortedNodes<S extends EntityState>(
  states: readonly VersionedState<S>[],
  order: (a: VersionedState<S>, b: VersionedState<S>) => number,
  commits?: KnownCommits,
): (S & Versioned & VersionedSource<S>)[] {
  return [...states].sort(order).map((v) => toNode(v, commits));
}

/**
 * Nodes of states read without their commits (a history): when `commit` may be asked for on
 * them, their commits are read first (one batched statement, as resolving `commit` on each
 * would have issued), so that every node carries `commit` as a property.
 */
export async function historyNodes<S extends EntityState>(
  ctx: { loaders: KnownCommits & { ensureCommits(versions: readonly { commitId: string }[]): Promise<void> } },
  info: GraphQLResolveInfo,
  states: VersionedState<S>[],
): Promise<(S & Versioned & VersionedSource<S>)[]> {
  if (mayAsk(info, ownSelections(info), 'commit')) await ctx.loaders.ensureCommits(states);
  return states.map((v) => toNode(v, ctx.loaders));
}
