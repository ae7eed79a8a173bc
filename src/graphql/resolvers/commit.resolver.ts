import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { archiveBranch, commitLog, createBranch, listBranches } from '../../domain/branch/branch.service.js';
import { ALL_KINDS } from '../../domain/kinds.js';
import { diffPoints } from '../../versioning/diff.js';
import { resolveLineagesAtSeq } from '../../versioning/read-point.js';
import type { ReadPoint } from '../../versioning/types.js';
import { BadInputError } from '../../shared/errors.js';
import type { Context } from '../context.js';
import { requireActor } from '../context.js';
import { decodeCursor, encodeCursor, pageSize } from '../pagination.js';
import { DateTimeScalar, UUIDScalar } from '../scalars.js';
import { branchesContaining } from '../branch-heads.js';
import { AFTER, FIRST } from '../descriptions.js';
import { Branch } from '../types/branch.type.js';
import { Commit, CommitConnection, EntityChange } from '../types/commit.type.js';
import { RefInput } from '../types/inputs.js';
import { User } from '../types/user.type.js';
import { ChangeOrder } from '../types/change-control.type.js';
import { changeOrderOfBranch } from '../../domain/change-order/change-order.service.js';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => Commit)
export class CommitResolver {
  @Authorized()
  @Query(() => Commit, { nullable: true, description: 'one commit of any project; null when there is no such commit' })
  commit(
    @Arg('id', () => UUIDScalar, { description: "the commit's id" }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Commit | null> {
    return ctx.loaders.commits.load(id);
  }

  @Authorized()
  @Query(() => CommitConnection, {
    description:
      'the log of a branch: every commit reachable from its head through all parents (like git log), newest first',
  })
  async commits(
    @Arg('projectId', () => UUIDScalar, { description: 'the project' }) projectId: string,
    @Arg('branch', () => String, {
      defaultValue: 'main',
      nullable: true,
      description: 'whose log (default main); a branch that the project does not have is NOT_FOUND',
    })
    branchArg: string | null,
    @Arg('first', () => Int, { defaultValue: 50, nullable: true, description: FIRST }) firstArg: number | null,
    @Arg('after', () => String, { nullable: true, description: AFTER }) after: string | null,
    @Arg('since', () => DateTimeScalar, {
      nullable: true,
      description:
        'only commits with committedAt at or after this instant; with until, the moments a date picker can offer (page and totalCount both obey it). After until is BAD_USER_INPUT',
    })
    since: Date | null,
    @Arg('until', () => DateTimeScalar, {
      nullable: true,
      description:
        'only commits with committedAt at or before this instant: exactly the commits that a read at asOf until sees on this branch',
    })
    until: Date | null,
    @Ctx() ctx: Context,
  ): Promise<CommitConnection> {
    const branch = branchArg ?? 'main';
    if (since !== null && since !== undefined && until !== null && until !== undefined && since > until) {
      throw BadInputError.field('since', 'is after until');
    }
    const first = firstArg ?? 50;
    const size = pageSize(first);
    let cursor: { at: number; id: string } | null = null;
    if (after !== null && after !== undefined) {
      const [at, id] = decodeCursor(after, 2);
      if (typeof at !== 'number' || typeof id !== 'string' || !UUID_PATTERN.test(id)) {
        throw BadInputError.field('after', 'is not a cursor returned by this connection');
      }
      cursor = { at, id };
    }
    const page = await commitLog(ctx.sql, { projectId, branch, first: size, after: cursor, since, until });
    const edges = page.commits.map((c) => ({ cursor: encodeCursor([c.committedAt.getTime(), c.id]), node: c }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @FieldResolver(() => [Branch], {
    description:
      "the branches whose head contains this commit (it is in their log, `commits`), main first; its own branch's among them. Answered for a whole page of commits with two statements per project",
  })
  containedInBranches(@Root() commit: Commit, @Ctx() ctx: Context): Promise<Branch[]> {
    return branchesContaining(ctx, commit);
  }

  @FieldResolver(() => User, { description: "who made the commit: the author's latest profile" })
  async author(@Root() commit: Commit, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.loaders.users.load(commit.authorId);
    if (user === null) throw new Error(`author ${commit.authorId} missing`);
    return user;
  }

  @FieldResolver(() => [Commit], { description: 'one parent; two for a merge; none for the first commit of a project' })
  async parents(@Root() commit: Commit, @Ctx() ctx: Context): Promise<Commit[]> {
    const parents = await ctx.loaders.commits.loadMany(commit.parentIds);
    return parents.filter((p): p is Commit => p !== null && !(p instanceof Error));
  }

  @FieldResolver(() => [EntityChange], { description: 'what this commit changed, against its first parent' })
  async changes(@Root() commit: Commit, @Ctx() ctx: Context): Promise<EntityChange[]> {
    const after = await resolveLineagesAtSeq(ctx.sql, commit.projectId, commit.branch, commit.seq);
    if (after === null) return [];
    let before: ReadPoint | null = null;
    const [firstParentId] = commit.parentIds;
    if (firstParentId !== undefined) {
      const parent = await ctx.loaders.commits.load(firstParentId);
      if (parent !== null) before = await resolveLineagesAtSeq(ctx.sql, parent.projectId, parent.branch, parent.seq);
    }
    return diffPoints(ctx.sql, ALL_KINDS, before, after);
  }
}

@Resolver(() => Branch)
export class BranchResolver {
  @Authorized()
  @Query(() => [Branch], {
    description:
      'every branch of a project, whatever its status: main first, then by creation time; empty for an unknown project',
  })
  branches(
    @Arg('projectId', () => UUIDScalar, { description: 'the project' }) projectId: string,
    @Ctx() ctx: Context,
  ): Promise<Branch[]> {
    return listBranches(ctx.sql, projectId);
  }

  @Authorized()
  @Mutation(() => Branch, {
    description:
      "a new branch of the project at `from` (default: main's latest state); writes no entity rows; a name in use is CONFLICT",
  })
  createBranch(
    @Arg('projectId', () => UUIDScalar, { description: 'the project' }) projectId: string,
    @Arg('name', () => String, {
      description:
        'the new branch: 1-63 letters, digits, ".", "_", "-" or "/", starting with a letter or digit (BAD_USER_INPUT otherwise)',
    })
    name: string,
    @Arg('from', () => RefInput, {
      nullable: true,
      description:
        "where the branch starts: a branch and a moment or commit on it (default: main's latest state); a point where the project has no history is BAD_USER_INPUT",
    })
    from: RefInput | null,
    @Ctx() ctx: Context,
  ): Promise<Branch> {
    const ref =
      from === null || from === undefined
        ? null
        : { branch: from.branch, asOf: from.asOf ?? null, commitId: from.commit ?? null };
    return createBranch(ctx.sql, requireActor(ctx), { projectId, name, from: ref });
  }

  @Authorized()
  @Mutation(() => Branch, {
    description:
      'an archived branch is read-only and cannot be merged; main cannot be archived, nor\na branch whose change order is SUBMITTED (BAD_USER_INPUT, extensions.reason\nCHANGE_ORDER_FROZEN)',
  })
  archiveBranch(
    @Arg('projectId', () => UUIDScalar, { description: 'the project' }) projectId: string,
    @Arg('name', () => String, {
      description:
        'the branch; main and a merged branch cannot be archived (BAD_USER_INPUT), an unknown one is NOT_FOUND',
    })
    name: string,
    @Ctx() ctx: Context,
  ): Promise<Branch> {
    return archiveBranch(ctx.sql, requireActor(ctx), { projectId, name });
  }

  @FieldResolver(() => Commit, { description: "the branch's latest commit" })
  async head(@Root() branch: Branch, @Ctx() ctx: Context): Promise<Commit> {
    const commit = await ctx.loaders.commits.load(branch.headCommitId);
    if (commit === null) throw new Error('head commit missing');
    return commit;
  }

  @FieldResolver(() => Commit, {
    nullable: true,
    description: 'the commit that the branch was created from; null for main',
  })
  forkedFrom(@Root() branch: Branch, @Ctx() ctx: Context): Promise<Commit | null> {
    return branch.forkedFromCommitId === null
      ? Promise.resolve(null)
      : ctx.loaders.commits.load(branch.forkedFromCommitId);
  }

  @FieldResolver(() => ChangeOrder, {
    nullable: true,
    description: 'the change order that owns this branch; null for other branches',
  })
  changeOrder(@Root() branch: Branch, @Ctx() ctx: Context): Promise<ChangeOrder | null> {
    return changeOrderOfBranch(ctx.sql, branch.projectId, branch.name);
  }

  @FieldResolver(() => User, { description: "who created the branch: that user's latest profile" })
  async createdBy(@Root() branch: Branch, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.loaders.users.load(branch.createdBy);
    if (user === null) throw new Error('branch creator missing');
    return user;
  }
}
