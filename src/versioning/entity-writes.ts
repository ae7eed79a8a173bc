import type { Sql } from '../db/sql.js';
import { openCommit, insertEntities, writeVersions, type CommitRequest, type OpenCommit } from './commit-writer.js';
import { BadInputError, ConflictError, NotFoundError } from '../shared/errors.js';
import { newId } from './ids.js';
import { loadAt } from './store.js';
import { clashingCodes } from './integrity.js';
import type { EntityKind, EntityState, FieldValue, Versioned } from './types.js';

/** Runs `work` as one commit in one transaction: all of it lands, or none of it. */
export function commitTo<T>(sql: Sql, request: CommitRequest, work: (c: OpenCommit) => Promise<T>): Promise<T> {
  return sql.transaction(async (tx) => work(await openCommit(tx, request)));
}

/** The live state of an entity on the branch being written, or NOT_FOUND. */
export async function requireCurrent<S extends EntityState>(
  c: OpenCommit,
  kind: EntityKind<S>,
  id: string,
  field?: string,
): Promise<Versioned<S>> {
  const [current] = await loadAt(c.tx, kind, c.before, { by: 'ids', ids: [id] });
  if (current === undefined) {
    const where = `on branch "${c.commit.branch}" of project ${c.commit.projectId}`;
    if (field !== undefined) throw BadInputError.field(field, `${kind.type} ${id} does not exist ${where}`);
    throw NotFoundError.entity(kind.type, id, where);
  }
  return current;
}

/** expectedVersion is checked under the branch lock, so a stale one can never win a race. */
export function checkExpectedVersion(current: Versioned, expectedVersion: number | null | undefined): void {
  if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== current.version) {
    throw ConflictError.staleVersion(current.type, current.id, expectedVersion, current.version);
  }
}

export async function createEntity<S extends EntityState>(
  c: OpenCommit,
  kind: EntityKind<S>,
  state: S,
): Promise<string> {
  const id = newId();
  await insertEntities(c, kind.type, [id]);
  await writeVersions(c, kind, [{ entityId: id, version: 1, deleted: false, state }]);
  return id;
}

export async function updateEntity<S extends EntityState>(
  c: OpenCommit,
  kind: EntityKind<S>,
  current: Versioned<S>,
  state: S,
): Promise<void> {
  await writeVersions(c, kind, [{ entityId: current.id, version: current.version + 1, deleted: false, state }]);
}

/** Tombstones keep the last state, so history and diffs can show what was removed. */
export async function deleteEntities<S extends EntityState>(
  c: OpenCommit,
  kind: EntityKind<S>,
  currents: readonly Versioned<S>[],
): Promise<void> {
  await writeVersions(
    c,
    kind,
    currents.map((v) => ({ entityId: v.id, version: v.version + 1, deleted: true, state: v.state })),
  );
}

/** The state a commit just wrote, read at the commit. */
export async function readWritten<S extends EntityState>(
  c: OpenCommit,
  kind: EntityKind<S>,
  id: string,
): Promise<Versioned<S>> {
  const [written] = await loadAt(c.tx, kind, c.after, { by: 'ids', ids: [id] });
  if (written === undefined) throw new Error(`${kind.type} ${id} missing right after its commit`);
  return written;
}

/**
 * The unique field (a code) is unique among the live entities of one kind at the branch
 * being written: `id` (null for an entity being created) is to hold `value`.
 */
export async function assertUniqueFree<S extends EntityState>(
  c: OpenCommit,
  kind: EntityKind<S>,
  id: string | null,
  value: FieldValue,
): Promise<void> {
  const field = kind.uniqueField;
  if (field === undefined || value === null) return;
  // A new entity has no id yet: any key that no entity has stands for it.
  const claim = { kind: eraseKind(kind), id: id ?? '', state: { [field]: value } };
  const [clash] = await clashingCodes(c.tx, claim.kind, c.before, [claim], [claim]);
  if (clash !== undefined) {
    throw BadInputError.field(
      field,
      `"${clash.code}" is already used by another ${kind.type} on branch "${c.commit.branch}"`,
    );
  }
}

/** A kind seen through its generic shape, for the checks that treat every kind alike. */
function eraseKind<S extends EntityState>(kind: EntityKind<S>): EntityKind {
  // Sound: the checks only read states through the kind's own field names.
  return kind as unknown as EntityKind;
}
