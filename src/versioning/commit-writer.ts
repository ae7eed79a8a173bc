import type { Sql } from '../db/sql.js';
import { BadInputError, NotFoundError } from '../shared/errors.js';
import { newId } from './ids.js';
import { makeReadPoint, resolveLineagesAtSeq } from './read-point.js';
import { epochMs, toDate, toInt } from './sql-values.js';
import type {
  BranchRecord,
  CommitKind,
  CommitRecord,
  CommitScope,
  EntityKind,
  EntityState,
  EntityTypeName,
  FieldType,
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

const BRANCH_COLUMNS = `project_id, name, status, head_commit_id, head_seq, ${epochMs('head_committed_at')} AS head_committed_at,
  forked_from_commit_id, ${epochMs('created_at')} AS created_at, created_by, plan_frozen`;

export function decodeBranch(row: Record<string, unknown>): BranchRecord {
  return {
    projectId: String(row['project_id']),
    name: String(row['name']),
    status: String(row['status']) as BranchRecord['status'],
    headCommitId: String(row['head_commit_id']),
    headSeq: toInt(row['head_seq']),
    headCommittedAt: toDate(row['head_committed_at']),
    forkedFromCommitId: row['forked_from_commit_id'] === null ? null : String(row['forked_from_commit_id']),
    createdAt: toDate(row['created_at']),
    createdBy: String(row['created_by']),
    planFrozen: row['plan_frozen'] === true,
  };
}

export { BRANCH_COLUMNS };

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
  const row = await tx.one(`SELECT ${BRANCH_COLUMNS} FROM branch WHERE project_id = $1 AND name = $2 FOR UPDATE`, [
    request.projectId,
    request.branch,
  ]);
  if (row === null) throw NotFoundError.branch(request.projectId, request.branch);
  const branch = decodeBranch(row);
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
  await tx.query(
    `UPDATE branch SET head_commit_id = $3, head_seq = $4, head_committed_at = $5 WHERE project_id = $1 AND name = $2`,
    [commit.projectId, commit.branch, commit.id, commit.seq, commit.committedAt],
  );
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
  await tx.query(
    `INSERT INTO project_commit (id, project_id, branch, seq, committed_at, author_id, message, kind, parent_ids)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::uuid[])`,
    [
      commit.id,
      commit.projectId,
      commit.branch,
      commit.seq,
      commit.committedAt,
      commit.authorId,
      commit.message,
      commit.kind,
      commit.parentIds,
    ],
  );
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
  if (ids.length === 0) return;
  await c.tx.query(
    `INSERT INTO entity (id, entity_type, project_id, created_in) SELECT x, $2::text, $3::uuid, $4::uuid FROM unnest($1::uuid[]) AS x`,
    [ids, type, c.commit.projectId, c.commit.id],
  );
}

const ARRAY_CAST: Record<FieldType, string> = {
  text: 'text[]',
  uuid: 'uuid[]',
  decimal: 'numeric[]',
  date: 'date[]',
  float: 'float8[]',
};

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
  if (rows.length === 0) return;
  const columns = ['entity_id', 'version', 'deleted', ...kind.fields.map((f) => f.column)];
  const arrays: unknown[] = [rows.map((r) => r.entityId), rows.map((r) => r.version), rows.map((r) => r.deleted)];
  for (const field of kind.fields) arrays.push(rows.map((r) => r.state[field.name] ?? null));
  const casts = ['uuid[]', 'int[]', 'boolean[]', ...kind.fields.map((f) => ARRAY_CAST[f.type])];
  const unnest = casts.map((cast, i) => `$${i + 6}::${cast}`).join(', ');
  await c.tx.query(
    `INSERT INTO ${kind.table} (project_id, branch, seq, commit_id, committed_at, ${columns.join(', ')})
     SELECT $1::uuid, $2::text, $3::int, $4::uuid, $5::timestamptz, u.* FROM unnest(${unnest}) AS u(${columns.join(', ')})`,
    [c.commit.projectId, c.commit.branch, c.commit.seq, c.commit.id, c.commit.committedAt, ...arrays],
  );
}
