import type { Sql } from '../db/sql.js';
import { changedCandidates, lineageDifference } from './diff.js';
import type { MergeConflict } from './open-conflicts.js';
import { loadAt } from './store.js';
import { mergeEntity, type EntityConflict } from './three-way.js';
import type { EntityKind, EntityState, FieldValue, ReadPoint, Versioned } from './types.js';

/** One entity's three sides and what the merge decided for it. */
export interface Decision {
  kind: EntityKind;
  id: string;
  base: Versioned | null;
  /** The target's state, tombstones included (to know whether the target has its own row). */
  ours: Versioned | null;
  theirs: Versioned | null;
  merged: EntityState | null;
  conflicts: EntityConflict[];
}

export function live(v: Versioned | null): EntityState | null {
  return v === null || v.deleted ? null : v.state;
}

/** The parent an entity's state refers to (null for a kind without one). */
export function referenceOf(kind: EntityKind, state: EntityState | null): FieldValue {
  return kind.parentField === null || state === null ? null : (state[kind.parentField] ?? null);
}

/** An open conflict on one field of a decision ("*": the whole entity), with the three sides' values. */
export function conflictOn(d: Decision, field: string): MergeConflict {
  const side = (v: Versioned | null) => (field === '*' ? live(v) : (live(v)?.[field] ?? null));
  return {
    entityType: d.kind.type,
    entityId: d.id,
    field,
    base: side(d.base),
    ours: side(d.ours),
    theirs: side(d.theirs),
  };
}

/**
 * The three-way field merge of every entity the source changed since the base: reads only
 * those entities' versions, at the base, the target (tombstones included) and the source.
 */
export async function decideChanges(
  tx: Sql,
  projectId: string,
  kinds: readonly EntityKind[],
  points: { base: ReadPoint; ours: ReadPoint; theirs: ReadPoint },
): Promise<Decision[]> {
  const decisions: Decision[] = [];
  const ranges = lineageDifference(points.base.lineage, points.theirs.lineage);
  for (const kind of kinds) {
    const ids = await changedCandidates(tx, kind, projectId, ranges);
    if (ids.length === 0) continue;
    const [b, o, t] = await Promise.all([
      loadAt(tx, kind, points.base, { by: 'ids', ids }),
      loadAt(tx, kind, points.ours, { by: 'ids', ids }, { includeDeleted: true }),
      loadAt(tx, kind, points.theirs, { by: 'ids', ids }, { includeDeleted: true }),
    ]);
    const index = (list: Versioned[]) => new Map(list.map((v) => [v.id, v]));
    const [bi, oi, ti] = [index(b), index(o), index(t)];
    for (const id of ids) {
      const d: Decision = {
        kind,
        id,
        base: bi.get(id) ?? null,
        ours: oi.get(id) ?? null,
        theirs: ti.get(id) ?? null,
        merged: null,
        conflicts: [],
      };
      const outcome = mergeEntity(kind, live(d.base), live(d.ours), live(d.theirs));
      d.merged = outcome.merged;
      d.conflicts = outcome.conflicts;
      decisions.push(d);
    }
  }
  return decisions;
}
