import { Node } from '../db/entities/index.js';
import type { Candidates } from '../db/repositories/version.repository.js';
import type { Row, Sql } from '../db/sql.js';
import { decodeCommit } from './history.js';
import { toDate, toInt } from './sql-values.js';
import type { CommitRecord, EntityKind, EntityState, FieldSpec, FieldValue, ReadPoint, Versioned } from './types.js';

/** Which entities to resolve: by id, by the parent they ever pointed at, or all of the project. */
export type Selection =
  { by: 'ids'; ids: readonly string[] } | { by: 'parent'; parentIds: readonly string[] } | { by: 'project' };

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
  // An empty lineage (a branch before its first commit) shows nothing.
  if (point.lineage.length === 0) return { versions: [], commits: [] };
  let candidates: Candidates;
  switch (selection.by) {
    case 'ids':
      if (selection.ids.length === 0) return { versions: [], commits: [] };
      candidates = selection;
      break;
    case 'parent': {
      if (selection.parentIds.length === 0) return { versions: [], commits: [] };
      const parent = kind.fields.find((f) => f.name === kind.parentField);
      if (parent === undefined) throw new TypeError(`${kind.type} has no parent field`);
      candidates = { by: 'parent', column: parent.column, parentIds: selection.parentIds };
      break;
    }
    case 'project':
      candidates = { by: 'type', entityType: kind.type };
      break;
  }
  // The versions that can win, one SELECT per lineage step (the nearest step wins, below).
  const rows = await sql.repository(Node).versionsAt(kind, point.projectId, point.lineage, candidates, withCommits);
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
  if (point.lineage.length === 0) return result;
  const rows = await sql.repository(Node).histories(kind, point.projectId, point.lineage, entityIds);
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
  const rows = await sql.repository(Node).versionsAtEach(
    kind,
    entries.map((e) => ({ id: e.id, lineage: e.point.lineage })),
  );
  const pointOf = new Map(entries.map((e) => [e.id, e.point]));
  return rows
    .map((row) => {
      const point = pointOf.get(String(row['entity_id']));
      return point === undefined ? null : decodeVersion(kind, row, point);
    })
    .filter((v): v is Versioned<S> => v !== null && !v.deleted);
}
