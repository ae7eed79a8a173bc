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
 * Of the `checked` planned states of a kind, those whose unique field holds a code that another
 * live entity holds too once the plan is applied (entities not planned keep their state at
 * `point`). The shared check of code uniqueness for merges and reverts.
 */
export async function clashingCodes(
  sql: Sql,
  kind: EntityKind,
  point: ReadPoint,
  planned: readonly PlannedState[],
  checked: readonly PlannedState[],
): Promise<{ planned: PlannedState; field: string; code: string }[]> {
  const field = kind.uniqueField;
  if (field === undefined || checked.length === 0) return [];
  const codeOf = (p: PlannedState) => String(p.state?.[field]);
  const plannedIds = new Set(planned.map((p) => p.id));
  const holders = new Map<string, string[]>();
  const hold = (id: string, code: FieldValue) => {
    if (code !== null) holders.set(String(code), [...(holders.get(String(code)) ?? []), id]);
  };
  for (const v of await liveHoldersOf(sql, kind, point, [...new Set(checked.map(codeOf))]))
    if (!plannedIds.has(v.id)) hold(v.id, v.state[field] ?? null);
  for (const p of planned) hold(p.id, p.state === null ? null : (p.state[field] ?? null));
  return checked
    .filter((p) => (holders.get(codeOf(p)) ?? []).length > 1)
    .map((p) => ({ planned: p, field, code: codeOf(p) }));
}

/**
 * Of the `moved` planned states of a tree kind (its parent is its own type), the ids that would
 * be below themselves once the plan is applied. Reads the kind's parent map at `point`.
 */
export async function cyclicMoves(
  sql: Sql,
  kind: EntityKind,
  point: ReadPoint,
  planned: readonly PlannedState[],
  moved: readonly string[],
): Promise<string[]> {
  const field = kind.parentField;
  if (field === null || kind.parentKind !== kind.type || moved.length === 0) return [];
  const parentIn = (state: EntityState) => {
    const value = state[field] ?? null;
    return value === null ? null : String(value);
  };
  const parentOf = new Map<string, string | null>();
  for (const v of await loadAt(sql, kind, point, { by: 'project' })) parentOf.set(v.id, parentIn(v.state));
  for (const p of planned) {
    if (p.state === null) parentOf.delete(p.id);
    else parentOf.set(p.id, parentIn(p.state));
  }
  return belowThemselves(parentOf, moved);
}

/**
 * The live entities of a kind at `point` whose current parent is one of `parentIds`, apart from
 * the `skipped` ones: the children a removal of those parents would leave behind.
 */
export async function currentChildrenOf(
  sql: Sql,
  kind: EntityKind,
  point: ReadPoint,
  parentIds: readonly string[],
  skipped: (id: string) => boolean,
): Promise<Versioned[]> {
  const field = kind.parentField;
  if (field === null || parentIds.length === 0) return [];
  // The selection finds every entity that was ever under these parents; only current children count.
  return (await loadAt(sql, kind, point, { by: 'parent', parentIds: [...parentIds] })).filter((child) => {
    const parent = child.state[field] ?? null;
    return !skipped(child.id) && parent !== null && parentIds.includes(String(parent));
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
    const mine = planned.filter((p) => p.kind === kind);
    const live = mine.filter((p) => p.state !== null);
    for (const { planned: p, field, code } of await clashingCodes(sql, kind, point, mine, live))
      violations.push({
        entityType: kind.type,
        entityId: p.id,
        field,
        reason: `"${code}" is used by another live ${kind.type}`,
      });
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
    const field = kind.parentField;
    if (field === null) continue;
    const parentIds = removed.filter((p) => p.kind.type === kind.parentKind).map((p) => p.id);
    for (const child of await currentChildrenOf(sql, kind, point, parentIds, (id) => plannedById.has(id)))
      violations.push({
        entityType: kind.type,
        entityId: child.id,
        field,
        reason: `its parent ${String(child.state[field])} would be removed`,
      });
  }

  // A tree kind must stay a tree.
  for (const kind of kinds) {
    const mine = planned.filter((p) => p.kind === kind);
    const moved = mine.filter((p) => p.state !== null).map((p) => p.id);
    for (const id of await cyclicMoves(sql, kind, point, mine, moved))
      violations.push({
        entityType: kind.type,
        entityId: id,
        field: kind.parentField ?? '*',
        reason: 'it would be below itself',
      });
  }
  return violations;
}
