import type { InferEntity } from '@mikro-orm/core';
import { sql } from 'kysely';
import type { Commit } from '../entities/commit.entity.js';
import { epochMs } from './sql-fragments.js';
import { TableRepository } from './table-repository.js';

/** A commit as selected (committed_at as a millisecond epoch, identical on both engines). */
export type CommitRow = {
  id: string;
  project_id: string;
  branch: string;
  seq: number;
  kind: string;
  message: string;
  author_id: string;
  committed_at: number;
  parent_ids: string[];
};

/** A commit that crosses branches (a fork or a merge): its point and the other branch's parent point. */
export interface CrossEdgeRow {
  branch: string;
  seq: number;
  other_branch: string;
  other_seq: number;
}

/** Reachable history as, per branch, the highest reachable sequence number. */
export interface AncestryBounds {
  branches: string[];
  maxSeqs: number[];
}

/** Which commits of an ancestry a log reads: a committed_at window (either bound optional). */
export interface LogWindow {
  projectId: string;
  ancestry: AncestryBounds;
  since: Date | null;
  until: Date | null;
}

const COMMIT_COLUMNS = [
  'c.id',
  'c.project_id',
  'c.branch',
  'c.seq',
  'c.kind',
  'c.message',
  'c.author_id',
  'c.parent_ids',
] as const;
const COMMITTED_AT_MS = epochMs('c.committed_at', 'committed_at');

/** A new commit. */
export interface NewCommit {
  id: string;
  projectId: string;
  branch: string;
  seq: number;
  kind: string;
  message: string;
  authorId: string;
  committedAt: Date;
  parentIds: readonly string[];
}

/** Commits (table project_commit): appended by the commit writer, read for the history's shape and logs. */
export class CommitRepository extends TableRepository<InferEntity<typeof Commit>> {
  async append(commit: NewCommit): Promise<void> {
    await this.rows(
      this.db.insertInto('project_commit').values({
        id: commit.id,
        project_id: commit.projectId,
        branch: commit.branch,
        seq: commit.seq,
        committed_at: commit.committedAt,
        author_id: commit.authorId,
        message: commit.message,
        kind: commit.kind,
        parent_ids: sql<string[]>`${[...commit.parentIds]}::uuid[]`,
      }),
    );
  }

  /** Commits by id, in one statement (unknown ids are left out). */
  byIds(ids: readonly string[]): Promise<CommitRow[]> {
    return this.rows(
      this.db
        .selectFrom('project_commit as c')
        .select([...COMMIT_COLUMNS, COMMITTED_AT_MS])
        .where('c.id', '=', sql<string>`ANY(${[...ids]}::uuid[])`),
    );
  }

  byId(id: string): Promise<CommitRow | null> {
    return this.first(
      this.db
        .selectFrom('project_commit as c')
        .select([...COMMIT_COLUMNS, COMMITTED_AT_MS])
        .where('c.id', '=', id),
    );
  }

  /** Where a commit lies (null: no such commit). */
  pointOf(id: string): Promise<{ branch: string; seq: number; project_id: string } | null> {
    return this.first(
      this.db.selectFrom('project_commit').select(['branch', 'seq', 'project_id']).where('id', '=', id),
    );
  }

  async isOfProject(id: string, projectId: string): Promise<boolean> {
    const row = await this.first(
      this.db
        .selectFrom('project_commit')
        .select(sql<number>`1`.as('found'))
        .where('id', '=', id)
        .where('project_id', '=', projectId),
    );
    return row !== null;
  }

  /**
   * The commits of a project (of one branch, if named) made after `afterId`: on its own branch
   * by seq, on other branches by commit time; in the order they were made, `limit` at most.
   */
  after(args: { projectId: string; branch: string | null; afterId: string }, limit: number): Promise<CommitRow[]> {
    return this.rows(
      this.db
        .selectFrom(['project_commit as c', 'project_commit as a'])
        .select([...COMMIT_COLUMNS, COMMITTED_AT_MS])
        .where('a.id', '=', args.afterId)
        .where('c.project_id', '=', args.projectId)
        .$if(args.branch !== null, (q) => q.where('c.branch', '=', args.branch ?? ''))
        .where((eb) =>
          eb.or([
            eb.and([eb('c.branch', '=', eb.ref('a.branch')), eb('c.seq', '>', eb.ref('a.seq'))]),
            eb.and([eb('c.branch', '<>', eb.ref('a.branch')), eb('c.committed_at', '>', eb.ref('a.committed_at'))]),
          ]),
        )
        .orderBy('c.committed_at')
        .orderBy('c.branch')
        .orderBy('c.seq')
        .limit(limit),
    );
  }

  /** Of the given points (branch, seq), the commit made last. */
  latestAt(projectId: string, points: readonly { branch: string; seq: number }[]) {
    const given = sql<{ branch: string; seq: number }>`unnest(${points.map((p) => p.branch)}::text[], ${points.map(
      (p) => p.seq,
    )}::int[])`.as<'p'>(sql`p(branch, seq)`);
    return this.first(
      this.db
        .selectFrom('project_commit as c')
        .innerJoin(given, (join) => join.onRef('c.branch', '=', 'p.branch').onRef('c.seq', '=', 'p.seq'))
        .select(['c.id', 'c.branch', 'c.seq'])
        .where('c.project_id', '=', projectId)
        .orderBy('c.committed_at', 'desc')
        .orderBy('c.id', 'desc')
        .limit(1),
    );
  }

  /** Only commits that cross branches matter for ancestry: one statement, as many rows as forks and merges. */
  crossEdges(projectId: string): Promise<CrossEdgeRow[]> {
    return this.rows(
      this.db
        .selectFrom('project_commit as c')
        .innerJoin('project_commit as p', (join) =>
          join.on(sql<boolean>`${sql.ref('p.id')} = ANY(${sql.ref('c.parent_ids')})`),
        )
        .select(['c.branch', 'c.seq', 'p.branch as other_branch', 'p.seq as other_seq'])
        .where('c.project_id', '=', projectId)
        .where('c.kind', 'in', ['BRANCH', 'MERGE'])
        .whereRef('p.branch', '<>', 'c.branch'),
    );
  }

  /** The id of the commit at one point of a branch, if there is one. */
  async idAt(projectId: string, branch: string, seq: number): Promise<string | null> {
    const row = await this.first(
      this.db
        .selectFrom('project_commit')
        .select('id')
        .where('project_id', '=', projectId)
        .where('branch', '=', branch)
        .where('seq', '=', seq),
    );
    return row?.id ?? null;
  }

  /**
   * A page of the commits of an ancestry, newest first, after a (committed_at, id) cursor,
   * each with the count of the window's commits after the cursor; `limit` rows at most.
   */
  logPage(window: LogWindow, after: { at: number; id: string } | null, limit: number) {
    return this.rows(
      this.inWindow(window)
        .select([...COMMIT_COLUMNS, COMMITTED_AT_MS, sql<number>`count(*) OVER ()`.as('total')])
        .$if(after !== null, (q) =>
          q.where(
            sql<boolean>`(${sql.ref('c.committed_at')}, ${sql.ref('c.id')}) < (to_timestamp(${after?.at}::float8 / 1000), ${after?.id}::uuid)`,
          ),
        )
        .orderBy('c.committed_at', 'desc')
        .orderBy('c.id', 'desc')
        .limit(limit),
    );
  }

  /** How many commits of an ancestry lie in the window. */
  async countInWindow(window: LogWindow): Promise<number> {
    const row = await this.first(this.inWindow(window).select(sql<number>`count(*)::int`.as('n')));
    return row === null ? 0 : Number(row.n);
  }

  private inWindow(window: LogWindow) {
    const ancestry = sql<{
      branch: string;
      max_seq: number;
    }>`unnest(${window.ancestry.branches}::text[], ${window.ancestry.maxSeqs}::int[])`.as<'anc'>(
      sql`anc(branch, max_seq)`,
    );
    return this.db
      .selectFrom('project_commit as c')
      .innerJoin(ancestry, (join) => join.onRef('anc.branch', '=', 'c.branch').onRef('c.seq', '<=', 'anc.max_seq'))
      .where('c.project_id', '=', window.projectId)
      .$if(window.since !== null, (q) => q.where('c.committed_at', '>=', window.since ?? new Date()))
      .$if(window.until !== null, (q) => q.where('c.committed_at', '<=', window.until ?? new Date()));
  }
}
