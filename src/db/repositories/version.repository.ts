import type { InferEntity } from '@mikro-orm/core';
import { sql, type RawBuilder } from 'kysely';
import type { Node } from '../entities/node.entity.js';
import type { Row } from '../sql.js';
import { epochMsOf } from './sql-fragments.js';
import {
  plannedSpanStatement,
  subtreeSumsStatement,
  type SubtreeSumRow,
  type SubtreeSumsQuery,
  type SumTables,
} from './subtree-sums.js';
import { TableRepository } from './table-repository.js';

/*
 * The version tables (one per versioned kind, all starting with the same columns) and the
 * identity table `entity`. The kinds are the versioning engine's: it passes each kind's
 * table and business columns in, so this layer names no kind. What a builder cannot say over
 * a table named at run time (LATERAL probes, DISTINCT ON, unnest) is written with Kysely's
 * `sql` tag: identifiers through sql.table/sql.ref, values always bound.
 */

/** How a business column is typed: decides its read cast and its array type in bulk inserts. */
export type ColumnType = 'text' | 'uuid' | 'decimal' | 'date' | 'float';

export interface VersionColumn {
  /** The name the row carries the value under (the API's field name). */
  name: string;
  column: string;
  type: ColumnType;
}

/** A version table and its business columns, as the engine's kind declares them. */
export interface VersionTable {
  table: string;
  fields: readonly VersionColumn[];
}

/** One step of a lineage: on `branch`, the versions up to `maxSeq` are visible. */
export interface LineageBound {
  branch: string;
  maxSeq: number;
}

/** Which entities to resolve: by id, by the parent (column) they ever pointed at, or all of a type. */
export type Candidates =
  | { by: 'ids'; ids: readonly string[] }
  | { by: 'parent'; column: string; parentIds: readonly string[] }
  | { by: 'type'; entityType: string };

/** The commit a new version row belongs to. */
export interface VersionCommit {
  id: string;
  projectId: string;
  branch: string;
  seq: number;
  committedAt: Date;
}

/** One new version row: its metadata and the business values in the order of the table's fields. */
export interface VersionInsert {
  entityId: string;
  version: number;
  deleted: boolean;
  values: readonly unknown[];
}

/** A range (lo, hi] of sequence numbers on a branch. */
export interface SeqBounds {
  branch: string;
  lo: number;
  hi: number;
}

const READ_CAST: Record<ColumnType, (column: RawBuilder<unknown>) => RawBuilder<unknown>> = {
  text: (c) => c,
  uuid: (c) => c,
  decimal: (c) => sql`${c}::text`,
  date: (c) => sql`${c}::text`,
  float: (c) => sql`${c}::float8`,
};

/** Typed NULLs for a kind's business columns, as READ_CAST selects them (for the commit rows of a union). */
const NULL_OF: Record<ColumnType, RawBuilder<unknown>> = {
  text: sql`NULL::text`,
  uuid: sql`NULL::uuid`,
  decimal: sql`NULL::text`,
  date: sql`NULL::text`,
  float: sql`NULL::float8`,
};

const ARRAY_OF: Record<ColumnType, RawBuilder<unknown>> = {
  text: sql`text[]`,
  uuid: sql`uuid[]`,
  decimal: sql`numeric[]`,
  date: sql`date[]`,
  float: sql`float8[]`,
};

/** The select list of a version row: metadata, then business fields under their API names. */
function versionColumns(t: VersionTable, alias = 'v'): RawBuilder<unknown> {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  return sql.join([
    col('entity_id'),
    col('version'),
    col('branch'),
    col('seq'),
    col('commit_id'),
    sql`${epochMsOf(`${alias}.committed_at`)} AS committed_at`,
    col('deleted'),
    ...t.fields.map((f) => sql`${READ_CAST[f.type](col(f.column))} AS ${sql.ref(f.name)}`),
  ]);
}

/**
 * The versions that can win for the candidates `e`, one SELECT per lineage step, with its
 * depth. The root step (the branch everything forked from) holds most entities' states: one
 * backward index probe per candidate on (entity_id, branch, seq). The steps above it hold
 * only what those branches changed: a join that the planner runs as a probe per candidate
 * for a few candidates, or as a scan of the branch's own few versions for many; DISTINCT ON
 * keeps their latest. Probing every step for every entity (twice the probes on a branch)
 * measured 2-3x slower on 10,000 cost elements. The nearest step wins (the caller picks it).
 */
function steps(t: VersionTable, projectId: string, lineage: readonly LineageBound[]): RawBuilder<unknown> {
  const columns = versionColumns(t);
  const table = sql.table(t.table);
  const rootDepth = lineage.length - 1;
  const root = lineage[rootDepth];
  if (root === undefined) throw new TypeError('a read point has at least one lineage step');
  const parts = [
    sql`SELECT ${columns}, ${sql.lit(rootDepth)} AS depth FROM e CROSS JOIN LATERAL (SELECT * FROM ${table} x
      WHERE x.entity_id = e.id AND x.branch = ${root.branch} AND x.seq <= ${root.maxSeq} ORDER BY x.seq DESC LIMIT 1) v`,
  ];
  lineage.slice(0, rootDepth).forEach((step, depth) => {
    parts.push(sql`(SELECT DISTINCT ON (v.entity_id) ${columns}, ${sql.lit(depth)} AS depth FROM e JOIN ${table} v ON v.entity_id = e.id
      WHERE v.project_id = ${projectId} AND v.branch = ${step.branch} AND v.seq <= ${step.maxSeq} ORDER BY v.entity_id, v.seq DESC)`);
  });
  return sql.join(parts, sql`\nUNION ALL\n`);
}

/**
 * A parenthesized subquery of the live states visible at a lineage for the entities that
 * `candidates` selects (a SELECT of one uuid column `id`), with the columns of a version row:
 * the same resolution as versionsAt (the nearest lineage step wins, tombstones drop out), for
 * statements that sum versions in the database instead of reading them.
 */
export function visibleStates(
  t: VersionTable,
  projectId: string,
  lineage: readonly LineageBound[],
  candidates: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql`(SELECT n.* FROM (SELECT DISTINCT ON (s.entity_id) s.* FROM (WITH e AS MATERIALIZED (${candidates})
    ${steps(t, projectId, lineage)}) s ORDER BY s.entity_id, s.depth) n WHERE NOT n.deleted)`;
}

/**
 * The commits of the selected versions as extra rows of the same result (entity_id null),
 * one per distinct commit: joining them onto every version row repeated each commit's
 * message and parents thousands of times (measured +40% on 10,000 cost elements).
 */
function commitRows(t: VersionTable): RawBuilder<unknown> {
  const fieldNulls = t.fields.map((f) => sql`, ${NULL_OF[f.type]}`);
  return sql`UNION ALL SELECT NULL::uuid, NULL::int, pc.branch, pc.seq, pc.id, ${epochMsOf('pc.committed_at')}, NULL::boolean
      ${sql.join(fieldNulls, sql``)}, NULL::int, pc.kind, pc.message, pc.author_id, pc.parent_ids
    FROM project_commit pc WHERE pc.id IN (SELECT r.commit_id FROM r)`;
}

function candidatesOf(t: VersionTable, projectId: string, candidates: Candidates): RawBuilder<unknown> {
  switch (candidates.by) {
    case 'ids':
      return sql`SELECT x.id FROM unnest(${[...new Set(candidates.ids)]}::uuid[]) AS x(id)
        JOIN entity en ON en.id = x.id AND en.project_id = ${projectId}`;
    case 'parent':
      return sql`SELECT DISTINCT c.entity_id AS id FROM ${sql.table(t.table)} c
        WHERE c.project_id = ${projectId} AND ${sql.ref(`c.${candidates.column}`)} = ANY(${[...new Set(candidates.parentIds)]}::uuid[])`;
    case 'type':
      return sql`SELECT en.id FROM entity en WHERE en.project_id = ${projectId} AND en.entity_type = ${candidates.entityType}`;
  }
}

/** Versioned data: the version tables and the identities (table entity) of the nodes they version. */
export class VersionRepository extends TableRepository<InferEntity<typeof Node>> {
  /**
   * The candidates' versions that can win at a lineage, one row per candidate and step that
   * has one (with its `depth`, 0 the branch read), in one statement. With `withCommits`, the
   * commits of those versions come as extra rows (entity_id null) carrying commit_kind,
   * commit_message, commit_author_id and commit_parent_ids.
   */
  versionsAt(
    t: VersionTable,
    projectId: string,
    lineage: readonly LineageBound[],
    candidates: Candidates,
    withCommits: boolean,
  ): Promise<Row[]> {
    const commitColumns = withCommits
      ? sql`, NULL::text AS commit_kind, NULL::text AS commit_message, NULL::uuid AS commit_author_id, NULL::uuid[] AS commit_parent_ids`
      : sql``;
    return this.raw<Row>(sql`WITH e AS MATERIALIZED (${candidatesOf(t, projectId, candidates)}),
      r AS MATERIALIZED (${steps(t, projectId, lineage)})
    SELECT r.*${commitColumns} FROM r ${withCommits ? commitRows(t) : sql``}`);
  }

  /** Every version of the entities on each step of a lineage, with its depth, by (entity_id, version, depth). */
  histories(t: VersionTable, projectId: string, lineage: readonly LineageBound[], ids: readonly string[]) {
    const unique = [...new Set(ids)];
    const parts = lineage.map(
      (step, depth) => sql`SELECT ${versionColumns(t)}, ${sql.lit(depth)} AS depth FROM ${sql.table(t.table)} v
      WHERE v.entity_id = ANY(${unique}::uuid[]) AND v.project_id = ${projectId} AND v.branch = ${step.branch} AND v.seq <= ${step.maxSeq}`,
    );
    return this.raw<Row>(sql`${sql.join(parts, sql` UNION ALL `)} ORDER BY entity_id, version, depth`);
  }

  /** Entities that each have their own lineage (many projects, each at its own point): the nearest version of each. */
  versionsAtEach(t: VersionTable, entries: readonly { id: string; lineage: readonly LineageBound[] }[]) {
    const ids: string[] = [];
    const depths: number[] = [];
    const branches: string[] = [];
    const seqs: number[] = [];
    for (const { id, lineage } of entries) {
      lineage.forEach((step, depth) => {
        ids.push(id);
        depths.push(depth);
        branches.push(step.branch);
        seqs.push(step.maxSeq);
      });
    }
    return this.raw<Row>(
      sql`SELECT DISTINCT ON (r.entity_id) r.* FROM unnest(${ids}::uuid[], ${depths}::int[], ${branches}::text[], ${seqs}::int[]) AS l(id, depth, branch, max_seq)
     CROSS JOIN LATERAL (SELECT ${versionColumns(t)}, l.depth FROM ${sql.table(t.table)} v
       WHERE v.entity_id = l.id AND v.branch = l.branch AND v.seq <= l.max_seq ORDER BY v.seq DESC LIMIT 1) r
     ORDER BY r.entity_id, r.depth`,
    );
  }

  /** Entities with a version row inside the ranges: the only ones two lineages can see differently. */
  async changedIn(t: VersionTable, projectId: string, ranges: readonly SeqBounds[]): Promise<string[]> {
    const rows = await this.raw<{ entity_id: string }>(
      sql`SELECT DISTINCT v.entity_id FROM ${sql.table(t.table)} v
     JOIN unnest(${ranges.map((r) => r.branch)}::text[], ${ranges.map((r) => r.lo)}::int[], ${ranges.map((r) => r.hi)}::int[]) AS r(branch, lo, hi)
       ON v.branch = r.branch AND v.seq > r.lo AND v.seq <= r.hi
     WHERE v.project_id = ${projectId}`,
    );
    return rows.map((r) => r.entity_id);
  }

  /**
   * Entities any of whose versions ever held one of `values` in `column` (in one project, or
   * in all when projectId is null): the candidates a read point then decides about.
   */
  async everHolding(
    table: string,
    column: string,
    values: string | readonly string[],
    projectId: string | null,
  ): Promise<string[]> {
    const match = typeof values === 'string' ? sql`= ${values}` : sql`= ANY(${[...values]}::text[])`;
    const inProject = projectId === null ? sql`` : sql`project_id = ${projectId} AND `;
    const rows = await this.raw<{ entity_id: string }>(
      sql`SELECT DISTINCT entity_id FROM ${sql.table(table)} WHERE ${inProject}${sql.ref(column)} ${match}`,
    );
    return rows.map((r) => r.entity_id);
  }

  /** Appends version rows (states or tombstones) of one commit in one statement. */
  async insertVersions(t: VersionTable, commit: VersionCommit, rows: readonly VersionInsert[]): Promise<void> {
    if (rows.length === 0) return;
    const columns = sql.join(
      ['entity_id', 'version', 'deleted', ...t.fields.map((f) => f.column)].map((c) => sql.ref(c)),
    );
    const arrays = [
      sql`${rows.map((r) => r.entityId)}::uuid[]`,
      sql`${rows.map((r) => r.version)}::int[]`,
      sql`${rows.map((r) => r.deleted)}::boolean[]`,
      ...t.fields.map((f, i) => sql`${rows.map((r) => r.values[i] ?? null)}::${ARRAY_OF[f.type]}`),
    ];
    await this.raw(sql`INSERT INTO ${sql.table(t.table)} (project_id, branch, seq, commit_id, committed_at, ${columns})
     SELECT ${commit.projectId}::uuid, ${commit.branch}::text, ${commit.seq}::int, ${commit.id}::uuid, ${commit.committedAt}::timestamptz, u.*
     FROM unnest(${sql.join(arrays)}) AS u(${columns})`);
  }

  /** Registers the identities a commit creates. */
  async insertIdentities(
    entityType: string,
    projectId: string,
    createdIn: string,
    ids: readonly string[],
  ): Promise<void> {
    if (ids.length === 0) return;
    await this.rows(
      this.db
        .insertInto('entity')
        .columns(['id', 'entity_type', 'project_id', 'created_in'])
        .expression(
          sql`SELECT x, ${entityType}::text, ${projectId}::uuid, ${createdIn}::uuid FROM unnest(${[...ids]}::uuid[]) AS x`,
        ),
    );
  }

  /** The identities of several nodes (unknown ids are left out). */
  identities(ids: readonly string[]): Promise<{ id: string; project_id: string; entity_type: string }[]> {
    return this.rows(
      this.db
        .selectFrom('entity')
        .select(['id', 'project_id', 'entity_type'])
        .where('id', '=', sql<string>`ANY(${[...ids]}::uuid[])`),
    );
  }

  /** The types of those of `ids` that are nodes of the project. */
  typesIn(projectId: string, ids: readonly string[]): Promise<{ id: string; entity_type: string }[]> {
    return this.rows(
      this.db
        .selectFrom('entity')
        .select(['id', 'entity_type'])
        .where('project_id', '=', projectId)
        .where('id', '=', sql<string>`ANY(${[...ids]}::uuid[])`),
    );
  }

  /** The project of a node (of the given type, when named); null when none was ever created. */
  async projectOf(id: string, entityType: string | null = null): Promise<string | null> {
    const row = await this.first(
      this.db
        .selectFrom('entity')
        .select('project_id')
        .where('id', '=', id)
        .$if(entityType !== null, (q) => q.where('entity_type', '=', entityType ?? '')),
    );
    return row?.project_id ?? null;
  }

  /** Every node of a type, in every project (the projects themselves, for the project list). */
  async idsOfType(entityType: string): Promise<string[]> {
    const rows = await this.rows(this.db.selectFrom('entity').select('id').where('entity_type', '=', entityType));
    return rows.map((r) => r.id);
  }

  async anyOfType(entityType: string): Promise<boolean> {
    const row = await this.first(
      this.db
        .selectFrom('entity')
        .select(sql<number>`1`.as('found'))
        .where('entity_type', '=', entityType)
        .limit(1),
    );
    return row !== null;
  }

  /**
   * The latest version on one branch of every project, its code and whether it is deleted
   * (ids are time-ordered UUIDs, so the last is the newest): for choosing a project to show.
   */
  latestProjectsOn(branch: string): Promise<{ id: string; code: string; deleted: boolean }[]> {
    return this.rows(
      this.db
        .selectFrom('project_version')
        .distinctOn('entity_id')
        .select(['entity_id as id', 'code', 'deleted'])
        .where('branch', '=', branch)
        .orderBy('entity_id')
        .orderBy('seq', 'desc'),
    );
  }

  /** Serializes the transactions that take the same key (until they end); others never wait. */
  async serializeOn(key: string): Promise<void> {
    await this.raw(sql`SELECT pg_advisory_xact_lock(hashtext(${key}))`);
  }

  /** Grouped EVM sums of subtrees at a lineage, in one statement (see subtree-sums.ts). */
  subtreeSums(t: SumTables, query: SubtreeSumsQuery): Promise<SubtreeSumRow[]> {
    return this.raw(subtreeSumsStatement(t, query));
  }

  /** A project's planned span at a lineage: one row. */
  async plannedSpan(
    element: SumTables['element'],
    projectId: string,
    lineage: readonly LineageBound[],
  ): Promise<{ start: string | null; end: string | null }> {
    const [row] = await this.raw(plannedSpanStatement(element, projectId, lineage));
    return row ?? { start: null, end: null };
  }

  /**
   * Turns PostgreSQL's JIT off for the rest of the open transaction. Sums that probe every
   * version they cover pass the JIT cost thresholds, and compiling their plan can cost more
   * than running it (measured: 3.0 s of a 3.6 s statement at 10,000 elements).
   */
  async jitOffForTransaction(): Promise<void> {
    await this.raw(sql`SET LOCAL jit = off`);
  }
}
