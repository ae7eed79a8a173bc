import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { CostElementKind, CostRegistrationKind, ProgressEntryKind } from '../../domain/kinds.js';
import type { EntityKind, EntityState, Versioned } from '../../versioning/types.js';
import type { Context } from '../context.js';
import { ROOT_AS_OF, ROOT_BRANCH } from '../descriptions.js';
import { childPoint, COMMIT_ARG_DESCRIPTION, rootPoint } from '../read-points.js';
import { DateTimeScalar, UUIDScalar } from '../scalars.js';
import { VersionArgs } from '../types/inputs.js';
import { CostElement, CostRegistration, ProgressEntry, toNode } from '../types/project-data.type.js';
import { projectOfOrNull } from './lookup.js';

/** An entity by id at the point a root's arguments name; null where it is not there. */
async function versionedRoot<S extends EntityState>(
  ctx: Context,
  kind: EntityKind<S>,
  id: string,
  where: { branch: string; asOf: Date | null; commit: string | null },
): Promise<Versioned<S> | null> {
  const projectId = await projectOfOrNull(ctx, id, kind.type);
  if (projectId === null) return null;
  const point = await rootPoint(ctx, projectId, where.branch, where.asOf ?? null, where.commit ?? null);
  return point === null ? null : ctx.loaders.byId(kind, point, id);
}

/** The element an actual belongs to, at the actual's read point or the one the arguments name. */
async function elementOf(
  ctx: Context,
  node: CostRegistration | ProgressEntry,
  costElementId: string,
  args: VersionArgs,
): Promise<CostElement | null> {
  const point = await childPoint(ctx, node.source.readPoint, args);
  if (point === null) return null;
  const element = await ctx.loaders.byId(CostElementKind, point, costElementId);
  return element === null ? null : toNode(element, ctx.loaders);
}

@Resolver(() => CostRegistration)
export class CostRegistrationResolver {
  @Authorized()
  @Query(() => CostRegistration, {
    nullable: true,
    description:
      "One actual at a read point (its project's branch and moment, or a commit), like the other versioned roots. null when none exists there (never recorded, not yet recorded, or deleted)",
  })
  async costRegistration(
    @Arg('id', () => UUIDScalar, { description: "the cost registration's id" }) id: string,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true, description: ROOT_BRANCH })
    branchArg: string | null,
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: ROOT_AS_OF }) asOf: Date | null,
    @Arg('commit', () => UUIDScalar, {
      nullable: true,
      description: COMMIT_ARG_DESCRIPTION,
    })
    commit: string | null,
    @Ctx() ctx: Context,
  ): Promise<CostRegistration | null> {
    const found = await versionedRoot(ctx, CostRegistrationKind, id, { branch: branchArg ?? 'main', asOf, commit });
    return found === null ? null : toNode(found, ctx.loaders);
  }

  @FieldResolver(() => CostElement, {
    nullable: true,
    description: 'null only where an explicit branch/asOf points where the element does not exist',
  })
  costElement(
    @Root() node: CostRegistration,
    @Args(() => VersionArgs) args: VersionArgs,
    @Ctx() ctx: Context,
  ): Promise<CostElement | null> {
    return elementOf(ctx, node, node.source.state.costElementId, args);
  }
}

@Resolver(() => ProgressEntry)
export class ProgressEntryResolver {
  @Authorized()
  @Query(() => ProgressEntry, {
    nullable: true,
    description:
      "One actual at a read point (its project's branch and moment, or a commit), like the other versioned roots. null when none exists there (never recorded, not yet recorded, or deleted)",
  })
  async progressEntry(
    @Arg('id', () => UUIDScalar, { description: "the progress entry's id" }) id: string,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true, description: ROOT_BRANCH })
    branchArg: string | null,
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: ROOT_AS_OF }) asOf: Date | null,
    @Arg('commit', () => UUIDScalar, {
      nullable: true,
      description: COMMIT_ARG_DESCRIPTION,
    })
    commit: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProgressEntry | null> {
    const found = await versionedRoot(ctx, ProgressEntryKind, id, { branch: branchArg ?? 'main', asOf, commit });
    return found === null ? null : toNode(found, ctx.loaders);
  }

  @FieldResolver(() => CostElement, {
    nullable: true,
    description: 'null only where an explicit branch/asOf points where the element does not exist',
  })
  costElement(
    @Root() node: ProgressEntry,
    @Args(() => VersionArgs) args: VersionArgs,
    @Ctx() ctx: Context,
  ): Promise<CostElement | null> {
    return elementOf(ctx, node, node.source.state.costElementId, args);
  }
}
