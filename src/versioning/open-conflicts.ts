import type { EntityConflict } from './three-way.js';
import type { EntityChange, EntityTypeName } from './types.js';

/** A conflict of one entity that a merge leaves open, as MergeResult reports it. */
export interface MergeConflict extends EntityConflict {
  entityType: EntityTypeName;
  entityId: string;
}

/**
 * The conflicts a merge leaves open, by entity and field ("*": the whole entity). A rule that
 * reads some fields is checked on an entity unless one of those fields is still open (its
 * value there is only the target's, a placeholder), so every other field it lists as a change
 * is one that no conflict and no rule contests.
 */
export class OpenConflicts {
  readonly list: MergeConflict[] = [];
  private readonly fieldsOf = new Map<string, Set<string>>();

  add(conflict: MergeConflict): void {
    this.list.push(conflict);
    const fields = this.fieldsOf.get(conflict.entityId) ?? new Set<string>();
    fields.add(conflict.field);
    this.fieldsOf.set(conflict.entityId, fields);
  }

  /** Whether an open conflict covers one of the fields ("*": any), or the whole entity. */
  covers(entityId: string, fields: readonly string[]): boolean {
    const open = this.fieldsOf.get(entityId);
    if (open === undefined) return false;
    return open.has('*') || fields.some((f) => (f === '*' ? open.size > 0 : open.has(f)));
  }

  /** The part of an entity's change that no open conflict covers; null when nothing is left. */
  uncontested(change: EntityChange): EntityChange | null {
    const open = this.fieldsOf.get(change.entityId);
    if (open === undefined) return change;
    if (open.has('*')) return null;
    const fields = change.fields.filter((f) => !open.has(f.field));
    return fields.length === 0 ? null : { ...change, fields };
  }
}

/** Which fields the resolutions of a merge decided, to tell a bad resolution from a conflict. */
export class ResolvedFields {
  private readonly keys: Set<string>;
  private readonly entities: Set<string>;

  constructor(resolutions: readonly { entityId: string; field: string }[]) {
    this.keys = new Set(resolutions.map((r) => `${r.entityId}|${r.field}`));
    this.entities = new Set(resolutions.map((r) => r.entityId));
  }

  /** Whether a resolution decided one of the fields ("*": any), or the whole entity. */
  decided(entityId: string, fields: readonly string[]): boolean {
    if (this.keys.has(`${entityId}|*`)) return true;
    return fields.some((f) => (f === '*' ? this.entities.has(entityId) : this.keys.has(`${entityId}|${f}`)));
  }
}

/** The fields a broken rule of a kind reads: the one it names and the one it compares with ("*": unknown). */
export function ruleFields(details: Record<string, unknown>): string[] {
  const fields = [details['field'], details['across']].filter((f): f is string => typeof f === 'string');
  return fields.length === 0 ? ['*'] : fields;
}
