import type { Sql } from '../db/sql.js';
import { authorize, type Action } from '../auth/policy.js';
import type { Actor } from '../auth/roles.js';
import type { CommitRequest, OpenCommit } from '../versioning/commit-writer.js';
import {
  assertUniqueFree,
  checkExpectedVersion,
  commitTo,
  createEntity,
  deleteEntities,
  readWritten,
  requireCurrent,
  updateEntity,
} from '../versioning/entity-writes.js';
import { currentChildrenOf, cyclicMoves } from '../versioning/integrity.js';
import { loadAt } from '../versioning/store.js';
import type { CommitRecord, CommitScope, EntityState, FieldValue, Versioned } from '../versioning/types.js';
import { BadInputError } from '../shared/errors.js';
import { ALL_KINDS, kindOf, type DomainKind } from './kinds.js';
import { projectOf } from './ownership.js';

/**
 * The one write path of versioned kinds: create, update and delete (with its cascade), each
 * one commit in one transaction. Every write runs the same steps: authorize (by the kind's
 * scope), find the project, open the commit (locks the branch), read the current state,
 * validate (the kind's rules), check parent, tree and unique field, write, read back.
 */

/** Field values as an API input gives them: absent (undefined) or null where left out. */
export type FieldsInput<S extends EntityState> = { readonly [K in keyof S]?: S[K] | null };

export interface WriteArgs {
  branch: string;
  message: string | null;
}

export interface VersionedWriteArgs extends WriteArgs {
  expectedVersion: number | null;
}

/** A rule of one service beyond the kind's (project codes unique across projects): runs in the commit. */
export type WriteCheck<S extends EntityState> = (c: OpenCommit, next: S, current: Versioned<S> | null) => Promise<void>;

function writeAction(kind: { scope: CommitScope }, branch: string): Action {
  return kind.scope === 'ACTUALS' ? { kind: 'write-actuals', branch } : { kind: 'write-plan', branch };
}

function commitRequest(
  kind: { scope: CommitScope },
  projectId: string,
  author: Actor,
  args: WriteArgs,
  message: string,
): CommitRequest {
  return {
    projectId,
    branch: args.branch,
    authorId: author.id,
    kind: 'EDIT',
    scope: kind.scope,
    message: args.message ?? message,
  };
}

function parentOf<S extends EntityState>(kind: DomainKind<S>, state: S): string | null {
  const value = kind.parentField === null ? null : state[kind.parentField];
  return typeof value === 'string' ? value : null;
}

/** The parent a state points at must be live on the branch written. */
async function requireParent<S extends EntityState>(c: OpenCommit, kind: DomainKind<S>, state: S): Promise<void> {
  const parentId = parentOf(kind, state);
  if (parentId === null || kind.parentField === null || kind.parentKind === undefined) return;
  await requireCurrent(c, kindOf(kind.parentKind), parentId, kind.parentField);
}

function uniqueValue<S extends EntityState>(kind: DomainKind<S>, state: S): FieldValue {
  return kind.uniqueField === undefined ? null : (state[kind.uniqueField] ?? null);
}

/** Creates one entity; `projectId` where the kind has no parent to find it by (a WBE at the top). */
export async function createVersioned<S extends EntityState>(
  sql: Sql,
  actor: Actor | null,
  kind: DomainKind<S>,
  args: WriteArgs & { input: FieldsInput<S>; projectId?: string },
  check?: WriteCheck<S>,
): Promise<Versioned<S>> {
  const author = authorize(actor, writeAction(kind, args.branch));
  const initial: EntityState = {};
  for (const field of kind.fields) initial[field.name] = args.input[field.name] ?? kind.defaults?.[field.name] ?? null;
  // Sound: every field of the kind is set; `validate` checks each one's type and rules.
  const state = kind.validate(initial as S);
  const parentId = parentOf(kind, state);
  const projectId =
    args.projectId ?? (parentId === null ? null : await projectOf(sql, parentId, kind.parentField ?? undefined));
  if (projectId === null) throw new TypeError(`a ${kind.label} without a parent needs its project`);
  const named = uniqueValue(kind, state);
  const message = kind.createMessage?.(state) ?? `Create ${kind.label}${named === null ? '' : ` ${named}`}`;
  return commitTo(sql, commitRequest(kind, projectId, author, args, message), async (c) => {
    await requireParent(c, kind, state);
    await assertUniqueFree(c, kind, null, uniqueValue(kind, state));
    await check?.(c, state, null);
    const id = await createEntity(c, kind, state);
    return readWritten(c, kind, id);
  });
}

/** Changes fields of one entity: absent fields keep their value, null clears a nullable one. */
export async function updateVersioned<S extends EntityState>(
  sql: Sql,
  actor: Actor | null,
  kind: DomainKind<S>,
  args: VersionedWriteArgs & { id: string; input: FieldsInput<S>; projectId?: string },
  check?: WriteCheck<S>,
): Promise<Versioned<S>> {
  const author = authorize(actor, writeAction(kind, args.branch));
  const projectId = args.projectId ?? (await projectOf(sql, args.id));
  return commitTo(sql, commitRequest(kind, projectId, author, args, `Update ${kind.label}`), async (c) => {
    const current = await requireCurrent(c, kind, args.id);
    checkExpectedVersion(current, args.expectedVersion);
    const patched: EntityState = { ...current.state };
    for (const field of kind.fields) {
      const value = args.input[field.name];
      if (value !== undefined && (value !== null || field.nullable === true)) patched[field.name] = value;
    }
    // Sound: the patch sets only the kind's own fields, each from an input of its type.
    const next = kind.validate(patched as S);
    const parentId = parentOf(kind, next);
    if (parentId !== null && parentId !== parentOf(kind, current.state)) {
      await requireParent(c, kind, next);
      const moved = { kind: erased(kind), id: args.id, state: next };
      if ((await cyclicMoves(c.tx, moved.kind, c.before, [moved], [args.id])).length > 0) {
        throw BadInputError.field(
          kind.parentField ?? 'parent',
          `a ${kind.label} cannot be moved under itself or one of its descendants`,
        );
      }
    }
    const unique = uniqueValue(kind, next);
    if (unique !== uniqueValue(kind, current.state)) await assertUniqueFree(c, kind, args.id, unique);
    await check?.(c, next, current);
    await updateEntity(c, kind, current, next);
    return readWritten(c, kind, args.id);
  });
}

/** A kind seen through its generic shape, for the engine's checks that treat every kind alike. */
function erased<S extends EntityState>(kind: DomainKind<S>): DomainKind {
  // Sound: the checks read states only through the kind's own field names.
  return kind as unknown as DomainKind;
}

/** Removes one entity and, where its kinds cascade, everything below it: one commit. */
export async function deleteVersioned<S extends EntityState>(
  sql: Sql,
  actor: Actor | null,
  kind: DomainKind<S>,
  args: VersionedWriteArgs & { id: string },
): Promise<CommitRecord> {
  const author = authorize(actor, writeAction(kind, args.branch));
  const projectId = await projectOf(sql, args.id);
  return commitTo(sql, commitRequest(kind, projectId, author, args, `Delete ${kind.label}`), async (c) => {
    const current = await requireCurrent(c, kind, args.id);
    checkExpectedVersion(current, args.expectedVersion);
    const removed = kind.parentKind === kind.type ? await subtree(c, kind, current.id) : [current];
    await removeWithChildren(c, kind, removed);
    return c.commit;
  });
}

/** An entity of a tree kind and every entity below it, at the state being written on. */
async function subtree<S extends EntityState>(
  c: OpenCommit,
  kind: DomainKind<S>,
  rootId: string,
): Promise<Versioned<S>[]> {
  const all = await loadAt(c.tx, kind, c.before, { by: 'project' });
  const children = new Map<string, Versioned<S>[]>();
  for (const v of all) {
    const parent = parentOf(kind, v.state);
    if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), v]);
  }
  const ids = new Set<string>([rootId]);
  const below = all.filter((v) => v.id === rootId);
  for (let at = 0; at < below.length; at += 1) {
    for (const child of children.get(below[at]?.id ?? '') ?? []) {
      if (ids.has(child.id)) continue;
      ids.add(child.id);
      below.push(child);
    }
  }
  return below;
}

/** Tombstones `removed`, then the live entities of every other kind under them, kind by kind. */
async function removeWithChildren<S extends EntityState>(
  c: OpenCommit,
  kind: DomainKind<S>,
  removed: readonly Versioned<S>[],
): Promise<void> {
  await deleteEntities(c, kind, removed);
  if (removed.length === 0) return;
  const parentIds = removed.map((v) => v.id);
  for (const child of ALL_KINDS) {
    if (child.parentKind !== kind.type || child.type === kind.type) continue;
    const under = await currentChildrenOf(c.tx, child, c.before, parentIds, () => false);
    if (under.length === 0) continue;
    if (child.onParentDelete !== 'cascade') {
      throw BadInputError.field('id', `${under.length} live ${child.label} entries are still under it`);
    }
    await removeWithChildren(c, child, under);
  }
}

/**
 * The write path bound to one kind, typed by the inputs its service offers (`C` to create,
 * `U` to update), for the services' named entry points (`createWbe = wbeWrites.create`).
 */
export function writesOf<S extends EntityState, C extends FieldsInput<S>, U extends FieldsInput<S>>(
  kind: DomainKind<S>,
) {
  return {
    create: (sql: Sql, actor: Actor | null, args: WriteArgs & { input: C; projectId?: string }) =>
      createVersioned(sql, actor, kind, args),
    update: (sql: Sql, actor: Actor | null, args: VersionedWriteArgs & { id: string; input: U }) =>
      updateVersioned(sql, actor, kind, args),
    delete: (sql: Sql, actor: Actor | null, args: VersionedWriteArgs & { id: string }) =>
      deleteVersioned(sql, actor, kind, args),
  };
}
