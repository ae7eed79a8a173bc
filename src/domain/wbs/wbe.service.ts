import type { Sql } from '../../db/sql.js';
import { authorize } from '../../auth/policy.js';
import type { Actor } from '../../auth/roles.js';
import type { OpenCommit } from '../../versioning/commit-writer.js';
import { BadInputError } from '../../shared/errors.js';
import {
  assertCodeFree,
  checkExpectedVersion,
  commitTo,
  createEntity,
  deleteEntities,
  readWritten,
  requireCurrent,
  updateEntity,
} from '../../versioning/entity-writes.js';
import { loadAt } from '../../versioning/store.js';
import type { CommitRecord, Versioned } from '../../versioning/types.js';
import { CostElementKind, CostRegistrationKind, ProgressEntryKind, WbeKind, type WbeState } from '../kinds.js';
import { projectOf } from '../ownership.js';
import { optionalText, pick, requireCode, requireName } from '../validation.js';

export interface WbeCreate {
  code: string;
  name: string;
  description?: string | null;
  parentId?: string | null;
}

export type WbeUpdate = Partial<{ [K in keyof WbeCreate]: WbeCreate[K] | null }>;

function validate(state: WbeState): WbeState {
  return {
    code: requireCode('code', state.code),
    name: requireName('name', state.name),
    description: optionalText('description', state.description),
    parentId: state.parentId,
  };
}

/** The ids of a WBE and every WBE below it, at the state being written on. */
async function subtreeIds(c: OpenCommit, rootId: string): Promise<Set<string>> {
  const all = await loadAt(c.tx, WbeKind, c.before, { by: 'project' });
  const children = new Map<string, string[]>();
  for (const w of all) {
    if (w.state.parentId === null) continue;
    children.set(w.state.parentId, [...(children.get(w.state.parentId) ?? []), w.id]);
  }
  const ids = new Set<string>([rootId]);
  const stack = [rootId];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const child of children.get(id) ?? []) {
      if (!ids.has(child)) {
        ids.add(child);
        stack.push(child);
      }
    }
  }
  return ids;
}

export async function createWbe(
  sql: Sql,
  actor: Actor | null,
  args: { projectId: string; input: WbeCreate; branch: string; message: string | null },
): Promise<Versioned<WbeState>> {
  const author = authorize(actor, { kind: 'write-plan', branch: args.branch });
  const state = validate({
    code: args.input.code,
    name: args.input.name,
    description: args.input.description ?? null,
    parentId: args.input.parentId ?? null,
  });
  return commitTo(
    sql,
    {
      projectId: args.projectId,
      branch: args.branch,
      authorId: author.id,
      kind: 'EDIT',
      scope: 'PLAN',
      message: args.message ?? `Create WBE ${state.code}`,
    },
    async (c) => {
      if (state.parentId !== null) await requireCurrent(c, WbeKind, state.parentId, 'parentId');
      await assertCodeFree(c, WbeKind, state.code, null);
      const id = await createEntity(c, WbeKind, state);
      return readWritten(c, WbeKind, id);
    },
  );
}

export async function updateWbe(
  sql: Sql,
  actor: Actor | null,
  args: { id: string; input: WbeUpdate; branch: string; expectedVersion: number | null; message: string | null },
): Promise<Versioned<WbeState>> {
  const author = authorize(actor, { kind: 'write-plan', branch: args.branch });
  const projectId = await projectOf(sql, args.id);
  return commitTo(
    sql,
    {
      projectId,
      branch: args.branch,
      authorId: author.id,
      kind: 'EDIT',
      scope: 'PLAN',
      message: args.message ?? 'Update WBE',
    },
    async (c) => {
      const current = await requireCurrent(c, WbeKind, args.id);
      checkExpectedVersion(current, args.expectedVersion);
      const { input } = args;
      const next = validate({
        code: pick(input.code, current.state.code),
        name: pick(input.name, current.state.name),
        description: input.description === undefined ? current.state.description : input.description,
        parentId: input.parentId === undefined ? current.state.parentId : input.parentId,
      });
      if (next.parentId !== current.state.parentId && next.parentId !== null) {
        await requireCurrent(c, WbeKind, next.parentId, 'parentId');
        if ((await subtreeIds(c, args.id)).has(next.parentId)) {
          throw BadInputError.field('parentId', 'a WBE cannot be moved under itself or one of its descendants');
        }
      }
      if (next.code !== current.state.code) await assertCodeFree(c, WbeKind, next.code, args.id);
      await updateEntity(c, WbeKind, current, next);
      return readWritten(c, WbeKind, args.id);
    },
  );
}

/** Removes the WBE, the WBEs below it, their cost elements and their actuals: one commit. */
export async function deleteWbe(
  sql: Sql,
  actor: Actor | null,
  args: { id: string; branch: string; expectedVersion: number | null; message: string | null },
): Promise<CommitRecord> {
  const author = authorize(actor, { kind: 'write-plan', branch: args.branch });
  const projectId = await projectOf(sql, args.id);
  return commitTo(
    sql,
    {
      projectId,
      branch: args.branch,
      authorId: author.id,
      kind: 'EDIT',
      scope: 'PLAN',
      message: args.message ?? 'Delete WBE',
    },
    async (c) => {
      const current = await requireCurrent(c, WbeKind, args.id);
      checkExpectedVersion(current, args.expectedVersion);
      const ids = [...(await subtreeIds(c, args.id))];
      const wbes = await loadAt(c.tx, WbeKind, c.before, { by: 'ids', ids });
      await deleteEntities(c, WbeKind, wbes);
      await deleteCostElementsUnder(c, ids);
      return c.commit;
    },
  );
}

/** Tombstones the cost elements under the given WBEs and their actuals. */
export async function deleteCostElementsUnder(c: OpenCommit, wbeIds: readonly string[]): Promise<void> {
  const elements = (await loadAt(c.tx, CostElementKind, c.before, { by: 'parent', parentIds: wbeIds })).filter((e) =>
    wbeIds.includes(e.state.wbeId),
  );
  await deleteEntities(c, CostElementKind, elements);
  await deleteActualsOf(
    c,
    elements.map((e) => e.id),
  );
}

export async function deleteActualsOf(c: OpenCommit, elementIds: readonly string[]): Promise<void> {
  if (elementIds.length === 0) return;
  const ids = new Set(elementIds);
  const costs = await loadAt(c.tx, CostRegistrationKind, c.before, { by: 'parent', parentIds: elementIds });
  await deleteEntities(
    c,
    CostRegistrationKind,
    costs.filter((r) => ids.has(r.state.costElementId)),
  );
  const progress = await loadAt(c.tx, ProgressEntryKind, c.before, { by: 'parent', parentIds: elementIds });
  await deleteEntities(
    c,
    ProgressEntryKind,
    progress.filter((p) => ids.has(p.state.costElementId)),
  );
}
