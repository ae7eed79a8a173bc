import type { Sql } from '../db/sql.js';
import { BadInputError } from '../shared/errors.js';
import { COMMIT_COLUMNS, decodeCommit } from './history.js';
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
  const anchor = await sql.one('SELECT 1 FROM project_commit WHERE id = $1 AND project_id = $2', [
    args.afterId,
    args.projectId,
  ]);
  if (anchor === null) throw BadInputError.field('after', `is not a commit of project ${args.projectId}`);
  const rows = await sql.query(
    `SELECT ${COMMIT_COLUMNS} FROM project_commit c, project_commit a
     WHERE a.id = $3 AND c.project_id = $1 AND ($2::text IS NULL OR c.branch = $2)
       AND ((c.branch = a.branch AND c.seq > a.seq) OR (c.branch <> a.branch AND c.committed_at > a.committed_at))
     ORDER BY c.committed_at, c.branch, c.seq LIMIT ${MAX_REPLAYED_COMMITS + 1}`,
    [args.projectId, args.branch, args.afterId],
  );
  if (rows.length > MAX_REPLAYED_COMMITS) {
    throw BadInputError.field(
      'after',
      `more than ${MAX_REPLAYED_COMMITS} commits were made since; refetch what you show and subscribe without after`,
    );
  }
  return rows.map(decodeCommit);
}
