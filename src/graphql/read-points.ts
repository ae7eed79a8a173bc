import { BadInputError, NotFoundError } from '../shared/errors.js';
import type { ReadPoint } from '../versioning/types.js';
import { inLog, projectHeads } from './branch-heads.js';
import type { Context } from './context.js';
import type { VersionArgs } from './types/inputs.js';

/**
 * The read point of a child field: the parent's, unless the field names a branch or a moment,
 * which starts a new read point (what it leaves out is taken from the parent's).
 * Returns null where the project has no history at that point.
 */
export function childPoint(ctx: Context, parent: ReadPoint, args: VersionArgs): ReadPoint | Promise<ReadPoint | null> {
  const branch = args.branch ?? null;
  const asOf = args.asOf ?? null;
  // The common case (a whole tree at one point) stays synchronous: no promise per node.
  if (branch === null && asOf === null) return parent;
  return newPoint(ctx, parent, branch ?? parent.branch, asOf);
}

async function newPoint(ctx: Context, parent: ReadPoint, branch: string, asOf: Date | null): Promise<ReadPoint | null> {
  if (asOf !== null) return resolved(ctx, parent.projectId, branch, asOf);
  // Another branch at the parent's moment: its asOf, or for a read at a commit the commit's
  // time, so that a read at a commit is as stable as a read of the past. The moment keeps its
  // date (the default EVM control date) too.
  const moment = parent.asOf ?? (parent.commitId === null ? null : await commitTime(ctx, parent.commitId));
  const point = await resolved(ctx, parent.projectId, branch, moment);
  return point === null ? null : withDate(point, parent.date);
}

async function resolved(ctx: Context, projectId: string, branch: string, asOf: Date | null): Promise<ReadPoint | null> {
  const result = await ctx.loaders.readPoint(projectId, { branch, asOf });
  switch (result.status) {
    case 'ok':
      return result.point;
    case 'not-yet':
      return null;
    case 'no-branch':
      throw NotFoundError.branch(projectId, branch);
  }
}

async function commitTime(ctx: Context, commitId: string): Promise<Date> {
  const commit = await ctx.loaders.commits.load(commitId);
  if (commit === null) throw new Error(`commit ${commitId} missing`);
  return commit.committedAt;
}

/** The `commit` argument of the versioned roots. */
export const COMMIT_ARG_DESCRIPTION =
  "Read the state right after this commit, instead of the branch's latest state. It must be in the branch's log (`commits`), e.g. a commit of main from before the branch was forked; the objects are then read on the commit's own branch, and their children inherit the commit. Not together with asOf (BAD_USER_INPUT); a commit of another project is NOT_FOUND, one that the branch's log does not contain is BAD_USER_INPUT.";

/**
 * The read point of a root field: a branch's latest state, a moment on it, or the state right
 * after a commit in its log. A branch the project does not have is NOT_FOUND, and so is a
 * commit that is not the project's; a commit of the project that the branch's log does not
 * contain is BAD_USER_INPUT.
 */
export async function rootPoint(
  ctx: Context,
  projectId: string,
  branch: string,
  asOf: Date | null,
  commitId: string | null = null,
): Promise<ReadPoint | null> {
  if (commitId === null) return resolved(ctx, projectId, branch, asOf);
  if (asOf !== null) throw BadInputError.field('commit', 'a read point takes asOf or commit, not both');
  const result = await ctx.loaders.readPoint(projectId, { branch, commitId });
  if (result.status !== 'ok') return null;
  const point = result.point;
  const own = point.lineage[0];
  if (own !== undefined && point.branch !== branch) {
    const heads = await projectHeads(ctx, projectId);
    if (!heads.branches.some((b) => b.name === branch)) throw NotFoundError.branch(projectId, branch);
    if (!inLog(heads, branch, { branch: own.branch, seq: own.maxSeq })) {
      throw new BadInputError(
        `commit: ${commitId} is a commit of branch "${point.branch}" that the log of "${branch}" does not contain; read it with branch: "${point.branch}"`,
        { field: 'commit', commitBranch: point.branch },
      );
    }
  }
  return point;
}

const dated = new WeakMap<ReadPoint, Map<string, ReadPoint>>();

/**
 * The same read point with another business date (the default EVM control date): a child
 * that reads another branch at its parent's moment, or a point read again from a nodeId,
 * keeps the date it was first read with. One object per point and date, so that the nodes of
 * a tree share it.
 */
export function withDate(point: ReadPoint, date: string): ReadPoint {
  if (point.date === date) return point;
  let byDate = dated.get(point);
  if (byDate === undefined) {
    byDate = new Map();
    dated.set(point, byDate);
  }
  let derived = byDate.get(date);
  if (derived === undefined) {
    derived = { ...point, date };
    byDate.set(date, derived);
  }
  return derived;
}
