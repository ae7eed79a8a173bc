import type { Row, Sql } from '../db/sql.js';
import { decodeCommit } from './history.js';
import { epochMs, toDate, toInt } from './sql-values.js';
import type {
  CommitRecord,
  EntityKind,
  EntityState,
  FieldSpec,
  FieldType,
  FieldValue,
  LineageStep,
  ReadPoint,
  Versioned,
} from './types.js';

/** Which entities to resolve: by id, by the parent they ever pointed at, or all of the project. */
export type Selection =
  { by: 'ids'; ids: readonly string[] } | { by: 'parent'; parentIds: readonly string[] } | { by: 'project' };

const READ_CAST: Record<FieldType, (column: string) => string> = {
  text: (c) => c,
  uuid: (c) => c,
  decimal: (c) => `${c}::text`,
  date: (c) => `${c}::text`,
  float: (c) => `${c}::float8`,
};

/** The select list of a version row: metadata, then business fields under their API names. */
export function versionColumns<S extends EntityState>(kind: EntityKind<S>, alias = 'v'): string {
  const meta = [
    `${alias}.entity_id`,
    `${alias}.version`,
    `${alias}.branch`,
    `${alias}.seq`,
    `${alias}.commit_id`,
    `${epochMs(`${alias}.committed_at`)} AS committed_at`,
    `${alias}.deleted`,
  ];
  const fields = kind.fields.map((f) => `${READ_CAST[f.type](`${alias}.${f.column}`)} AS "${f.name}"`);
  return [...meta, ...fields].join(', ');
}

function fieldValue<S extends EntityState>(field: FieldSpec<S>, raw: unknown): FieldValue {
  if (raw === null || raw === undefined) return null;
  if (field.type === 'float') return typeof raw === 'number' ? raw : Number(raw);
  return String(raw);
}

/** Turns a selected version row into a Versioned object read at `point`. */
export function decodeVersion<S extends EntityState>(kind: EntityKind<S>, row: Row, point: ReadPoint): Versioned<S> {
  const state: EntityState = {};
  for (const field of kind.fields) state[field.name] = fieldValue(field, row[field.name]);
  return {
    id: String(row['entity_id']),
    type: kind.type,
    version: toInt(row['version']),
    rowBranch: String(row['branch']),
    seq: toInt(row['seq']),
    commitId: String(row['commit_id']),
    validFrom: toDate(row['committed_at']),
    validTo: null,
    deleted: row['deleted'] === true,
    // The select list is built from kind.fields, so the row has exactly the keys of S.
    state: state as S,
    readPoint: point,
  };
}

/** Typed NULLs for a kind's business fields, as READ_CAST selects them (for the commit rows of a union). */
const NULL_OF: Record<FieldType, string> = {
  text: 'NULL::text',
  uuid: 'NULL::uuid',
  decimal: 'NULL::text',
  date: 'NULL::text',
  float: 'NULL::float8',
};

/**
 * The versions that can win for the candidates `e`, one SELECT per lineage step, with its
 * depth. The root step (the branch everything forked from) holds most entities' states: one
 * backward index probe per candidate on (entity_id, branch, seq). The steps above it hold
 * only what those branches changed: a join that the planner runs as a probe per candidate
 * for a few candidates, or as a scan of the branch's own few versions for many; DISTINCT ON
 * keeps their latest. Probing every step for every entity (twice the probes on a branch)
 * measured 2-3x slower on 10,000 cost elements. The nearest step wins (selectAt).
 */
function steps<S extends EntityState>(
  kind: EntityKind<S>,
  lineage: readonly LineageStep[],
  firstParam: number,
): string {
  const columns = versionColumns(kind);
  const root = lineage.length - 1;
  const r = firstParam + root * 2;
  const parts = [
    `SELECT ${columns}, ${root} AS depth FROM e CROSS JOIN LATERAL (SELECT * FROM ${kind.table} x
      WHERE x.entity_id = e.id AND x.branch = $${r} AND x.seq <= $${r + 1} ORDER BY x.seq DESC LIMIT 1) v`,
  ];
  for (let depth = 0; depth < root; depth += 1) {
    const b = firstParam + depth * 2;
    parts.push(`(SELECT DISTINCT ON (v.entity_id) ${columns}, ${depth} AS depth FROM e JOIN ${kind.table} v ON v.entity_id = e.id
      WHERE v.project_id = $1 AND v.branch = $${b} AND v.seq <= $${b + 1} ORDER BY v.entity_id, v.seq DESC)`);
  }
  return parts.join('\nUNION ALL\n');
}

/**
 * The commits of the selected versions as extra rows of the same result (entity_id null),
 * one per distinct commit: joining them onto every version row repeated each commit's
 * message and parents thousands of times (measured +40% on 10,000 cost elements).
 */
function commitRows<S extends EntityState>(kind: EntityKind<S>): string {
  const fieldNulls = kind.fields.map((f) => NULL_OF[f.type]).join(', ');
  return `UNION ALL SELECT NULL::uuid, NULL::int, pc.branch, pc.seq, pc.id, ${epochMs('pc.committed_at')}, NULL::boolean,
      ${fieldNulls}, NULL::int, pc.kind, pc.message, pc.author_id, pc.parent_ids
    FROM project_commit pc WHERE pc.id IN (SELECT r.commit_id FROM r)`;
}

/** The parameters of a lineage's steps, in the order `steps` numbers them. */
export function lineageParams(lineage: readonly LineageStep[]): unknown[] {
  return lineage.flatMap((s) => [s.branch, s.maxSeq]);
}

/**
 * A parenthesized subquery (for a FROM or a CTE) of the live states visible at the lineage of
 * the entities that `candidates` selects (a SELECT of one uuid column `id`), with the columns
 * of versionColumns: the same resolution as loadAt (the nearest lineage step wins, tombstones
 * drop out), for statements that sum versions in SQL instead of reading them. $1 is the project
 * id; the lineage's parameters (lineageParams) start at `firstParam`.
 */
export function visibleStatesSql<S extends EntityState>(
  kind: EntityKind<S>,
  lineage: readonly LineageStep[],
  candidates: string,
  firstParam: number,
): string {
  return `(SELECT n.* FROM (SELECT DISTINCT ON (s.entity_id) s.* FROM (WITH e AS MATERIALIZED (${candidates})
    ${steps(kind, lineage, firstParam)}) s ORDER BY s.entity_id, s.depth) n WHERE NOT n.deleted)`;
}

export interface LoadOptions {
  /** Keep tombstones (the write path needs to know an entity was deleted). */
  includeDeleted?: boolean;
}

/** Resolves the selected entities of one kind at a read point, in one statement. */
export async function loadAt<S extends EntityState>(
  sql: Sql,
  kind: EntityKind<S>,
  point: ReadPoint,
  selection: Selection,
  options: LoadOptions = {},
): Promise<Versioned<S>[]> {
  return (await selectAt(sql, kind, point, selection, options, false)).versions;
}

/**
 * Like loadAt, and also the commits that produced the states it returns, read in the same
 * statement: a tree read then needs no statement of its own for the nodes' commits.
 */
export async function loadAtWithCommits<S extends EntityState>(
  sql: Sql,
  kind: EntityKind<S>,
  point: ReadPoint,
  selection: Selection,
  options: LoadOptions = {},
): Promise<{ versions: Versioned<S>[]; commits: CommitRecord[] }> {
  return selectAt(sql, kind, point, selection, options, true);
}

async function selectAt<S extends EntityState>(
  sql: Sql,
  kind: EntityKind<S>,
  point: ReadPoint,
  selection: Selection,
  options: LoadOptions,
  withCommits: boolean,
): Promise<{ versions: Versioned<S>[]; commits: CommitRecord[] }> {
  const params: unknown[] = [point.projectId];
  let candidates: string;
  switch (selection.by) {
    case 'ids':
      if (selection.ids.length === 0) return { versions: [], commits: [] };
      params.push([...new Set(selection.ids)]);
      candidates = `SELECT x.id FROM unnest($2::uuid[]) AS x(id) JOIN entity en ON en.id = x.id AND en.project_id = $1`;
      break;
    case 'parent': {
      if (selection.parentIds.length === 0) return { versions: [], commits: [] };
      const parent = kind.fields.find((f) => f.name === kind.parentField);
      if (parent === undefined) throw new TypeError(`${kind.type} has no parent field`);
      params.push([...new Set(selection.parentIds)]);
      candidates = `SELECT DISTINCT c.entity_id AS id FROM ${kind.table} c WHERE c.project_id = $1 AND c.${parent.column} = ANY($2::uuid[])`;
      break;
    }
    case 'project':
      params.push(kind.type);
      candidates = `SELECT en.id FROM entity en WHERE en.project_id = $1 AND en.entity_type = $2`;
      break;
  }
  const first = params.length + 1;
  params.push(...lineageParams(point.lineage));
  const commitColumns = withCommits
    ? ', NULL::text AS commit_kind, NULL::text AS commit_message, NULL::uuid AS commit_author_id, NULL::uuid[] AS commit_parent_ids'
    : '';
  const text = `WITH e AS MATERIALIZED (${candidates}), r AS MATERIALIZED (${steps(kind, point.lineage, first)})
    SELECT r.*${commitColumns} FROM r ${withCommits ? commitRows(kind) : ''}`;
  const rows = await sql.query(text, params);
  const commits: CommitRecord[] = [];
  // One lineage step (main, or a read at a commit of main): one row per entity, nothing to shadow.
  const single = point.lineage.length === 1;
  const nearest = new Map<string, Row>();
  const resolved: Versioned<S>[] = [];
  for (const row of rows) {
    if (row['entity_id'] === null) {
      commits.push(decodeCommitRow(row, point.projectId));
      continue;
    }
    if (single) {
      resolved.push(decodeVersion(kind, row, point));
      continue;
    }
    const id = String(row['entity_id']);
    const seen = nearest.get(id);
    if (seen === undefined || toInt(row['depth']) < toInt(seen['depth'])) nearest.set(id, row);
  }
  for (const row of nearest.values()) resolved.push(decodeVersion(kind, row, point));
  const versions = options.includeDeleted === true ? resolved : resolved.filter((v) => !v.deleted);
  return { versions, commits };
}

/** A commit row of the union: the version columns carry its branch, seq and committed_at. */
function decodeCommitRow(row: Row, projectId: string): CommitRecord {
  return decodeCommit({
    id: row['commit_id'],
    project_id: projectId,
    branch: row['branch'],
    seq: row['seq'],
    kind: row['commit_kind'],
    message: row['commit_message'],
    author_id: row['commit_author_id'],
    committed_at: row['committed_at'],
    parent_ids: row['commit_parent_ids'],
  });
}

/**
 * Every state of the given entities on the read point's lineage up to the point, oldest
 * first, in one statement. A nearer branch's states shadow an ancestor's later ones.
 */
export async function loadHistories<S extends EntityState>(
  sql: Sql,
  kind: EntityKind<S>,
  point: ReadPoint,
  entityIds: readonly string[],
): Promise<Map<string, Versioned<S>[]>> {
  const result = new Map<string, Versioned<S>[]>();
  if (entityIds.length === 0) return result;
  const params: unknown[] = [[...new Set(entityIds)], point.projectId];
  const parts = point.lineage.map((step, depth) => {
    params.push(step.branch, step.maxSeq);
    return `SELECT ${versionColumns(kind)}, ${depth} AS depth FROM ${kind.table} v
      WHERE v.entity_id = ANY($1::uuid[]) AND v.project_id = $2 AND v.branch = $${params.length - 1} AND v.seq <= $${params.length}`;
  });
  const rows = await sql.query(`${parts.join(' UNION ALL ')} ORDER BY entity_id, version, depth`, params);
  const byEntity = new Map<string, Row[]>();
  for (const row of rows) {
    const id = String(row['entity_id']);
    const list = byEntity.get(id);
    if (list === undefined) byEntity.set(id, [row]);
    else list.push(row);
  }
  for (const [id, entityRows] of byEntity) result.set(id, chainOf(kind, entityRows, point));
  return result;
}

/** Rows of one entity sorted by (version, depth) -> the states visible along the lineage. */
function chainOf<S extends EntityState>(kind: EntityKind<S>, rows: readonly Row[], point: ReadPoint): Versioned<S>[] {
  const kept: Row[] = [];
  let lastVersion = 0;
  let shadowDepth = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    const version = toInt(row['version']);
    const depth = toInt(row['depth']);
    // The nearest row of each number wins; once a nearer branch wrote a state, the ancestor's
    // later states were never visible here.
    if (version === lastVersion || depth > shadowDepth) continue;
    shadowDepth = Math.min(shadowDepth, depth);
    lastVersion = version;
    kept.push(row);
  }
  const states = kept.map((row) => decodeVersion(kind, row, point));
  for (let i = 0; i + 1 < states.length; i += 1) {
    const current = states[i];
    const next = states[i + 1];
    if (current !== undefined && next !== undefined) current.validTo = next.validFrom;
  }
  return states.filter((s) => !s.deleted);
}

/**
 * Resolves entities that each have their own read point (e.g. many projects, each at its
 * own lineage) in one statement.
 */
export async function loadProjectsAt<S extends EntityState>(
  sql: Sql,
  kind: EntityKind<S>,
  entries: readonly { id: string; point: ReadPoint }[],
): Promise<Versioned<S>[]> {
  if (entries.length === 0) return [];
  const ids: string[] = [];
  const depths: number[] = [];
  const branches: string[] = [];
  const seqs: number[] = [];
  for (const { id, point } of entries) {
    point.lineage.forEach((step, depth) => {
      ids.push(id);
      depths.push(depth);
      branches.push(step.branch);
      seqs.push(step.maxSeq);
    });
  }
  const rows = await sql.query(
    `SELECT DISTINCT ON (r.entity_id) r.* FROM unnest($1::uuid[], $2::int[], $3::text[], $4::int[]) AS l(id, depth, branch, max_seq)
     CROSS JOIN LATERAL (SELECT ${versionColumns(kind)}, l.depth FROM ${kind.table} v
       WHERE v.entity_id = l.id AND v.branch = l.branch AND v.seq <= l.max_seq ORDER BY v.seq DESC LIMIT 1) r
     ORDER BY r.entity_id, r.depth`,
    [ids, depths, branches, seqs],
  );
  const pointOf = new Map(entries.map((e) => [e.id, e.point]));
  return rows
    .map((row) => {
      const point = pointOf.get(String(row['entity_id']));
      return point === undefined ? null : decodeVersion(kind, row, point);
    })
    .filter((v): v is Versioned<S> => v !== null && !v.deleted);
}
