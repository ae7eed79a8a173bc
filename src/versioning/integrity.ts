import { Node } from '../db/entities/index.js';
import type { Sql } from '../db/sql.js';
import { BadInputError } from '../shared/errors.js';
import { loadAt } from './store.js';
import type { EntityKind, EntityState, FieldValue, ReadPoint, Versioned } from './types.js';

/** A state an operation is about to store for an entity: null removes it. */
export interface PlannedState {
  kind: EntityKind;
  id: string;
  state: EntityState | null;
}

/** A rule of single writes that the planned states would break, named by entity and field. */
export interface Violation {
  entityType: string;
  entityId: string;
  field: string;
  reason: string;
}

/** The live entities of a kind at a point whose unique field holds one of `codes`. */
export async function liveHoldersOf(
  sql: Sql,
  kind: EntityKind,
  point: ReadPoint,
  codes: readonly string[],
): Promise<Versioned[]> {
  const spec = kind.fields.find((f) => f.name === kind.uniqueField);
  if (spec === undefined || codes.length === 0) return [];
  // Any version ever holding the code finds the candidates; the read point decides who holds it now.
  const ids = await sql.repository(Node).everHolding(kind.table, spec.column, codes, point.projectId);
  return loadAt(sql, kind, point, { by: 'ids', ids });
}

/** Of the `moved` nodes of a parent map (node -> parent), those that would be their own ancestor. */
export function belowThemselves(parentOf: ReadonlyMap<string, string | null>, moved: readonly string[]): string[] {
  return moved.filter((id) => {
    const seen = new Set<string>([id]);
    let at = parentOf.get(id) ?? null;
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      at = parentOf.get(at) ?? null;
    }
    return at !== null;
  });
}

/**
 * Checks states that a bulk operation (a revert) assembles from history rather than from one
 * input, against the rules every single write obeys: each kind's own rules, codes unique among
 * live entities, no live entity under a parent that is gone, no WBE below itself. `point` is
 * what the branch shows now; entities not planned keep their state there. Reads only the
 * entities the plan touches, their parents and children, and the holders of the codes it sets.
 */
export async function violatedRules(
  sql: Sql,
  point: ReadPoint,
  kinds: readonly EntityKind[],
  planned: readonly PlannedState[],
): Promise<Violation[]> {
  const violations: Violation[] = [];
  const plannedById = new Map(planned.map((p) => [p.id, p]));
  const kindOf = (type: string) => kinds.find((k) => k.type === type);

  for (const p of planned) {
    if (p.state === null || p.kind.validate === undefined) continue;
    try {
      p.kind.validate(p.state);
    } catch (error) {
      if (!(error instanceof BadInputError)) throw error;
      const field = typeof error.details['field'] === 'string' ? error.details['field'] : '*';
      violations.push({ entityType: p.kind.type, entityId: p.id, field, reason: error.message });
    }
  }

  for (const kind of kinds) {
    const field = kind.uniqueField;
    const spec = kind.fields.find((f) => f.name === field);
    const mine = planned.filter((p) => p.kind === kind && p.state !== null);
    if (field === undefined || spec === undefined || mine.length === 0) continue;
    const codes = [...new Set(mine.map((p) => String(p.state?.[field])))];
    const holders = new Map<string, string[]>();
    const hold = (id: string, code: FieldValue) => {
      if (code !== null) holders.set(String(code), [...(holders.get(String(code)) ?? []), id]);
    };
    for (const v of await liveHoldersOf(sql, kind, point, codes))
      if (!plannedById.has(v.id)) hold(v.id, v.state[field] ?? null);
    for (const p of mine) hold(p.id, p.state?.[field] ?? null);
    for (const p of mine) {
      const code = String(p.state?.[field]);
      if ((holders.get(code) ?? []).length > 1)
        violations.push({
          entityType: kind.type,
          entityId: p.id,
          field,
          reason: `"${code}" is used by another live ${kind.type}`,
        });
    }
  }

  // Parents that planned states point at must be live afterwards.
  const parentsOf = new Map<EntityKind, Set<string>>();
  for (const p of planned) {
    const parentKind = p.kind.parentKind === undefined ? undefined : kindOf(p.kind.parentKind);
    const parent = p.kind.parentField === null || p.state === null ? null : (p.state[p.kind.parentField] ?? null);
    if (parentKind === undefined || parent === null || plannedById.has(String(parent))) continue;
    parentsOf.set(parentKind, (parentsOf.get(parentKind) ?? new Set()).add(String(parent)));
  }
  const liveParents = new Set<string>();
  for (const [kind, ids] of parentsOf)
    for (const v of await loadAt(sql, kind, point, { by: 'ids', ids: [...ids] })) liveParents.add(v.id);
  const liveAfter = (id: string) => {
    const p = plannedById.get(id);
    return p === undefined ? liveParents.has(id) : p.state !== null;
  };
  for (const p of planned) {
    const field = p.kind.parentField;
    const parent = field === null || p.state === null ? null : (p.state[field] ?? null);
    if (field !== null && parent !== null && !liveAfter(String(parent)))
      violations.push({ entityType: p.kind.type, entityId: p.id, field, reason: `its parent ${parent} is gone` });
  }
  // Children that a removal would leave behind.
  const removed = planned.filter((p) => p.state === null);
  for (const kind of kinds) {
    if (kind.parentField === null) continue;
    const parentIds = removed.filter((p) => p.kind.type === kind.parentKind).map((p) => p.id);
    if (parentIds.length === 0) continue;
    for (const child of await loadAt(sql, kind, point, { by: 'parent', parentIds })) {
      // The selection finds every entity that was ever under these parents; only current children count.
      const parent = child.state[kind.parentField] ?? null;
      if (plannedById.has(child.id) || parent === null || !parentIds.includes(String(parent))) continue;
      violations.push({
        entityType: kind.type,
        entityId: child.id,
        field: kind.parentField,
        reason: `its parent ${String(child.state[kind.parentField])} would be removed`,
      });
    }
  }

  // A tree kind must stay a tree.
  for (const kind of kinds) {
    const field = kind.parentField;
    if (field === null || kind.parentKind !== kind.type) continue;
    const moved = planned.filter((p) => p.kind === kind && p.state !== null);
    if (moved.length === 0) continue;
    const parentOf = new Map<string, string | null>();
    const parentIn = (state: EntityState) => (state[field] === null ? null : String(state[field]));
    for (const v of await loadAt(sql, kind, point, { by: 'project' })) parentOf.set(v.id, parentIn(v.state));
    for (const p of planned.filter((x) => x.kind === kind)) {
      if (p.state === null) parentOf.delete(p.id);
      else parentOf.set(p.id, parentIn(p.state));
    }
    for (const id of belowThemselves(
      parentOf,
      moved.map((p) => p.id),
    ))
      violations.push({ entityType: kind.type, entityId: id, field, reason: 'it would be below itself' });
  }
  return violations;
}
