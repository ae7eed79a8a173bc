import { Commit } from '../../db/entities/index.js';
import type { Sql } from '../../db/sql.js';
import { authorize } from '../../auth/policy.js';
import type { Actor } from '../../auth/roles.js';
import { diffPoints } from '../../versioning/diff.js';
import {
  mergeBasePoint,
  mergeBranches,
  type ConflictResolution,
  type MergeResult,
  type MergeStrategy,
} from '../../versioning/merge.js';
import { makeReadPoint, requireRef, type Ref } from '../../versioning/read-point.js';
import { revertCommit as revertInEngine } from '../../versioning/revert.js';
import type { SidedChange } from '../../versioning/diff.js';
import type { CommitRecord, ReadPoint } from '../../versioning/types.js';
import { ALL_KINDS } from '../kinds.js';

export type DiffMode = 'TWO_DOT' | 'THREE_DOT';

/** A side of a diff: where the ref resolved (an empty point where the project had no history yet). */
export interface DiffSide {
  ref: Ref;
  point: ReadPoint;
  /** The commit the point stands on, if any. */
  commitId: string | null;
}

export interface ProjectDiff {
  projectId: string;
  mode: DiffMode;
  from: DiffSide;
  to: DiffSide;
  /** THREE_DOT: the merge base; the `before` side of the comparison. */
  mergeBase: { point: ReadPoint; commitId: string } | null;
  changes: SidedChange[];
}

async function side(sql: Sql, projectId: string, ref: Ref): Promise<DiffSide> {
  const point =
    (await requireRef(sql, projectId, ref)) ?? makeReadPoint(projectId, ref.branch, ref.asOf ?? null, null, []);
  const own = point.lineage[0];
  let commitId = point.commitId;
  if (commitId === null && own !== undefined) {
    commitId = await sql.repository(Commit).idAt(projectId, own.branch, own.maxSeq);
  }
  return { ref, point, commitId };
}

/**
 * TWO_DOT compares the two states; THREE_DOT compares `to` with the merge base of the two
 * (what merging `to` into `from` would bring). Either way only versions written between the
 * compared points are read.
 */
export async function diffProject(
  sql: Sql,
  args: { projectId: string; from: Ref; to: Ref; mode: DiffMode },
): Promise<ProjectDiff> {
  const from = await side(sql, args.projectId, args.from);
  const to = await side(sql, args.projectId, args.to);
  let mergeBase: ProjectDiff['mergeBase'] = null;
  let before: ReadPoint | null = from.point.lineage.length === 0 ? null : from.point;
  if (args.mode === 'THREE_DOT') {
    const a = from.point.lineage[0];
    const b = to.point.lineage[0];
    mergeBase =
      a === undefined || b === undefined
        ? null
        : await mergeBasePoint(
            sql,
            args.projectId,
            { branch: a.branch, seq: a.maxSeq },
            { branch: b.branch, seq: b.maxSeq },
          );
    before = mergeBase?.point ?? null;
  }
  const changes = to.point.lineage.length === 0 ? [] : await diffPoints(sql, ALL_KINDS, before, to.point);
  return { projectId: args.projectId, mode: args.mode, from, to, mergeBase, changes };
}

export async function mergeBranch(
  sql: Sql,
  actor: Actor | null,
  args: {
    projectId: string;
    source: string;
    target: string;
    strategy: MergeStrategy;
    resolutions: readonly ConflictResolution[];
    dryRun: boolean;
    message: string | null;
  },
): Promise<MergeResult> {
  // Merging into main is a plan change on the protected branch: MANAGER or ADMIN.
  const author = authorize(actor, { kind: 'write-plan', branch: args.target });
  return mergeBranches(sql, {
    ...args,
    message: args.message ?? `Merge ${args.source} into ${args.target}`,
    authorId: author.id,
    kinds: ALL_KINDS,
  });
}

export async function revertCommit(
  sql: Sql,
  actor: Actor | null,
  args: { projectId: string; commitId: string; branch: string; message: string | null },
): Promise<CommitRecord> {
  const author = authorize(actor, { kind: 'write-plan', branch: args.branch });
  return revertInEngine(sql, { ...args, authorId: author.id, kinds: ALL_KINDS });
}
