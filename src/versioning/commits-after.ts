import { Commit } from '../db/entities/index.js';
import type { Sql } from '../db/sql.js';
import { BadInputError } from '../shared/errors.js';
import { decodeCommit } from './history.js';
import type { CommitRecord } from './types.js';

/** More missed commits than a client should replay one event at a time: it refetches instead. */
export const MAX_REPLAYED_COMMITS = 1_000;

/**
 * The commits of a project (of one branch, if named) made after `afterId`, in the order they
 * were made: on `afterId`'s own branch by seq, on other branches by commit time (the log of
 * a branch is ordered by its seq; across branches, commit time is the only order there is).
 * A client that reconnects with the last commit it saw gets exactly the ones it missed.
 */
export async function commitsAfter(
  sql: Sql,
  args: { projectId: string; branch: string | null; afterId: string },
): Promise<CommitRecord[]> {
  const commits = sql.repository(Commit);
  if (!(await commits.isOfProject(args.afterId, args.projectId)))
    throw BadInputError.field('after', `is not a commit of project ${args.projectId}`);
  const rows = await commits.after(args, MAX_REPLAYED_COMMITS + 1);
  if (rows.length > MAX_REPLAYED_COMMITS) {
    throw BadInputError.field(
      'after',
      `more than ${MAX_REPLAYED_COMMITS} commits were made since; refetch what you show and subscribe without after`,
    );
  }
  return rows.map(decodeCommit);
}
