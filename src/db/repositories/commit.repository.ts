import type { InferEntity } from '@mikro-orm/core';
import { sql } from 'kysely';
import type { Commit } from '../entities/commit.entity.js';
import { TableRepository } from './table-repository.js';

/** A commit as selected (committed_at as a millisecond epoch, identical on both engines). */
export interface CommitRow {
  id: string;
  project_id: string;
  branch: string;
  seq: number;
  kind: string;
  message: string;
  author_id: string;
  committed_at: number;
  parent_ids: string[];
}

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
const COMMITTED_AT_MS = sql<number>`(extract(epoch from ${sql.ref('c.committed_at')}) * 1000)::float8`.as(
  'committed_at',
);

/** Commits (table project_commit): the reads of the history's shape. Commits are written by the commit writer. */
export class CommitRepository extends TableRepository<InferEntity<typeof Commit>> {
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
