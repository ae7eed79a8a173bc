import { BadInputError } from '../shared/errors.js';
import { live, type Decision } from './merge-decisions.js';
import { OpenConflicts } from './open-conflicts.js';
import type { EntityConflict } from './three-way.js';
import type { EntityState, FieldType, FieldValue } from './types.js';

export type MergeStrategy = 'FAIL_ON_CONFLICT' | 'OURS' | 'THEIRS';

export interface ConflictResolution {
  entityId: string;
  field: string;
  value: unknown;
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

/**
 * Decides the decisions' conflicts: resolutions first (they must name real conflicts), then
 * the strategy for the rest. Returns what stays open and whether anything was decided (then
 * the merge's rules must be checked again on the decided states).
 */
export function resolveConflicts(
  decisions: readonly Decision[],
  resolutionList: readonly ConflictResolution[],
  strategy: MergeStrategy,
): { unresolved: OpenConflicts; decidedSome: boolean } {
  const unresolved = new OpenConflicts();
  const resolutions = new Map(resolutionList.map((r) => [`${r.entityId}|${r.field}`, r]));
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
      } else if (applyStrategy(d, conflict, strategy)) {
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
  return { unresolved, decidedSome };
}
