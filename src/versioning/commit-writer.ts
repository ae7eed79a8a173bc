import { Branch, Commit, Node } from '../db/entities/index.js';
import type { BranchRow } from '../db/repositories/branch.repository.js';
import type { Sql } from '../db/sql.js';
import { BadInputError, NotFoundError } from '../shared/errors.js';
import { newId } from './ids.js';
import { makeReadPoint, resolveLineagesAtSeq } from './read-point.js';
import { toDate, toInt } from './sql-values.js';
import type {
  BranchRecord,
  CommitKind,
  CommitRecord,
  CommitScope,
  EntityKind,
  EntityState,
  EntityTypeName,
  ReadPoint,
} from './types.js';

/** A commit being written: its record, and the states just before and after it. */
export interface OpenCommit {
  tx: Sql;
  commit: CommitRecord;
  branch: BranchRecord;
  /** The branch's latest state before this commit (read under the branch lock). */
  before: ReadPoint;
  /** The state this commit produces, once its versions are written. */
  after: ReadPoint;
}

export interface CommitRequest {
  projectId: string;
  branch: string;
  authorId: string;
  kind: CommitKind;
  /** A branch frozen for review takes ACTUALS commits only. */
  scope: CommitScope;
  message: string;
  /** Parents beyond the branch head (the source head of a merge). */
  extraParentIds?: readonly string[];
  /** When the commit happened; only loaders of past data (demo, benchmark) set it. Default: now. */
  at?: Date;
}

export function decodeBranch(row: BranchRow): BranchRecord {
  return {
    projectId: row.project_id,
    name: row.name,
    status: row.status as BranchRecord['status'],
    headCommitId: row.head_commit_id,
    headSeq: toInt(row.head_seq),
    headCommittedAt: toDate(row.head_committed_at),
    forkedFromCommitId: row.forked_from_commit_id,
    createdAt: toDate(row.created_at),
    createdBy: row.created_by,
    planFrozen: row.plan_frozen === true,
  };
}

/** A branch, locked for a write when `lock` (held until the transaction ends); null: no such branch. */
export async function readBranch(
  sql: Sql,
  projectId: string,
  name: string,
  lock = false,
): Promise<BranchRecord | null> {
  const row = await sql.repository(Branch).byName(projectId, name, lock);
  return row === null ? null : decodeBranch(row);
}

/** Long enough for any description of a change; a bound so one commit cannot carry a megabyte. */
export const MAX_COMMIT_MESSAGE_LENGTH = 10_000;

/** committed_at is monotonic per branch even if the clock steps back. */
function nextCommitTime(previous: Date, at: Date | undefined): Date {
  const now = at?.getTime() ?? Date.now();
  return new Date(Math.max(now, previous.getTime() + 1));
}

/**
 * Starts a commit on a branch: locks the branch row (commits on one branch serialize, other
 * branches and projects never wait), then inserts the commit and moves the head.
 */
export async function openCommit(tx: Sql, request: CommitRequest): Promise<OpenCommit> {
  if (request.message.length > MAX_COMMIT_MESSAGE_LENGTH) {
    throw BadInputError.field('message', `must be at most ${MAX_COMMIT_MESSAGE_LENGTH} characters`);
  }
  const branch = await readBranch(tx, request.projectId, request.branch, true);
  if (branch === null) throw NotFoundError.branch(request.projectId, request.branch);
  if (branch.status !== 'ACTIVE') {
    throw new BadInputError(`branch "${branch.name}" is ${branch.status.toLowerCase()} and read-only`, {
      branch: branch.name,
      status: branch.status,
    });
  }
  if (branch.planFrozen && request.scope === 'PLAN') throw BadInputError.frozenForReview(branch.name);
  const before = await resolveLineagesAtSeq(tx, request.projectId, request.branch, branch.headSeq);
  if (before === null) throw NotFoundError.branch(request.projectId, request.branch);
  const commit: CommitRecord = {
    id: newId(),
    projectId: request.projectId,
    branch: request.branch,
    seq: branch.headSeq + 1,
    kind: request.kind,
    message: request.message,
    authorId: request.authorId,
    committedAt: nextCommitTime(branch.headCommittedAt, request.at),
    parentIds: [branch.headCommitId, ...(request.extraParentIds ?? [])],
  };
  await insertCommit(tx, commit);
  await tx
    .repository(Branch)
    .moveHead(commit.projectId, commit.branch, { commitId: commit.id, seq: commit.seq, at: commit.committedAt });
  const [own, ...rest] = before.lineage;
  const after = makeReadPoint(request.projectId, request.branch, null, commit.id, [
    { branch: own?.branch ?? request.branch, maxSeq: commit.seq },
    ...rest,
  ]);
  return {
    tx,
    commit,
    branch: { ...branch, headCommitId: commit.id, headSeq: commit.seq, headCommittedAt: commit.committedAt },
    before,
    after,
  };
}

/** Writes the commit row and emits its event (delivered once the transaction commits). */
export async function insertCommit(tx: Sql, commit: CommitRecord): Promise<void> {
  await tx.repository(Commit).append(commit);
  await tx.emit({
    type: 'commit',
    projectId: commit.projectId,
    branch: commit.branch,
    commitId: commit.id,
    seq: commit.seq,
    kind: commit.kind,
    authorId: commit.authorId,
  });
}

/** Registers new identities created by this commit. */
export async function insertEntities(c: OpenCommit, type: EntityTypeName, ids: readonly string[]): Promise<void> {
  await c.tx.repository(Node).insertIdentities(type, c.commit.projectId, c.commit.id, ids);
}

export interface VersionWrite<S extends EntityState> {
  entityId: string;
  version: number;
  deleted: boolean;
  state: S;
}

/** Appends new states (or tombstones) to the branch in one statement. */
export async function writeVersions<S extends EntityState>(
  c: OpenCommit,
  kind: EntityKind<S>,
  rows: readonly VersionWrite<S>[],
): Promise<void> {
  await c.tx.repository(Node).insertVersions(
    kind,
    c.commit,
    rows.map((r) => ({
      entityId: r.entityId,
      version: r.version,
      deleted: r.deleted,
      values: kind.fields.map((f) => r.state[f.name] ?? null),
    })),
  );
}
