import type { Sql } from '../db/sql.js';
import { BadInputError, NotFoundError } from '../shared/errors.js';
import { toDate, toInt, utcDate } from './sql-values.js';
import type { LineageStep, ReadPoint } from './types.js';

/** Where to read: a branch, and at most one of a moment or a commit. */
export interface Ref {
  branch: string;
  asOf?: Date | null;
  commitId?: string | null;
}

export type ReadPointResult =
  | { status: 'ok'; point: ReadPoint }
  /** The project has no such branch at all. */
  | { status: 'no-branch' }
  /** The branch exists, but had no commit yet at the moment asked for. */
  | { status: 'not-yet' };

/**
 * One recursive statement: the branch's own highest visible sequence, then, through the base
 * in force at that sequence, its parent's, and so on up to main.
 */
const LINEAGE_SQL = `
WITH RECURSIVE lin(project_id, branch, max_seq, depth) AS (
  SELECT b.project_id, b.name,
         CASE WHEN $3::timestamptz IS NULL THEN b.head_seq
              ELSE (SELECT max(c.seq) FROM project_commit c
                    WHERE c.project_id = b.project_id AND c.branch = b.name AND c.committed_at <= $3::timestamptz) END,
         0
  FROM branch b WHERE b.project_id = ANY($1::uuid[]) AND b.name = $2
  UNION ALL
  SELECT lin.project_id, bb.parent_branch,
         CASE WHEN $3::timestamptz IS NULL THEN bb.parent_seq
              ELSE LEAST(bb.parent_seq, (SELECT max(c.seq) FROM project_commit c
                    WHERE c.project_id = lin.project_id AND c.branch = bb.parent_branch AND c.committed_at <= $3::timestamptz)) END,
         lin.depth + 1
  FROM lin CROSS JOIN LATERAL (
    SELECT x.parent_branch, x.parent_seq FROM branch_base x
    WHERE x.project_id = lin.project_id AND x.branch = lin.branch AND x.from_seq <= lin.max_seq
    ORDER BY x.from_seq DESC LIMIT 1) bb
)
SELECT lin.project_id, lin.branch, lin.max_seq, lin.depth, h.horizon FROM lin LEFT JOIN LATERAL (
  SELECT ceil(extract(epoch from max(x.at)) * 1000)::float8 AS horizon FROM branch ob CROSS JOIN LATERAL (
    SELECT c.committed_at AS at FROM project_commit c
    WHERE c.project_id = ob.project_id AND c.branch = ob.name AND c.committed_at <= $3::timestamptz
    ORDER BY c.committed_at DESC LIMIT 1) x
  WHERE $3::timestamptz IS NOT NULL AND lin.depth = 0 AND ob.project_id = lin.project_id) h ON true
ORDER BY lin.project_id, lin.depth`;

/**
 * A commit takes its time when it starts and becomes visible when it ends. Reads at a moment
 * at or after a branch's visible head could therefore still gain an in-flight commit; waiting
 * for the branches' write locks first makes such reads final (past reads stay stable).
 */
const WAIT_FOR_WRITERS_SQL = `SELECT 1 FROM branch WHERE project_id = ANY($1::uuid[]) AND head_committed_at <= $2::timestamptz FOR KEY SHARE`;

interface LineageRow extends Record<string, unknown> {
  project_id: string;
  branch: string;
  max_seq: unknown;
  depth: unknown;
  /** On the first step of a read at a moment: the project's latest commit time at or before it. */
  horizon: unknown;
}

/** The lineage of one branch in several projects at once (one statement). */
export async function resolveLineages(
  sql: Sql,
  projectIds: readonly string[],
  branch: string,
  asOf: Date | null,
): Promise<Map<string, ReadPointResult>> {
  const results = new Map<string, ReadPointResult>();
  for (const id of projectIds) results.set(id, { status: 'no-branch' });
  if (projectIds.length === 0) return results;
  // Only branches whose visible head is at or before asOf are locked (and only while a writer
  // holds them is there a wait): reads of the past, before the head, pass straight through.
  if (asOf !== null) await sql.query(WAIT_FOR_WRITERS_SQL, [projectIds, asOf]);
  const rows = await sql.query<LineageRow>(LINEAGE_SQL, [projectIds, branch, asOf]);
  const steps = new Map<string, LineageStep[]>();
  const horizons = new Map<string, Date>();
  for (const row of rows) {
    if (row.horizon !== null && row.horizon !== undefined) horizons.set(row.project_id, toDate(row.horizon));
    const list = steps.get(row.project_id) ?? [];
    if (row.max_seq === null) {
      results.set(row.project_id, { status: 'not-yet' });
      continue;
    }
    list.push({ branch: row.branch, maxSeq: toInt(row.max_seq) });
    steps.set(row.project_id, list);
  }
  for (const [projectId, lineage] of steps) {
    if (results.get(projectId)?.status === 'not-yet') continue;
    const point = makeReadPoint(projectId, branch, asOf, null, lineage);
    const horizon = horizons.get(projectId);
    results.set(projectId, { status: 'ok', point: horizon === undefined ? point : { ...point, horizon } });
  }
  return results;
}

/** Resolves a ref of one project; a commit ref reads the state right after that commit. */
export async function resolveRef(sql: Sql, projectId: string, ref: Ref): Promise<ReadPointResult> {
  const asOf = ref.asOf ?? null;
  const commitId = ref.commitId ?? null;
  if (asOf !== null && commitId !== null) {
    throw new BadInputError('a ref takes asOf or commit, not both');
  }
  if (commitId !== null) {
    const commit = await sql.one<{ branch: string; seq: unknown; project_id: string }>(
      'SELECT branch, seq, project_id FROM project_commit WHERE id = $1',
      [commitId],
    );
    if (commit === null || commit.project_id !== projectId) {
      throw NotFoundError.entity('Commit', commitId, `in project ${projectId}`);
    }
    const result = (await resolveLineagesAtSeq(sql, projectId, commit.branch, toInt(commit.seq))) ?? null;
    if (result === null) throw NotFoundError.branch(projectId, commit.branch);
    return { status: 'ok', point: { ...result, commitId } };
  }
  const results = await resolveLineages(sql, [projectId], ref.branch, asOf);
  return results.get(projectId) ?? { status: 'no-branch' };
}

/** Like resolveRef, but a missing branch is NOT_FOUND and "nothing yet" is returned as null. */
export async function requireRef(sql: Sql, projectId: string, ref: Ref): Promise<ReadPoint | null> {
  const result = await resolveRef(sql, projectId, ref);
  switch (result.status) {
    case 'ok':
      return result.point;
    case 'not-yet':
      return null;
    case 'no-branch':
      throw NotFoundError.branch(projectId, ref.branch);
  }
}

const LINEAGE_AT_SEQ_SQL = `
WITH RECURSIVE lin(branch, max_seq, depth) AS (
  SELECT $2::text, $3::int, 0
  UNION ALL
  SELECT bb.parent_branch, bb.parent_seq, lin.depth + 1
  FROM lin CROSS JOIN LATERAL (
    SELECT x.parent_branch, x.parent_seq FROM branch_base x
    WHERE x.project_id = $1 AND x.branch = lin.branch AND x.from_seq <= lin.max_seq
    ORDER BY x.from_seq DESC LIMIT 1) bb
)
SELECT branch, max_seq, depth FROM lin ORDER BY depth`;

/** The read point right after sequence `seq` of `branch`. */
export async function resolveLineagesAtSeq(
  sql: Sql,
  projectId: string,
  branch: string,
  seq: number,
): Promise<ReadPoint | null> {
  const rows = await sql.query<{ branch: string; max_seq: unknown }>(LINEAGE_AT_SEQ_SQL, [projectId, branch, seq]);
  if (rows.length === 0) return null;
  const lineage = rows.map((r) => ({ branch: r.branch, maxSeq: toInt(r.max_seq) }));
  return makeReadPoint(projectId, branch, null, null, lineage);
}

/** Builds a read point from an already known lineage (the write path knows it under its lock). */
export function makeReadPoint(
  projectId: string,
  branch: string,
  asOf: Date | null,
  commitId: string | null,
  lineage: readonly LineageStep[],
): ReadPoint {
  return {
    projectId,
    branch,
    asOf,
    commitId,
    lineage,
    date: utcDate(asOf ?? new Date()),
    key: `${projectId}@${lineage.map((s) => `${s.branch}:${s.maxSeq}`).join('/')}`,
  };
}

/** The same place in history, with its own own-branch step moved to `maxSeq`. */
export function withOwnSeq(point: ReadPoint, maxSeq: number): ReadPoint {
  const [own, ...rest] = point.lineage;
  if (own === undefined) return point;
  return makeReadPoint(point.projectId, point.branch, point.asOf, point.commitId, [
    { branch: own.branch, maxSeq },
    ...rest,
  ]);
}
