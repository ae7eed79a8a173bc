import { Branch, Commit } from '../../db/entities/index.js';
import type { Sql } from '../../db/sql.js';
import { authorize, MAIN } from '../../auth/policy.js';
import type { Actor } from '../../auth/roles.js';
import { decodeBranch, insertCommit, readBranch } from '../../versioning/commit-writer.js';
import { BadInputError, ConflictError, NotFoundError } from '../../shared/errors.js';
import { ancestryBounds, ancestryOf, decodeCommit, loadCrossEdges } from '../../versioning/history.js';
import { newId } from '../../versioning/ids.js';
import { requireRef, type Ref } from '../../versioning/read-point.js';
import type { BranchRecord, CommitRecord } from '../../versioning/types.js';

const BRANCH_NAME = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,62}$/;

export async function listBranches(sql: Sql, projectId: string): Promise<BranchRecord[]> {
  const rows = await sql.repository(Branch).list(projectId);
  return rows.map(decodeBranch);
}

export async function findBranch(sql: Sql, projectId: string, name: string): Promise<BranchRecord | null> {
  return readBranch(sql, projectId, name);
}

export async function requireBranch(sql: Sql, projectId: string, name: string): Promise<BranchRecord> {
  const branch = await findBranch(sql, projectId, name);
  if (branch === null) throw NotFoundError.branch(projectId, name);
  return branch;
}

export function validateBranchName(name: string): string {
  if (!BRANCH_NAME.test(name)) {
    throw BadInputError.field(
      'name',
      'a branch name is 1-63 letters, digits, ".", "_", "-" or "/", starting with a letter or digit',
    );
  }
  return name;
}

/**
 * Copy-on-write: a branch is one branch row, one base row and one BRANCH commit, whatever
 * the size of the project. Its reads fall through to the fork point until it writes.
 */
export async function insertBranch(
  tx: Sql,
  args: { projectId: string; name: string; from: Ref; authorId: string; message: string; at?: Date },
): Promise<BranchRecord> {
  const point = await requireRef(tx, args.projectId, args.from);
  const fork = point?.lineage[0];
  if (point === null || fork === undefined) {
    throw BadInputError.field('from', 'the project has no history at that point to branch from');
  }
  const forkCommitId = await tx.repository(Commit).idAt(args.projectId, fork.branch, fork.maxSeq);
  if (forkCommitId === null) throw new Error('fork commit missing');
  const branches = tx.repository(Branch);
  if (await branches.exists(args.projectId, args.name))
    throw new ConflictError(`branch "${args.name}" already exists in this project`, { field: 'name' });
  const commit: CommitRecord = {
    id: newId(),
    projectId: args.projectId,
    branch: args.name,
    seq: 1,
    kind: 'BRANCH',
    message: args.message,
    authorId: args.authorId,
    committedAt: args.at ?? new Date(),
    parentIds: [forkCommitId],
  };
  await insertCommit(tx, commit);
  const inserted = await branches.addIfAbsent({
    projectId: args.projectId,
    name: args.name,
    headCommitId: commit.id,
    committedAt: commit.committedAt,
    forkedFromCommitId: forkCommitId,
    createdBy: args.authorId,
  });
  if (!inserted) throw new ConflictError(`branch "${args.name}" already exists in this project`, { field: 'name' });
  await branches.insertBase(args.projectId, args.name, 1, { branch: fork.branch, seq: fork.maxSeq });
  await tx.emit({ type: 'branch', projectId: args.projectId, branch: args.name, change: 'CREATED' });
  return requireBranch(tx, args.projectId, args.name);
}

export async function createBranch(
  sql: Sql,
  actor: Actor | null,
  args: { projectId: string; name: string; from: Ref | null },
): Promise<BranchRecord> {
  const author = authorize(actor, { kind: 'create-branch' });
  const name = validateBranchName(args.name);
  const from = args.from ?? { branch: MAIN };
  return sql.transaction((tx) =>
    insertBranch(tx, {
      projectId: args.projectId,
      name,
      from,
      authorId: author.id,
      message: `Create branch ${name} from ${from.branch}`,
    }),
  );
}

export async function archiveBranch(
  sql: Sql,
  actor: Actor | null,
  args: { projectId: string; name: string },
): Promise<BranchRecord> {
  authorize(actor, { kind: 'archive-branch' });
  if (args.name === MAIN) throw BadInputError.field('name', 'main cannot be archived');
  return sql.transaction(async (tx) => {
    const branch = await readBranch(tx, args.projectId, args.name, true);
    if (branch === null) throw NotFoundError.branch(args.projectId, args.name);
    if (branch.status === 'MERGED') throw new BadInputError(`branch "${args.name}" is merged and cannot be archived`);
    // Archived, it could no longer be approved: the review would be stranded.
    if (branch.planFrozen) {
      throw new BadInputError(
        `branch "${args.name}" is under review: withdraw or decide its change order before archiving it`,
        { reason: 'CHANGE_ORDER_FROZEN', branch: args.name },
      );
    }
    await tx.repository(Branch).archive(args.projectId, args.name);
    await tx.emit({ type: 'branch', projectId: args.projectId, branch: args.name, change: 'ARCHIVED' });
    return { ...branch, status: 'ARCHIVED' };
  });
}

export interface CommitPage {
  commits: CommitRecord[];
  totalCount: number;
  hasNextPage: boolean;
}

/** The log of a branch: every commit reachable from its head through all parents, newest first. */
export async function commitLog(
  sql: Sql,
  args: {
    projectId: string;
    branch: string;
    first: number;
    after: { at: number; id: string } | null;
    /** Only commits with committedAt in [since, until] (either bound optional), for the page and the count. */
    since?: Date | null;
    until?: Date | null;
  },
): Promise<CommitPage> {
  const branch = await requireBranch(sql, args.projectId, args.branch);
  const ancestry = ancestryOf(await loadCrossEdges(sql, args.projectId), { branch: branch.name, seq: branch.headSeq });
  const window = {
    projectId: args.projectId,
    ancestry: ancestryBounds(ancestry),
    since: args.since ?? null,
    until: args.until ?? null,
  };
  const commits = sql.repository(Commit);
  const rows = await commits.logPage(window, args.after, args.first + 1);
  const total = await commits.countInWindow(window);
  return {
    commits: rows.slice(0, args.first).map(decodeCommit),
    totalCount: total,
    hasNextPage: rows.length > args.first,
  };
}
