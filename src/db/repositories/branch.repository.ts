import type { InferEntity } from '@mikro-orm/core';
import { sql } from 'kysely';
import type { Branch } from '../entities/commit.entity.js';
import { epochMs } from './sql-fragments.js';
import { TableRepository } from './table-repository.js';

/** A branch as selected (its times as millisecond epochs, identical on both engines). */
export type BranchRow = {
  project_id: string;
  name: string;
  status: string;
  head_commit_id: string;
  head_seq: number;
  head_committed_at: number;
  forked_from_commit_id: string | null;
  created_at: number;
  created_by: string;
  plan_frozen: boolean;
};

/** A new branch: its head is its first commit. */
export interface NewBranch {
  projectId: string;
  name: string;
  headCommitId: string;
  committedAt: Date;
  forkedFromCommitId: string | null;
  createdBy: string;
}

/** One step of a lineage as read: a branch and the highest sequence visible on it. */
export interface LineageRow {
  project_id: string;
  branch: string;
  /** Null when the branch had no commit yet at the moment asked for. */
  max_seq: number | null;
  depth: number;
  /** On the first step of a read at a moment: the project's latest commit time at or before it. */
  horizon: number | null;
}

const BRANCH_COLUMNS = [
  'project_id',
  'name',
  'status',
  'head_commit_id',
  'head_seq',
  epochMs('head_committed_at', 'head_committed_at'),
  'forked_from_commit_id',
  epochMs('created_at', 'created_at'),
  'created_by',
  'plan_frozen',
] as const;

/**
 * Branches (table branch, the one mutable row of the history: its head, status and review
 * freeze) and their bases (branch_base: which parent a branch reads through from which of
 * its sequence numbers on), with the lineage reads that walk them.
 */
export class BranchRepository extends TableRepository<InferEntity<typeof Branch>> {
  /** One branch; `lock` holds its row until the transaction ends (commits on a branch serialize on it). */
  byName(projectId: string, name: string, lock = false): Promise<BranchRow | null> {
    return this.first(
      this.db
        .selectFrom('branch')
        .select(BRANCH_COLUMNS)
        .where('project_id', '=', projectId)
        .where('name', '=', name)
        .$if(lock, (q) => q.forUpdate()),
    );
  }

  /** The branches of a project: main first, then by creation. */
  list(projectId: string): Promise<BranchRow[]> {
    return this.rows(
      this.db
        .selectFrom('branch')
        .select(BRANCH_COLUMNS)
        .where('project_id', '=', projectId)
        .orderBy(sql`${sql.ref('name')} = 'main'`, 'desc')
        .orderBy('created_at')
        .orderBy('name'),
    );
  }

  async exists(projectId: string, name: string): Promise<boolean> {
    const row = await this.first(
      this.db
        .selectFrom('branch')
        .select(sql<number>`1`.as('found'))
        .where('project_id', '=', projectId)
        .where('name', '=', name),
    );
    return row !== null;
  }

  /** Locks a branch row and returns its head commit (null: no such branch). */
  async lockHead(projectId: string, name: string): Promise<string | null> {
    const row = await this.first(
      this.db
        .selectFrom('branch')
        .select('head_commit_id')
        .where('project_id', '=', projectId)
        .where('name', '=', name)
        .forUpdate(),
    );
    return row?.head_commit_id ?? null;
  }

  async add(branch: NewBranch): Promise<void> {
    await this.rows(this.db.insertInto('branch').values(newBranchRow(branch)));
  }

  /** Inserts the branch unless the name is taken (a concurrent creator won): false then. */
  async addIfAbsent(branch: NewBranch): Promise<boolean> {
    const rows = await this.rows(
      this.db
        .insertInto('branch')
        .values(newBranchRow(branch))
        .onConflict((conflict) => conflict.doNothing())
        .returning('name'),
    );
    return rows.length > 0;
  }

  /** From `fromSeq` on, `branch` reads through `parentBranch` up to `parentSeq`. */
  async insertBase(
    projectId: string,
    branch: string,
    fromSeq: number,
    parent: { branch: string; seq: number },
  ): Promise<void> {
    await this.rows(
      this.db.insertInto('branch_base').values({
        project_id: projectId,
        branch,
        from_seq: fromSeq,
        parent_branch: parent.branch,
        parent_seq: parent.seq,
      }),
    );
  }

  /** The branch a branch reads through now (its latest base); null for main. */
  async currentParent(projectId: string, branch: string): Promise<string | null> {
    const row = await this.first(
      this.db
        .selectFrom('branch_base')
        .select('parent_branch')
        .where('project_id', '=', projectId)
        .where('branch', '=', branch)
        .orderBy('from_seq', 'desc')
        .limit(1),
    );
    return row?.parent_branch ?? null;
  }

  async moveHead(projectId: string, name: string, head: { commitId: string; seq: number; at: Date }): Promise<void> {
    await this.rows(
      this.db
        .updateTable('branch')
        .set({ head_commit_id: head.commitId, head_seq: head.seq, head_committed_at: head.at })
        .where('project_id', '=', projectId)
        .where('name', '=', name),
    );
  }

  async archive(projectId: string, name: string): Promise<void> {
    await this.rows(
      this.db
        .updateTable('branch')
        .set({ status: 'ARCHIVED' })
        .where('project_id', '=', projectId)
        .where('name', '=', name),
    );
  }

  /** A merged branch is read-only and no longer under review. */
  async markMerged(projectId: string, name: string): Promise<void> {
    await this.rows(
      this.db
        .updateTable('branch')
        .set({ status: 'MERGED', plan_frozen: false })
        .where('project_id', '=', projectId)
        .where('name', '=', name),
    );
  }

  /** Freezes or thaws a branch's plan for review; returns its head commit (null: no such branch). */
  async setPlanFrozen(projectId: string, name: string, frozen: boolean): Promise<string | null> {
    const row = await this.first(
      this.db
        .updateTable('branch')
        .set({ plan_frozen: frozen })
        .where('project_id', '=', projectId)
        .where('name', '=', name)
        .returning('head_commit_id'),
    );
    return row?.head_commit_id ?? null;
  }

  /**
   * A commit takes its time when it starts and becomes visible when it ends. Reads at a moment
   * at or after a branch's visible head could therefore still gain an in-flight commit; waiting
   * for the branches' write locks first makes such reads final (past reads stay stable).
   */
  async waitForWriters(projectIds: readonly string[], asOf: Date): Promise<void> {
    await this.rows(
      this.db
        .selectFrom('branch')
        .select(sql<number>`1`.as('found'))
        .where('project_id', '=', sql<string>`ANY(${[...projectIds]}::uuid[])`)
        .where('head_committed_at', '<=', sql<Date>`${asOf}::timestamptz`)
        .forKeyShare(),
    );
  }

  /**
   * One recursive statement: the branch's own highest visible sequence (at `asOf`, or its
   * head), then, through the base in force at that sequence, its parent's, and so on up to
   * main; for each of several projects at once.
   */
  lineages(projectIds: readonly string[], branch: string, asOf: Date | null): Promise<LineageRow[]> {
    const at = sql`${asOf}::timestamptz`;
    const lastSeqAt = (project: string, ofBranch: string) =>
      sql`(SELECT max(c.seq) FROM project_commit c
            WHERE c.project_id = ${sql.ref(project)} AND c.branch = ${sql.ref(ofBranch)} AND c.committed_at <= ${at})`;
    const ownSeq = asOf === null ? sql.ref('b.head_seq') : lastSeqAt('b.project_id', 'b.name');
    const parentSeq =
      asOf === null
        ? sql.ref('bb.parent_seq')
        : sql`LEAST(bb.parent_seq, ${lastSeqAt('lin.project_id', 'bb.parent_branch')})`;
    // On a read at a moment, the project's latest commit time at or before it (what the read can see).
    const horizon =
      asOf === null
        ? sql`SELECT lin.project_id, lin.branch, lin.max_seq, lin.depth, NULL::float8 AS horizon FROM lin`
        : sql`SELECT lin.project_id, lin.branch, lin.max_seq, lin.depth, h.horizon FROM lin LEFT JOIN LATERAL (
  SELECT ceil(extract(epoch from max(x.at)) * 1000)::float8 AS horizon FROM branch ob CROSS JOIN LATERAL (
    SELECT c.committed_at AS at FROM project_commit c
    WHERE c.project_id = ob.project_id AND c.branch = ob.name AND c.committed_at <= ${at}
    ORDER BY c.committed_at DESC LIMIT 1) x
  WHERE lin.depth = 0 AND ob.project_id = lin.project_id) h ON true`;
    return this.raw<LineageRow>(sql`
WITH RECURSIVE lin(project_id, branch, max_seq, depth) AS (
  SELECT b.project_id, b.name, ${ownSeq}, 0
  FROM branch b WHERE b.project_id = ANY(${[...projectIds]}::uuid[]) AND b.name = ${branch}
  UNION ALL
  SELECT lin.project_id, bb.parent_branch, ${parentSeq}, lin.depth + 1
  FROM lin CROSS JOIN LATERAL (
    SELECT x.parent_branch, x.parent_seq FROM branch_base x
    WHERE x.project_id = lin.project_id AND x.branch = lin.branch AND x.from_seq <= lin.max_seq
    ORDER BY x.from_seq DESC LIMIT 1) bb
)
${horizon}
ORDER BY lin.project_id, lin.depth`);
  }

  /** The lineage right after sequence `seq` of `branch`: the branch, then its bases up to main. */
  lineageAtSeq(projectId: string, branch: string, seq: number): Promise<{ branch: string; max_seq: number }[]> {
    return this.raw<{ branch: string; max_seq: number }>(sql`
WITH RECURSIVE lin(branch, max_seq, depth) AS (
  SELECT ${branch}::text, ${seq}::int, 0
  UNION ALL
  SELECT bb.parent_branch, bb.parent_seq, lin.depth + 1
  FROM lin CROSS JOIN LATERAL (
    SELECT x.parent_branch, x.parent_seq FROM branch_base x
    WHERE x.project_id = ${projectId} AND x.branch = lin.branch AND x.from_seq <= lin.max_seq
    ORDER BY x.from_seq DESC LIMIT 1) bb
)
SELECT branch, max_seq, depth FROM lin ORDER BY depth`);
  }
}

function newBranchRow(branch: NewBranch) {
  return {
    project_id: branch.projectId,
    name: branch.name,
    status: 'ACTIVE',
    head_commit_id: branch.headCommitId,
    head_seq: 1,
    head_committed_at: branch.committedAt,
    forked_from_commit_id: branch.forkedFromCommitId,
    created_at: branch.committedAt,
    created_by: branch.createdBy,
  };
}
