import type { Sql } from '../db/sql.js';
import { BRANCH_COLUMNS, decodeBranch, openCommit, writeVersions, type VersionWrite } from './commit-writer.js';
import { changedCandidates, compareStates, lineageDifference } from './diff.js';
import { BadInputError, NotFoundError } from '../shared/errors.js';
import { ancestryOf, loadCrossEdges, mergeBases, type HistoryPoint } from './history.js';
import { belowThemselves, liveHoldersOf } from './integrity.js';
import { resolveLineagesAtSeq } from './read-point.js';
import { OpenConflicts, ResolvedFields, ruleFields, type MergeConflict } from './open-conflicts.js';
import { loadAt } from './store.js';
import { mergeEntity, sameState, type EntityConflict } from './three-way.js';
import type {
  BranchRecord,
  CommitRecord,
  EntityChange,
  EntityKind,
  EntityState,
  FieldType,
  FieldValue,
  ReadPoint,
  Versioned,
} from './types.js';

export type MergeStrategy = 'FAIL_ON_CONFLICT' | 'OURS' | 'THEIRS';
export type MergeStatus = 'MERGED' | 'CONFLICTS' | 'UP_TO_DATE';

export interface ConflictResolution {
  entityId: string;
  field: string;
  value: unknown;
}

export type { MergeConflict } from './open-conflicts.js';

export interface MergeRequest {
  projectId: string;
  source: string;
  target: string;
  strategy: MergeStrategy;
  resolutions: readonly ConflictResolution[];
  dryRun: boolean;
  message: string;
  authorId: string;
  kinds: readonly EntityKind[];
}

export interface MergeResult {
  status: MergeStatus;
  commit: CommitRecord | null;
  conflicts: MergeConflict[];
  changes: EntityChange[];
}

/** One entity's three sides and what the merge decided for it. */
interface Decision {
  kind: EntityKind;
  id: string;
  base: Versioned | null;
  /** The target's state, tombstones included (to know whether the target has its own row). */
  ours: Versioned | null;
  theirs: Versioned | null;
  merged: EntityState | null;
  conflicts: EntityConflict[];
}

function live(v: Versioned | null): EntityState | null {
  return v === null || v.deleted ? null : v.state;
}

async function lockedBranch(tx: Sql, projectId: string, name: string, lock: boolean): Promise<BranchRecord> {
  const row = await tx.one(
    `SELECT ${BRANCH_COLUMNS} FROM branch WHERE project_id = $1 AND name = $2${lock ? ' FOR UPDATE' : ''}`,
    [projectId, name],
  );
  if (row === null) throw NotFoundError.branch(projectId, name);
  return decodeBranch(row);
}

/** The merge base of two points as a read point, and its commit. Ties go to the latest commit. */
export async function mergeBasePoint(
  tx: Sql,
  projectId: string,
  a: HistoryPoint,
  b: HistoryPoint,
): Promise<{ point: ReadPoint; commitId: string } | null> {
  const edges = await loadCrossEdges(tx, projectId);
  const bases = mergeBases(edges, a, b);
  if (bases.length === 0) return null;
  const rows = await tx.query<{ id: string; branch: string; seq: number }>(
    `SELECT c.id, c.branch, c.seq FROM project_commit c JOIN unnest($2::text[], $3::int[]) AS p(branch, seq) ON c.branch = p.branch AND c.seq = p.seq
     WHERE c.project_id = $1 ORDER BY c.committed_at DESC, c.id DESC LIMIT 1`,
    [projectId, bases.map((p) => p.branch), bases.map((p) => p.seq)],
  );
  const best = rows[0];
  if (best === undefined) return null;
  const point = await resolveLineagesAtSeq(tx, projectId, best.branch, Number(best.seq));
  return point === null ? null : { point, commitId: best.id };
}

const COERCE: Record<FieldType, (field: string, value: unknown) => FieldValue> = {
  text: (field, v) => {
    if (v === null || typeof v === 'string') return v;
    throw BadInputError.field(field, 'the resolution value must be a string or null');
  },
  uuid: (field, v) => {
    if (v === null || (typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v))) return v === null ? null : v.toLowerCase();
    throw BadInputError.field(field, 'the resolution value must be a UUID or null');
  },
  decimal: (field, v) => {
    if (typeof v === 'string' && /^-?\d{1,14}(\.\d{1,2})?$/.test(v)) {
      const [whole = '0', fraction = ''] = v.replace(/^-/, '').split('.');
      return `${v.startsWith('-') ? '-' : ''}${BigInt(whole).toString()}.${fraction.padEnd(2, '0')}`;
    }
    throw BadInputError.field(field, 'the resolution value must be a decimal string with at most two decimals');
  },
  date: (field, v) => {
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))) return v;
    throw BadInputError.field(field, 'the resolution value must be a date YYYY-MM-DD');
  },
  float: (field, v) => {
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    throw BadInputError.field(field, 'the resolution value must be a number');
  },
};

/** Applies an explicit resolution to one conflict of a decision. */
function resolveWith(d: Decision, conflict: EntityConflict, value: unknown): void {
  if (conflict.field === '*') {
    if (value === null) {
      d.merged = null;
      return;
    }
    if (typeof value !== 'object' || Array.isArray(value))
      throw BadInputError.field('resolutions', 'a "*" resolution is null (deleted) or an object of field values');
    const start = live(d.ours) ?? live(d.theirs) ?? live(d.base);
    if (start === null) throw BadInputError.field('resolutions', `nothing to restore for ${d.id}`);
    const next: EntityState = { ...start };
    for (const [name, raw] of Object.entries(value as Record<string, unknown>)) {
      const spec = d.kind.fields.find((f) => f.name === name);
      if (spec === undefined) throw BadInputError.field('resolutions', `${d.kind.type} has no field ${name}`);
      next[name] = COERCE[spec.type](name, raw);
    }
    d.merged = next;
    return;
  }
  const spec = d.kind.fields.find((f) => f.name === conflict.field);
  if (spec === undefined || d.merged === null) return;
  d.merged = { ...d.merged, [conflict.field]: COERCE[spec.type](conflict.field, value) };
}

/**
 * A resolution value is an input like any other: a value that breaks a field's own rule is bad
 * input at once, whatever else is still open on the entity. Rules across fields (ordered dates)
 * are checked on the final merged state, with the merge's other rules.
 */
function validateResolvedValues(d: Decision): void {
  if (d.merged === null || d.kind.validate === undefined) return;
  try {
    d.kind.validate(d.merged);
  } catch (error) {
    if (!(error instanceof BadInputError) || error.details['across'] === undefined) throw error;
  }
}

function applyStrategy(d: Decision, conflict: EntityConflict, strategy: MergeStrategy): boolean {
  if (strategy === 'FAIL_ON_CONFLICT') return false;
  // Neither side's value of a reference to a vanished parent is valid: it needs a resolution.
  if (conflict.dangling === true) return false;
  if (conflict.field === '*') {
    d.merged = strategy === 'OURS' ? live(d.ours) : live(d.theirs);
    return true;
  }
  if (conflict.clash === true) {
    // Keeping the target's side keeps the target's code (and drops an entity the target does
    // not have); the entity's other merged fields stay. Taking theirs cannot be done without
    // breaking uniqueness, so that needs an explicit resolution (a new value).
    if (strategy === 'THEIRS') return false;
    const ours = live(d.ours);
    d.merged =
      ours === null || d.merged === null ? null : { ...d.merged, [conflict.field]: ours[conflict.field] ?? null };
    return true;
  }
  if (d.merged === null) return true;
  const side = strategy === 'OURS' ? live(d.ours) : live(d.theirs);
  d.merged = { ...d.merged, [conflict.field]: side?.[conflict.field] ?? null };
  return true;
}

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
    const finalCode = new Map<string, FieldValue>();
    for (const d of mine) finalCode.set(d.id, d.merged === null ? null : (d.merged[field] ?? null));
    const incoming = mine.filter((d) => d.merged !== null && d.merged[field] !== (live(d.ours)?.[field] ?? undefined));
    if (incoming.length === 0) continue;
    const codes = [...new Set(incoming.map((d) => String(d.merged?.[field])))];
    const others = await liveHoldersOf(tx, kind, ours, codes);
    const holders = new Map<string, string[]>();
    const consider = (id: string, code: FieldValue) => {
      if (code === null) return;
      holders.set(String(code), [...(holders.get(String(code)) ?? []), id]);
    };
    for (const o of others) if (!finalCode.has(o.id)) consider(o.id, o.state[field] ?? null);
    for (const [id, code] of finalCode) consider(id, code);
    for (const d of incoming) {
      const code = String(d.merged?.[field]);
      if ((holders.get(code) ?? []).length > 1) clashes.push({ decision: d, field, code });
    }
  }
  return clashes;
}

/** Merged moves of a tree kind (WBEs) must not close a cycle: the entities that do. */
async function findCycles(tx: Sql, ours: ReadPoint, decisions: readonly Decision[]): Promise<Decision[]> {
  const cyclic: Decision[] = [];
  for (const kind of new Set(decisions.map((d) => d.kind))) {
    const field = kind.parentField;
    if (field === null || kind.parentKind !== kind.type) continue;
    const parentIn = (state: EntityState | null) => {
      const value = state?.[field] ?? null;
      return value === null ? null : String(value);
    };
    const moved = decisions.filter(
      (d) => d.kind === kind && d.merged !== null && parentIn(d.merged) !== parentIn(live(d.ours)),
    );
    if (moved.length === 0) continue;
    const parentOf = new Map<string, string | null>();
    for (const v of await loadAt(tx, kind, ours, { by: 'project' })) parentOf.set(v.id, parentIn(v.state));
    for (const d of decisions) {
      if (d.kind !== kind) continue;
      if (d.merged === null) parentOf.delete(d.id);
      else parentOf.set(d.id, parentIn(d.merged));
    }
    const below = new Set(
      belowThemselves(
        parentOf,
        moved.map((d) => d.id),
      ),
    );
    cyclic.push(...moved.filter((d) => below.has(d.id)));
  }
  return cyclic;
}

/** An open conflict on one field of a decision ("*": the whole entity), with the three sides' values. */
function conflictOn(d: Decision, field: string): MergeConflict {
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

function referenceOf(kind: EntityKind, state: EntityState | null): FieldValue {
  return kind.parentField === null || state === null ? null : (state[kind.parentField] ?? null);
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
  points: { base: ReadPoint; ours: ReadPoint },
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
    const typed = await tx.query<{ id: string; entity_type: string }>(
      'SELECT id, entity_type FROM entity WHERE project_id = $1 AND id = ANY($2::uuid[])',
      [projectId, [...undecidedParents]],
    );
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
    if (kind.parentField === null) continue;
    const children = (await loadAt(tx, kind, points.ours, { by: 'parent', parentIds: removed })).filter(
      (v) => !decided.has(v.id) && removed.includes(String(referenceOf(kind, v.state))),
    );
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
 * Moving a branch's base to its parent's head changes what the branch reads for every entity
 * the parent wrote between the old base and the new one, not only for those the parent wrote
 * since the merge base (the two differ once the branch has merged another branch that forked
 * later). The merge keeps the branch's state for the entities it did not decide, so each one
 * whose visible state would change and that the branch has no row of its own for gets a row
 * restoring what it read before.
 */
async function statesTheBaseMoveWouldChange(
  tx: Sql,
  request: MergeRequest,
  ours: ReadPoint,
  mergeSeq: number,
  decisions: readonly Decision[],
): Promise<{ kind: EntityKind; write: VersionWrite<EntityState> }[]> {
  const after = await resolveLineagesAtSeq(tx, request.projectId, request.target, mergeSeq);
  if (after === null) throw new Error('merge point missing');
  const ranges = lineageDifference(ours.lineage, after.lineage);
  const decided = new Set(decisions.map((d) => d.id));
  const kept: { kind: EntityKind; write: VersionWrite<EntityState> }[] = [];
  for (const kind of request.kinds) {
    const ids = (await changedCandidates(tx, kind, request.projectId, ranges)).filter((id) => !decided.has(id));
    if (ids.length === 0) continue;
    const [before, moved] = await Promise.all([
      loadAt(tx, kind, ours, { by: 'ids', ids }, { includeDeleted: true }),
      loadAt(tx, kind, after, { by: 'ids', ids }, { includeDeleted: true }),
    ]);
    const movedById = new Map(moved.map((v) => [v.id, v]));
    const beforeById = new Map(before.map((v) => [v.id, v]));
    for (const id of ids) {
      const was = beforeById.get(id) ?? null;
      const next = movedById.get(id) ?? null;
      if (was !== null && was.rowBranch === request.target) continue;
      if (sameState(kind, live(was), live(next))) continue;
      const state = live(was) ?? live(next);
      if (state === null) continue;
      kept.push({
        kind,
        write: { entityId: id, version: (next?.version ?? 0) + 1, deleted: live(was) === null, state },
      });
    }
  }
  return kept;
}

/**
 * Three-way, field-level merge of `source` into `target` against their merge base. Reads
 * only the versions the source wrote since the base; writes one MERGE commit or nothing.
 */
export async function mergeBranches(sql: Sql, request: MergeRequest): Promise<MergeResult> {
  if (request.source === request.target) throw BadInputError.field('source', 'a branch cannot be merged into itself');
  return sql.transaction(async (tx) => {
    const target = await lockedBranch(tx, request.projectId, request.target, true);
    const source = await lockedBranch(tx, request.projectId, request.source, false);
    if (source.status === 'ARCHIVED')
      throw BadInputError.field('source', `branch "${source.name}" is archived and cannot be merged`);
    if (target.status !== 'ACTIVE')
      throw BadInputError.field('target', `branch "${target.name}" is ${target.status.toLowerCase()} and read-only`);
    // Merging into a branch under review changes what is reviewed; a dry run changes nothing.
    if (target.planFrozen && !request.dryRun) throw BadInputError.frozenForReview(target.name);
    const oursAt: HistoryPoint = { branch: target.name, seq: target.headSeq };
    const theirsAt: HistoryPoint = { branch: source.name, seq: source.headSeq };
    const edges = await loadCrossEdges(tx, request.projectId);
    if ((ancestryOf(edges, oursAt).get(source.name) ?? 0) >= source.headSeq) {
      return { status: 'UP_TO_DATE', commit: null, conflicts: [], changes: [] };
    }
    const base = await mergeBasePoint(tx, request.projectId, oursAt, theirsAt);
    const ours = await resolveLineagesAtSeq(tx, request.projectId, target.name, target.headSeq);
    const theirs = await resolveLineagesAtSeq(tx, request.projectId, source.name, source.headSeq);
    if (base === null || ours === null || theirs === null) throw new Error('merge points missing');

    const decisions: Decision[] = [];
    const ranges = lineageDifference(base.point.lineage, theirs.lineage);
    for (const kind of request.kinds) {
      const ids = await changedCandidates(tx, kind, request.projectId, ranges);
      if (ids.length === 0) continue;
      const [b, o, t] = await Promise.all([
        loadAt(tx, kind, base.point, { by: 'ids', ids }),
        loadAt(tx, kind, ours, { by: 'ids', ids }, { includeDeleted: true }),
        loadAt(tx, kind, theirs, { by: 'ids', ids }, { includeDeleted: true }),
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
    // What the merge brings is what the source changed since the base, however many commits it
    // took: a source that changed nothing (or changed values back) is up to date, like one the
    // target already contains. A base move is not needed then either: nothing would change.
    if (decisions.every((d) => sameState(d.kind, live(d.base), live(d.theirs)))) {
      return { status: 'UP_TO_DATE', commit: null, conflicts: [], changes: [] };
    }
    for (const { decision: d, field, code } of await findCodeClashes(tx, ours, decisions)) {
      d.conflicts.push({
        field,
        base: live(d.base)?.[field] ?? null,
        ours: live(d.ours)?.[field] ?? null,
        theirs: code,
        clash: true,
      });
    }
    const points = { base: base.point, ours };
    for (const d of await danglingReferences(tx, request.projectId, request.kinds, points, decisions)) {
      if (!d.conflicts.some((c) => c.field === d.kind.parentField || c.field === '*'))
        d.conflicts.push(danglingConflict(d));
    }

    // Resolutions first (they must name real conflicts), then the strategy for the rest.
    const unresolved = new OpenConflicts();
    const resolutions = new Map(request.resolutions.map((r) => [`${r.entityId}|${r.field}`, r]));
    let decidedSome = false;
    for (const d of decisions) {
      for (const conflict of d.conflicts) {
        const key = `${d.id}|${conflict.field}`;
        const resolution = resolutions.get(key);
        if (resolution !== undefined) {
          resolveWith(d, conflict, resolution.value);
          validateResolvedValues(d);
          resolutions.delete(key);
          decidedSome = true;
        } else if (applyStrategy(d, conflict, request.strategy)) {
          decidedSome = true;
        } else {
          unresolved.add({ entityType: d.kind.type, entityId: d.id, ...conflict });
        }
      }
    }
    const stray = [...resolutions.values()][0];
    if (stray !== undefined) {
      throw BadInputError.field(
        'resolutions',
        `there is no conflict on ${stray.entityId} field "${stray.field}" to resolve`,
      );
    }
    // The rules below are checked field by field: a rule is skipped on an entity only while a
    // field it reads is still open there. Breaking one is bad input when a resolution decided
    // one of those fields, else a conflict on the field the rule names.
    const resolved = new ResolvedFields(request.resolutions);
    // What the strategies and resolutions decided must not orphan anything either (e.g. keeping
    // an edited element whose WBE the other side deleted): such references stay unresolved.
    const orphaned = decidedSome
      ? await danglingReferences(tx, request.projectId, request.kinds, points, decisions)
      : [];
    for (const d of orphaned) {
      if (!unresolved.covers(d.id, [d.kind.parentField ?? '*']))
        unresolved.add({ entityType: d.kind.type, entityId: d.id, ...danglingConflict(d) });
    }
    // What strategies and resolutions decided must keep codes unique and the WBS a tree.
    if (decidedSome) {
      for (const { decision: d, field, code } of await findCodeClashes(tx, ours, decisions)) {
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
    for (const d of await findCycles(tx, ours, decisions)) {
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
      try {
        d.kind.validate(d.merged);
      } catch (error) {
        if (!(error instanceof BadInputError)) throw error;
        const fields = ruleFields(error.details);
        if (unresolved.covers(d.id, fields)) continue;
        if (resolved.decided(d.id, fields)) throw error;
        unresolved.add(conflictOn(d, fields[0] ?? '*'));
      }
    }
    // With conflicts, what the merge would bring apart from them: every field no conflict covers.
    const changes = decisions
      .map((d) => compareStates(d.kind, d.id, live(d.ours), d.merged))
      .map((c) => (c === null ? null : unresolved.uncontested(c)))
      .filter((c): c is EntityChange => c !== null);
    if (unresolved.list.length > 0) return { status: 'CONFLICTS', commit: null, conflicts: unresolved.list, changes };
    if (request.dryRun) return { status: 'MERGED', commit: null, conflicts: [], changes };

    const c = await openCommit(tx, {
      projectId: request.projectId,
      branch: target.name,
      authorId: request.authorId,
      kind: 'MERGE',
      scope: 'PLAN',
      message: request.message,
      extraParentIds: [source.headCommitId],
    });
    // Merging the branch's own parent brings the branch up to date: its base moves forward
    // (a new base row, so reads of its past keep the old base) and only entities the branch
    // itself changed need new rows.
    const base0 = await tx.one<{ parent_branch: string }>(
      'SELECT parent_branch FROM branch_base WHERE project_id = $1 AND branch = $2 ORDER BY from_seq DESC LIMIT 1',
      [request.projectId, target.name],
    );
    const movesBase = base0?.parent_branch === source.name;
    if (movesBase) {
      await tx.query(
        'INSERT INTO branch_base (project_id, branch, from_seq, parent_branch, parent_seq) VALUES ($1, $2, $3, $4, $5)',
        [request.projectId, target.name, c.commit.seq, source.name, source.headSeq],
      );
    }
    const keep = movesBase ? await statesTheBaseMoveWouldChange(tx, request, ours, c.commit.seq, decisions) : [];
    for (const kind of request.kinds) {
      const writes: VersionWrite<EntityState>[] = keep.filter((k) => k.kind === kind).map((k) => k.write);
      for (const d of decisions) {
        if (d.kind !== kind) continue;
        const ownRow = d.ours !== null && d.ours.rowBranch === target.name;
        // The state the target shows once the base has moved: the one this row follows.
        const replaced = movesBase && !ownRow ? d.theirs : d.ours;
        const visibleAfter = live(replaced);
        if (sameState(kind, visibleAfter, d.merged)) continue;
        // +1 over the state it replaces on the target's lineage (versions stay contiguous there).
        const version = (replaced?.version ?? 0) + 1;
        const last = d.merged ?? live(d.ours) ?? live(d.theirs);
        if (last === null) continue;
        writes.push({ entityId: d.id, version, deleted: d.merged === null, state: last });
      }
      await writeVersions(c, kind, writes);
    }
    await tx.emit({ type: 'branch', projectId: request.projectId, branch: source.name, change: 'MERGED' });
    if (movesBase)
      await tx.emit({ type: 'branch', projectId: request.projectId, branch: target.name, change: 'BASE_MOVED' });
    return { status: 'MERGED', commit: c.commit, conflicts: [], changes };
  });
}
