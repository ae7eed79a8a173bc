import { Node } from '../db/entities/index.js';
import type { Sql } from '../db/sql.js';
import { BadInputError } from '../shared/errors.js';
import { clashingCodes, currentChildrenOf, cyclicMoves, type PlannedState } from './integrity.js';
import { conflictOn, live, referenceOf, type Decision } from './merge-decisions.js';
import { ruleFields, type OpenConflicts, type ResolvedFields } from './open-conflicts.js';
import { loadAt } from './store.js';
import { sameState, type EntityConflict } from './three-way.js';
import type { EntityKind, EntityState, FieldValue, ReadPoint } from './types.js';

/** The points a merge's rules read: the target's state now, and the merge base. */
export interface MergePoints {
  base: ReadPoint;
  ours: ReadPoint;
}

const planOf = (d: Decision): PlannedState => ({ kind: d.kind, id: d.id, state: d.merged });

/** Codes must stay unique among live entities: an entity the merge brings in may clash with one the target has. */
async function findCodeClashes(
  tx: Sql,
  ours: ReadPoint,
  decisions: readonly Decision[],
): Promise<{ decision: Decision; field: string; code: string }[]> {
  const clashes: { decision: Decision; field: string; code: string }[] = [];
  for (const kind of new Set(decisions.map((d) => d.kind))) {
    const field = kind.uniqueField;
    if (field === undefined) continue;
    const mine = decisions.filter((d) => d.kind === kind);
    const incoming = mine.filter((d) => d.merged !== null && d.merged[field] !== (live(d.ours)?.[field] ?? undefined));
    const byId = new Map(mine.map((d) => [d.id, d]));
    for (const clash of await clashingCodes(tx, kind, ours, mine.map(planOf), incoming.map(planOf))) {
      const decision = byId.get(clash.planned.id);
      if (decision !== undefined) clashes.push({ decision, field: clash.field, code: clash.code });
    }
  }
  return clashes;
}

/** Merged moves of a tree kind (WBEs) must not close a cycle: the entities that do. */
async function findCycles(tx: Sql, ours: ReadPoint, decisions: readonly Decision[]): Promise<Decision[]> {
  const cyclic: Decision[] = [];
  for (const kind of new Set(decisions.map((d) => d.kind))) {
    const mine = decisions.filter((d) => d.kind === kind);
    const moved = mine.filter(
      (d) => d.merged !== null && String(referenceOf(kind, d.merged)) !== String(referenceOf(kind, live(d.ours))),
    );
    const below = new Set(
      await cyclicMoves(
        tx,
        kind,
        ours,
        mine.map(planOf),
        moved.map((d) => d.id),
      ),
    );
    cyclic.push(...moved.filter((d) => below.has(d.id)));
  }
  return cyclic;
}

/** The conflict of a reference that would point at a parent gone after the merge. */
function danglingConflict(d: Decision): EntityConflict {
  const [base, ours, theirs] = [d.base, d.ours, d.theirs].map((v) => referenceOf(d.kind, live(v)) ?? null);
  return {
    field: d.kind.parentField ?? '*',
    base: base ?? null,
    ours: ours ?? null,
    theirs: theirs ?? null,
    dangling: true,
  };
}

/**
 * A merge must not leave a live entity under a parent that is gone afterwards (one side adds
 * or moves something under a parent that the other side deletes). Returns the decisions whose
 * merged state would; target children that the merge would orphan without touching them get
 * a decision of their own. Reads only the parents that merged references newly point at and
 * the target's children of the entities that the merge removes.
 */
async function danglingReferences(
  tx: Sql,
  projectId: string,
  kinds: readonly EntityKind[],
  points: MergePoints,
  decisions: Decision[],
): Promise<Decision[]> {
  const decided = new Map(decisions.map((d) => [d.id, d]));
  // A reference the target already had, to a parent the merge does not decide, was valid there.
  const needsCheck = (d: Decision, parent: FieldValue) =>
    decided.has(String(parent)) || parent !== referenceOf(d.kind, live(d.ours));
  const undecidedParents = new Set<string>();
  for (const d of decisions) {
    const parent = referenceOf(d.kind, d.merged);
    if (parent !== null && !decided.has(String(parent)) && needsCheck(d, parent)) undecidedParents.add(String(parent));
  }
  const liveOnTarget = new Set<string>();
  if (undecidedParents.size > 0) {
    const typed = await tx.repository(Node).typesIn(projectId, [...undecidedParents]);
    for (const kind of kinds) {
      const ids = typed.filter((r) => r.entity_type === kind.type).map((r) => String(r.id));
      if (ids.length > 0)
        for (const v of await loadAt(tx, kind, points.ours, { by: 'ids', ids })) liveOnTarget.add(v.id);
    }
  }
  const liveAfter = (id: string) => {
    const d = decided.get(id);
    return d === undefined ? liveOnTarget.has(id) : d.merged !== null;
  };
  const found = decisions.filter((d) => {
    const parent = referenceOf(d.kind, d.merged);
    if (parent === null || !needsCheck(d, parent) || liveAfter(String(parent))) return false;
    // An orphan that the target already had is left alone.
    const parentOnTarget = decided.get(String(parent))?.ours ?? null;
    return !(parent === referenceOf(d.kind, live(d.ours)) && live(parentOnTarget) === null);
  });

  const removed = decisions.filter((d) => d.merged === null && live(d.ours) !== null).map((d) => d.id);
  if (removed.length === 0) return found;
  for (const kind of kinds) {
    const children = await currentChildrenOf(tx, kind, points.ours, removed, (id) => decided.has(id));
    if (children.length === 0) continue;
    // The source did not change them since the base: their source state is their base state.
    const atBase = new Map(
      (await loadAt(tx, kind, points.base, { by: 'ids', ids: children.map((v) => v.id) })).map((v) => [v.id, v]),
    );
    for (const child of children) {
      const baseState = atBase.get(child.id) ?? null;
      const d: Decision = {
        kind,
        id: child.id,
        base: baseState,
        ours: child,
        theirs: baseState,
        merged: child.state,
        conflicts: [],
      };
      decisions.push(d);
      found.push(d);
    }
  }
  return found;
}

/**
 * The merge's own outcome, before strategies and resolutions, must keep codes unique and leave
 * nothing under a vanished parent: what would not becomes a conflict of the decision.
 */
export async function addViolationConflicts(
  tx: Sql,
  projectId: string,
  kinds: readonly EntityKind[],
  points: MergePoints,
  decisions: Decision[],
): Promise<void> {
  for (const { decision: d, field, code } of await findCodeClashes(tx, points.ours, decisions)) {
    d.conflicts.push({
      field,
      base: live(d.base)?.[field] ?? null,
      ours: live(d.ours)?.[field] ?? null,
      theirs: code,
      clash: true,
    });
  }
  for (const d of await danglingReferences(tx, projectId, kinds, points, decisions)) {
    if (!d.conflicts.some((c) => c.field === d.kind.parentField || c.field === '*'))
      d.conflicts.push(danglingConflict(d));
  }
}

/**
 * The rules below are checked field by field on what strategies and resolutions decided: a rule
 * is skipped on an entity only while a field it reads is still open there. Breaking one is bad
 * input when a resolution decided one of those fields, else a conflict on the field the rule
 * names, added to `unresolved`.
 */
export async function addDecidedViolations(
  tx: Sql,
  projectId: string,
  kinds: readonly EntityKind[],
  points: MergePoints,
  decisions: Decision[],
  outcome: { unresolved: OpenConflicts; resolved: ResolvedFields; decidedSome: boolean },
): Promise<void> {
  const { unresolved, resolved, decidedSome } = outcome;
  // What the strategies and resolutions decided must not orphan anything either (e.g. keeping
  // an edited element whose WBE the other side deleted): such references stay unresolved.
  const orphaned = decidedSome ? await danglingReferences(tx, projectId, kinds, points, decisions) : [];
  for (const d of orphaned) {
    if (!unresolved.covers(d.id, [d.kind.parentField ?? '*']))
      unresolved.add({ entityType: d.kind.type, entityId: d.id, ...danglingConflict(d) });
  }
  // What strategies and resolutions decided must keep codes unique and the WBS a tree.
  if (decidedSome) {
    for (const { decision: d, field, code } of await findCodeClashes(tx, points.ours, decisions)) {
      if (unresolved.covers(d.id, [field])) continue;
      if (resolved.decided(d.id, [field]))
        throw BadInputError.field(field, `"${code}" is already used by another ${d.kind.type}`);
      unresolved.add({
        entityType: d.kind.type,
        entityId: d.id,
        field,
        base: live(d.base)?.[field] ?? null,
        ours: live(d.ours)?.[field] ?? null,
        theirs: code,
      });
    }
  }
  for (const d of await findCycles(tx, points.ours, decisions)) {
    const field = d.kind.parentField ?? '*';
    if (unresolved.covers(d.id, [field])) continue;
    if (resolved.decided(d.id, [field]))
      throw BadInputError.field(field, 'the resolved parent would put the element under itself');
    unresolved.add(conflictOn(d, field));
  }
  // A merged state must satisfy the same rules as any write (e.g. plannedEnd >= plannedStart
  // when each side moved one date): a resolution that breaks one is bad input; a merge that
  // breaks one by itself is a conflict on the field the rule names.
  for (const d of decisions) {
    if (d.merged === null || d.kind.validate === undefined || unresolved.covers(d.id, [])) continue;
    if (sameState(d.kind, live(d.ours), d.merged)) continue;
    validateMerged(d, d.merged, unresolved, resolved);
  }
}

function validateMerged(d: Decision, merged: EntityState, unresolved: OpenConflicts, resolved: ResolvedFields): void {
  try {
    d.kind.validate?.(merged);
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    const fields = ruleFields(error.details);
    if (unresolved.covers(d.id, fields)) return;
    if (resolved.decided(d.id, fields)) throw error;
    unresolved.add(conflictOn(d, fields[0] ?? '*'));
  }
}
