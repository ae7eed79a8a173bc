import type { EntityKind, EntityState, FieldValue } from './types.js';

/**
 * Pure three-way merge of one entity, field by field (Dolt's vocabulary: one side changed it,
 * both changed it the same way — convergent —, or both changed it differently — a conflict).
 * `null` stands for "absent or deleted". Conflicts are returned, never thrown.
 */
export interface EntityConflict {
  /** A field name, or "*" for a delete on one side against an edit on the other. */
  field: string;
  base: FieldValue | EntityState | null;
  ours: FieldValue | EntityState | null;
  theirs: FieldValue | EntityState | null;
  /** Set when the value is fine on its own but clashes with another entity's unique field. */
  clash?: boolean;
  /** Set when the merged reference would point at a parent that is gone after the merge. */
  dangling?: boolean;
}

export type MergeOutcome =
  /** The merged state (null: deleted or absent), plus the fields it could not decide. */
  { merged: EntityState | null; conflicts: EntityConflict[] };

function sameState(kind: EntityKind, a: EntityState | null, b: EntityState | null): boolean {
  if (a === null || b === null) return a === b;
  return kind.fields.every((f) => (a[f.name] ?? null) === (b[f.name] ?? null));
}

export function mergeEntity(
  kind: EntityKind,
  base: EntityState | null,
  ours: EntityState | null,
  theirs: EntityState | null,
): MergeOutcome {
  if (sameState(kind, base, theirs)) return { merged: ours, conflicts: [] };
  if (sameState(kind, base, ours)) return { merged: theirs, conflicts: [] };
  if (sameState(kind, ours, theirs)) return { merged: ours, conflicts: [] };
  if (ours === null || theirs === null) {
    // Deleted on one side, changed on the other: the whole entity conflicts.
    return { merged: ours, conflicts: [{ field: '*', base, ours, theirs }] };
  }
  const merged: EntityState = { ...ours };
  const conflicts: EntityConflict[] = [];
  for (const field of kind.fields) {
    const b = base === null ? null : (base[field.name] ?? null);
    const o = ours[field.name] ?? null;
    const t = theirs[field.name] ?? null;
    if (t === b || o === t) continue;
    if (o === b) {
      merged[field.name] = t;
      continue;
    }
    conflicts.push({ field: field.name, base: b, ours: o, theirs: t });
  }
  return { merged, conflicts };
}

export { sameState };
