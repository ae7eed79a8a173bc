import { Branch, Commit } from '../db/entities/index.js';
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
  // A commit takes its time when it starts and becomes visible when it ends: waiting for the
  // writers of branches whose head is at or before asOf makes such reads final.
  const branches = sql.repository(Branch);
  if (asOf !== null) await branches.waitForWriters(projectIds, asOf);
  const rows = await branches.lineages(projectIds, branch, asOf);
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
    const commit = await sql.repository(Commit).pointOf(commitId);
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

/** The read point right after sequence `seq` of `branch`. */
export async function resolveLineagesAtSeq(
  sql: Sql,
  projectId: string,
  branch: string,
  seq: number,
): Promise<ReadPoint | null> {
  const rows = await sql.repository(Branch).lineageAtSeq(projectId, branch, seq);
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
