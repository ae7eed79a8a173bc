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
import { MONEY } from '../descriptions.js';
import { DateScalar, DecimalScalar } from '../scalars.js';
import { CostType, ProjectStatus } from './enums.js';
import type { CommitRecord, EntityState, Versioned as VersionedState } from '../../versioning/types.js';
import { versionedTypeOf } from '../versioned-types.js';
import { Node } from './node.type.js';
import { Versioned, type VersionedSource } from './versioned.type.js';

@ObjectType({
  implements: [Versioned, Node],
  simpleResolvers: true,
  description:
    'A project, at the read point it was read at: its WBS (WBEs and their cost elements), budget and EVM figures. Its children inherit its read point.',
})
export class Project extends Versioned implements VersionedSource<ProjectState> {
  @Field(() => String, { description: 'short code, unique among projects, e.g. CHP-120 (the demo project)' })
  code!: string;

  @Field(() => String, { description: 'the name, one line' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'free text; null when none was given' })
  description!: string | null;

  @Field(() => String, { description: 'ISO 4217 code of the currency that all money of the project is in, e.g. EUR' })
  currency!: string;

  @Field(() => ProjectStatus, { description: 'where the project is in its life' })
  status!: ProjectState['status'];

  @Field(() => DateScalar, { description: 'the first day of the project (calendar day)' })
  startDate!: string;

  @Field(() => DateScalar, { description: 'the last day of the project (calendar day), on or after startDate' })
  endDate!: string;

  declare source: VersionedSource<ProjectState>['source'];
}

@ObjectType({
  implements: [Versioned, Node],
  simpleResolvers: true,
  description: "Work breakdown element: a node of the project's work breakdown structure.",
})
export class WBE extends Versioned implements VersionedSource<WbeState> {
  @Field(() => String, { description: "short code, unique among the project's WBEs on the branch" })
  code!: string;

  @Field(() => String, { description: 'the name, one line' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'free text; null when none was given' })
  description!: string | null;

  declare source: VersionedSource<WbeState>['source'];
}

@ObjectType({
  implements: [Versioned, Node],
  simpleResolvers: true,
  description:
    'A budgeted piece of work under a WBE: where budget, actual costs and progress meet, and the unit that EVM figures are computed for.',
})
export class CostElement extends Versioned implements VersionedSource<CostElementState> {
  @Field(() => String, { description: "short code, unique among the project's cost elements on the branch" })
  code!: string;

  @Field(() => String, { description: 'the name, one line' })
  name!: string;

  @Field(() => CostType, { description: 'the kind of resource it budgets' })
  costType!: CostElementState['costType'];

  @Field(() => DecimalScalar, { description: `budget at completion of this element, ${MONEY}` })
  budget!: string;

  @Field(() => DateScalar, {
    description: 'the day its planned work starts (calendar day): PV grows linearly from here',
  })
  plannedStart!: string;

  @Field(() => DateScalar, {
    description:
      'the day its planned work ends (calendar day), on or after plannedStart: PV equals the budget from here',
  })
  plannedEnd!: string;

  declare source: VersionedSource<CostElementState>['source'];
}

@ObjectType({
  implements: [Versioned, Node],
  simpleResolvers: true,
  description: 'An actual cost incurred on a cost element.',
})
export class CostRegistration extends Versioned implements VersionedSource<CostRegistrationState> {
  @Field(() => DecimalScalar, { description: `the amount, ${MONEY}; negative for a credit` })
  amount!: string;

  @Field(() => DateScalar, { description: 'the day the cost was incurred (calendar day); AC counts it from then on' })
  incurredOn!: string;

  @Field(() => String, { nullable: true, description: 'free text, e.g. an invoice number; null when none was given' })
  description!: string | null;

  declare source: VersionedSource<CostRegistrationState>['source'];
}

@ObjectType({
  implements: [Versioned, Node],
  simpleResolvers: true,
  description: 'Percent complete of a cost element, as measured on a date.',
})
export class ProgressEntry extends Versioned implements VersionedSource<ProgressEntryState> {
  @Field(() => Float, {
    description:
      '0..100: percent complete, as a person reports it (50 is half done), unlike EVMMetrics.percentComplete, a 0..1 fraction',
  })
  percentComplete!: number;

  @Field(() => DateScalar, {
    description: 'the day it was measured (calendar day); the latest entry on or before a control date sets EV',
  })
  measuredOn!: string;

  declare source: VersionedSource<ProgressEntryState>['source'];
}

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
  const node = Object.assign(new (versionedTypeOf(v.type).node())(), v.state) as S & Versioned & VersionedSource<S>;
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

/** The node that `toNode` makes of a state of S. */
export type NodeOf<S extends EntityState> = S & Versioned & VersionedSource<S>;

/**
 * Nodes of loaded states in the given order (the loaded list itself is left as it is). Runs
 * once per node and list field of a whole tree, mostly on lists of a few: those are sorted by
 * insertion in the one copy (stable, as Array.prototype.sort, which allocates a work array per
 * call), and the nodes are made in a loop, with no closure.
 */
export function sortedNodes<S extends EntityState>(
  states: readonly VersionedState<S>[],
  order: (a: VersionedState<S>, b: VersionedState<S>) => number,
  commits?: KnownCommits,
): NodeOf<S>[] {
  const sorted = states.slice();
  if (sorted.length > SORT_BY_INSERTION) sorted.sort(order);
  else insertionSort(sorted, order);
  const nodes = new Array<NodeOf<S>>(sorted.length);
  for (let i = 0; i < sorted.length; i += 1) nodes[i] = toNode(sorted[i] as VersionedState<S>, commits);
  return nodes;
}

/** Up to this many, a list is sorted by insertion. */
const SORT_BY_INSERTION = 16;

function insertionSort<T>(items: T[], order: (a: T, b: T) => number): void {
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && order(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j -= 1;
    }
    items[j + 1] = item;
  }
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
