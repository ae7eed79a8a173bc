import { Commit } from '../db/entities/index.js';
import type { Sql } from '../db/sql.js';
import { readBranch } from './commit-writer.js';
import { compareStates } from './diff.js';
import { BadInputError, NotFoundError } from '../shared/errors.js';
import { ancestryOf, loadCrossEdges, mergeBases, type HistoryPoint } from './history.js';
import { decideChanges, live } from './merge-decisions.js';
import { resolveConflicts, type ConflictResolution, type MergeStrategy } from './merge-resolution.js';
import { addDecidedViolations, addViolationConflicts } from './merge-violations.js';
import { writeMerge } from './merge-write.js';
import { resolveLineagesAtSeq } from './read-point.js';
import { ResolvedFields, type MergeConflict } from './open-conflicts.js';
import { sameState } from './three-way.js';
import type { BranchRecord, CommitRecord, EntityChange, EntityKind, ReadPoint } from './types.js';

export type { ConflictResolution, MergeStrategy } from './merge-resolution.js';
export type { MergeConflict } from './open-conflicts.js';
export type MergeStatus = 'MERGED' | 'CONFLICTS' | 'UP_TO_DATE';

export interface MergeRequest {
  projectId: string;
  source: string;
  target: string;
  strategy: MergeStrategy;
  resolutions: readonly ConflictResolution[];
  dryRun: boolean;
  message: string;
  authorId: string;
  kinds: readonly EntityKind[];
}

export interface MergeResult {
  status: MergeStatus;
  commit: CommitRecord | null;
  conflicts: MergeConflict[];
  changes: EntityChange[];
}

const upToDate = (): MergeResult => ({ status: 'UP_TO_DATE', commit: null, conflicts: [], changes: [] });

async function lockedBranch(tx: Sql, projectId: string, name: string, lock: boolean): Promise<BranchRecord> {
  const branch = await readBranch(tx, projectId, name, lock);
  if (branch === null) throw NotFoundError.branch(projectId, name);
  return branch;
}

/** The merge base of two points as a read point, and its commit. Ties go to the latest commit. */
export async function mergeBasePoint(
  tx: Sql,
  projectId: string,
  a: HistoryPoint,
  b: HistoryPoint,
): Promise<{ point: ReadPoint; commitId: string } | null> {
  const edges = await loadCrossEdges(tx, projectId);
  const bases = mergeBases(edges, a, b);
  if (bases.length === 0) return null;
  const best = await tx.repository(Commit).latestAt(projectId, bases);
  if (best === null) return null;
  const point = await resolveLineagesAtSeq(tx, projectId, best.branch, Number(best.seq));
  return point === null ? null : { point, commitId: best.id };
}

/**
 * Three-way, field-level merge of `source` into `target` against their merge base. Reads
 * only the versions the source wrote since the base; writes one MERGE commit or nothing.
 * The steps: the three sides of what the source changed (merge-decisions), the rules the
 * merged states must keep (merge-violations), the strategy and resolutions for the conflicts
 * (merge-resolution), and the commit (merge-write).
 */
export async function mergeBranches(sql: Sql, request: MergeRequest): Promise<MergeResult> {
  if (request.source === request.target) throw BadInputError.field('source', 'a branch cannot be merged into itself');
  return sql.transaction(async (tx) => {
    const target = await lockedBranch(tx, request.projectId, request.target, true);
    const source = await lockedBranch(tx, request.projectId, request.source, false);
    if (source.status === 'ARCHIVED')
      throw BadInputError.field('source', `branch "${source.name}" is archived and cannot be merged`);
    if (target.status !== 'ACTIVE')
      throw BadInputError.field('target', `branch "${target.name}" is ${target.status.toLowerCase()} and read-only`);
    // Merging into a branch under review changes what is reviewed; a dry run changes nothing.
    if (target.planFrozen && !request.dryRun) throw BadInputError.frozenForReview(target.name);
    const oursAt: HistoryPoint = { branch: target.name, seq: target.headSeq };
    const theirsAt: HistoryPoint = { branch: source.name, seq: source.headSeq };
    const edges = await loadCrossEdges(tx, request.projectId);
    if ((ancestryOf(edges, oursAt).get(source.name) ?? 0) >= source.headSeq) return upToDate();
    const base = await mergeBasePoint(tx, request.projectId, oursAt, theirsAt);
    const ours = await resolveLineagesAtSeq(tx, request.projectId, target.name, target.headSeq);
    const theirs = await resolveLineagesAtSeq(tx, request.projectId, source.name, source.headSeq);
    if (base === null || ours === null || theirs === null) throw new Error('merge points missing');

    const decisions = await decideChanges(tx, request.projectId, request.kinds, { base: base.point, ours, theirs });
    // What the merge brings is what the source changed since the base, however many commits it
    // took: a source that changed nothing (or changed values back) is up to date, like one the
    // target already contains. A base move is not needed then either: nothing would change.
    if (decisions.every((d) => sameState(d.kind, live(d.base), live(d.theirs)))) return upToDate();
    const points = { base: base.point, ours };
    await addViolationConflicts(tx, request.projectId, request.kinds, points, decisions);
    const { unresolved, decidedSome } = resolveConflicts(decisions, request.resolutions, request.strategy);
    const resolved = new ResolvedFields(request.resolutions);
    await addDecidedViolations(tx, request.projectId, request.kinds, points, decisions, {
      unresolved,
      resolved,
      decidedSome,
    });

    // With conflicts, what the merge would bring apart from them: every field no conflict covers.
    const changes = decisions
      .map((d) => compareStates(d.kind, d.id, live(d.ours), d.merged))
      .map((c) => (c === null ? null : unresolved.uncontested(c)))
      .filter((c): c is EntityChange => c !== null);
    if (unresolved.list.length > 0) return { status: 'CONFLICTS', commit: null, conflicts: unresolved.list, changes };
    if (request.dryRun) return { status: 'MERGED', commit: null, conflicts: [], changes };
    const { projectId, kinds, message, authorId } = request;
    const write = { projectId, kinds, message, authorId, target, source, ours };
    const commit = await writeMerge(tx, write, decisions);
    return { status: 'MERGED', commit, conflicts: [], changes };
  });
}
