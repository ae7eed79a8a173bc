import { NotFoundError } from '../shared/errors.js';
import type { ReadPoint } from '../versioning/types.js';
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
  return newPoint(ctx, parent, { branch: branch ?? parent.branch, asOf: asOf ?? parent.asOf });
}

async function newPoint(
  ctx: Context,
  parent: ReadPoint,
  ref: { branch: string; asOf: Date | null },
): Promise<ReadPoint | null> {
  const result = await ctx.loaders.readPoint(parent.projectId, ref);
  switch (result.status) {
    case 'ok':
      return result.point;
    case 'not-yet':
      return null;
    case 'no-branch':
      throw NotFoundError.branch(parent.projectId, ref.branch);
  }
}

/** The read point of a root field; a branch the project does not have is NOT_FOUND. */
export async function rootPoint(
  ctx: Context,
  projectId: string,
  branch: string,
  asOf: Date | null,
): Promise<ReadPoint | null> {
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
