import { Node } from '../db/entities/index.js';
import type { Sql } from '../db/sql.js';
import { loadAt } from './store.js';
import type { EntityChange, EntityKind, EntityState, FieldChange, LineageStep, ReadPoint, Versioned } from './types.js';

/** Sequence ranges (lo, hi] per branch where two lineages see different version rows. */
export interface SeqRange {
  branch: string;
  lo: number;
  hi: number;
}

/** Where the visible row sets of two lineages differ; everything else resolves identically. */
export function lineageDifference(a: readonly LineageStep[], b: readonly LineageStep[]): SeqRange[] {
  const seqA = new Map(a.map((s) => [s.branch, s.maxSeq]));
  const seqB = new Map(b.map((s) => [s.branch, s.maxSeq]));
  const ranges: SeqRange[] = [];
  for (const branch of new Set([...seqA.keys(), ...seqB.keys()])) {
    const x = seqA.get(branch) ?? 0;
    const y = seqB.get(branch) ?? 0;
    if (x !== y) ranges.push({ branch, lo: Math.min(x, y), hi: Math.max(x, y) });
  }
  return ranges;
}

/** Entities of a kind with a version row inside the ranges: the only ones that can differ. */
export async function changedCandidates(
  sql: Sql,
  kind: EntityKind,
  projectId: string,
  ranges: readonly SeqRange[],
): Promise<string[]> {
  if (ranges.length === 0) return [];
  return sql.repository(Node).changedIn(kind, projectId, ranges);
}

/** Field-level comparison of two states of one entity (null: absent or deleted). */
export function compareStates(
  kind: EntityKind,
  id: string,
  before: EntityState | null,
  after: EntityState | null,
): EntityChange | null {
  if (before === null && after === null) return null;
  const fields: FieldChange[] = [];
  for (const field of kind.fields) {
    const b = before === null ? null : (before[field.name] ?? null);
    const a = after === null ? null : (after[field.name] ?? null);
    if (before === null || after === null || b !== a) fields.push({ field: field.name, before: b, after: a });
  }
  if (before !== null && after !== null && fields.length === 0) return null;
  return {
    entityType: kind.type,
    entityId: id,
    kind: before === null ? 'ADDED' : after === null ? 'REMOVED' : 'MODIFIED',
    fields,
  };
}

export interface EntitySides {
  kind: EntityKind;
  id: string;
  before: Versioned | null;
  after: Versioned | null;
}

/**
 * The live states of every entity that may differ between two read points, read at both.
 * Reads only version rows inside the lineages' difference, never the whole project.
 */
export async function loadSides(
  sql: Sql,
  kinds: readonly EntityKind[],
  from: ReadPoint | null,
  to: ReadPoint,
): Promise<EntitySides[]> {
  const ranges = lineageDifference(from?.lineage ?? [], to.lineage);
  const sides: EntitySides[] = [];
  for (const kind of kinds) {
    const ids = await changedCandidates(sql, kind, to.projectId, ranges);
    if (ids.length === 0) continue;
    const [before, after] = await Promise.all([
      from === null ? Promise.resolve([]) : loadAt(sql, kind, from, { by: 'ids', ids }),
      loadAt(sql, kind, to, { by: 'ids', ids }),
    ]);
    const beforeById = new Map(before.map((v) => [v.id, v]));
    const afterById = new Map(after.map((v) => [v.id, v]));
    for (const id of ids)
      sides.push({ kind, id, before: beforeById.get(id) ?? null, after: afterById.get(id) ?? null });
  }
  return sides;
}

/**
 * A change with the whole versions it compares (null where the entity is absent), read at
 * their read points: what a reader needs to say what the entity is without reading it again.
 */
export interface SidedChange extends EntityChange {
  readonly sides: { readonly before: Versioned | null; readonly after: Versioned | null };
}

/** What changed from one read point to another, entity by entity, field by field. */
export async function diffPoints(
  sql: Sql,
  kinds: readonly EntityKind[],
  from: ReadPoint | null,
  to: ReadPoint,
): Promise<SidedChange[]> {
  const sides = await loadSides(sql, kinds, from, to);
  const changes: SidedChange[] = [];
  for (const s of sides) {
    const change = compareStates(s.kind, s.id, s.before?.state ?? null, s.after?.state ?? null);
    if (change !== null) changes.push({ ...change, sides: { before: s.before, after: s.after } });
  }
  return changes;
}
