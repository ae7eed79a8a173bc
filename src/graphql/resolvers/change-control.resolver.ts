import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  diffProject,
  mergeBranch,
  revertCommit,
  type DiffSide,
} from '../../domain/change-control/change-control.service.js';
import type { Context } from '../context.js';
import { evmImpact } from '../diff-impact.js';
import { requireActor } from '../context.js';
import { COMMIT_MESSAGE, WRITE_BRANCH } from '../descriptions.js';
import { UUIDScalar } from '../scalars.js';
import { ResolvedRef } from '../types/branch.type.js';
import { ConflictResolution } from '../types/change-control.input.js';
import { EVMImpact, MergeResult, ProjectDiff } from '../types/change-control.type.js';
import { Commit } from '../types/commit.type.js';
import { DiffMode, MergeStrategy } from '../types/enums.js';
import { RefInput } from '../types/inputs.js';

function toRef(input: RefInput) {
  return { branch: input.branch ?? 'main', asOf: input.asOf ?? null, commitId: input.commit ?? null };
}

function resolvedRef(side: DiffSide): ResolvedRef {
  return {
    branch: side.point.branch,
    asOf: side.ref.asOf ?? null,
    commitId: side.commitId,
    projectId: side.point.projectId,
  };
}

@Resolver(() => ProjectDiff)
export class DiffResolver {
  @Authorized()
  @Query(() => ProjectDiff, {
    description:
      'What differs between two read points of a project, field by field, with the EVM impact. A change order\'s review is diff(from: {branch: "main"}, to: {branch: "co-<code>"})',
  })
  async diff(
    @Arg('projectId', () => UUIDScalar, { description: 'the project' }) projectId: string,
    @Arg('from', () => RefInput, { description: 'the earlier or base side (e.g. main)' }) from: RefInput,
    @Arg('to', () => RefInput, { description: "the later or changed side (e.g. a change order's branch)" })
    to: RefInput,
    @Arg('mode', () => DiffMode, {
      defaultValue: DiffMode.THREE_DOT,
      nullable: true,
      description:
        'THREE_DOT (default): what `to` changed since its merge base with `from`; TWO_DOT: state against state',
    })
    mode: DiffMode | null,
    @Ctx() ctx: Context,
  ): Promise<ProjectDiff> {
    const record = await diffProject(ctx.sql, {
      projectId,
      from: toRef(from),
      to: toRef(to),
      mode: mode ?? DiffMode.THREE_DOT,
    });
    return { projectId, mode: record.mode, changes: record.changes, record };
  }

  @FieldResolver(() => ResolvedRef, { description: 'the point that `from` resolved to' })
  from(@Root() diff: ProjectDiff): ResolvedRef {
    return resolvedRef(diff.record.from);
  }

  @FieldResolver(() => ResolvedRef, { description: 'the point that `to` resolved to' })
  to(@Root() diff: ProjectDiff): ResolvedRef {
    return resolvedRef(diff.record.to);
  }

  @FieldResolver(() => Commit, {
    nullable: true,
    description:
      'THREE_DOT: the latest commit that both sides contain, which `to` is compared with; null for TWO_DOT and where a side has no history',
  })
  mergeBase(@Root() diff: ProjectDiff, @Ctx() ctx: Context): Promise<Commit | null> {
    const base = diff.record.mergeBase;
    return base === null ? Promise.resolve(null) : ctx.loaders.commits.load(base.commitId);
  }

  @FieldResolver(() => EVMImpact, {
    description: "how the project's BAC and EAC move from the before side to the after side",
  })
  evmImpact(@Root() diff: ProjectDiff, @Ctx() ctx: Context): Promise<EVMImpact> {
    return evmImpact(ctx.loaders, diff.record);
  }
}

@Resolver(() => ResolvedRef)
export class ResolvedRefResolver {
  @FieldResolver(() => Commit, {
    nullable: true,
    description:
      'the commit read: the one given, else the latest commit visible at the point; null where the project had none yet',
  })
  commit(@Root() ref: ResolvedRef, @Ctx() ctx: Context): Promise<Commit | null> {
    return ref.commitId === null ? Promise.resolve(null) : ctx.loaders.commits.load(ref.commitId);
  }
}

@Resolver(() => MergeResult)
export class MergeResolver {
  @Authorized()
  @Mutation(() => MergeResult, {
    description:
      'Three-way merge of source into target against their merge base, field by\nfield. With dryRun nothing is written (status is what a real merge would\nreturn; commit is null). A merge writes one MERGE commit with parents\n[target head, source head], even when it keeps every value of the target.\nMerging main into a branch brings the branch up to date. Branches stay\nACTIVE after a merge; only approving a change order makes its branch MERGED.',
  })
  async mergeBranch(
    @Arg('projectId', () => UUIDScalar, { description: 'the project' }) projectId: string,
    @Arg('source', () => String, {
      description: 'the branch merged from (an archived one is BAD_USER_INPUT; an unknown one NOT_FOUND)',
    })
    source: string,
    @Arg('target', () => String, {
      defaultValue: 'main',
      nullable: true,
      description:
        'the branch merged into, which gets the MERGE commit (default main: only MANAGER and ADMIN merge into it)',
    })
    target: string | null,
    @Arg('strategy', () => MergeStrategy, {
      defaultValue: MergeStrategy.FAIL_ON_CONFLICT,
      nullable: true,
      description: 'how conflicts without a resolution are decided (default FAIL_ON_CONFLICT)',
    })
    strategy: MergeStrategy | null,
    @Arg('resolutions', () => [ConflictResolution], {
      nullable: true,
      description: 'explicit values for named conflicts, which override the strategy (default: none)',
    })
    resolutions: ConflictResolution[] | null,
    @Arg('dryRun', () => Boolean, {
      defaultValue: false,
      nullable: true,
      description: 'true: report what the merge would do and write nothing (default false)',
    })
    dryRun: boolean | null,
    @Arg('message', () => String, { nullable: true, description: COMMIT_MESSAGE }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<MergeResult> {
    const result = await mergeBranch(ctx.sql, requireActor(ctx), {
      projectId,
      source,
      target: target ?? 'main',
      strategy: strategy ?? MergeStrategy.FAIL_ON_CONFLICT,
      resolutions: (resolutions ?? []).map((r) => ({ entityId: r.entityId, field: r.field, value: r.value ?? null })),
      dryRun: dryRun ?? false,
      message: message ?? null,
    });
    return { ...result, conflicts: result.conflicts.map(({ clash: _clash, ...c }) => c) };
  }

  @Authorized()
  @Mutation(() => Commit, {
    description:
      'a new commit on the branch that undoes what the given commit changed; a field changed again since is CONFLICT and nothing is written',
  })
  revertCommit(
    @Arg('projectId', () => UUIDScalar, { description: 'the project' }) projectId: string,
    @Arg('commitId', () => UUIDScalar, { description: 'the commit whose changes are undone' }) commitId: string,
    @Arg('branch', () => String, { defaultValue: 'main', nullable: true, description: WRITE_BRANCH })
    branch: string | null,
    @Arg('message', () => String, { nullable: true, description: COMMIT_MESSAGE }) message: string | null,
    @Ctx() ctx: Context,
  ): Promise<Commit> {
    return revertCommit(ctx.sql, requireActor(ctx), {
      projectId,
      commitId,
      branch: branch ?? 'main',
      message: message ?? null,
    });
  }
}
