import { Commit } from '../db/entities/index.js';
import type { Sql } from '../db/sql.js';
import { openCommit, writeVersions, type VersionWrite } from './commit-writer.js';
import { compareStates, loadSides } from './diff.js';
import { BadInputError, ConflictError, NotFoundError } from '../shared/errors.js';
import { decodeCommit } from './history.js';
import { violatedRules } from './integrity.js';
import { resolveLineagesAtSeq } from './read-point.js';
import { loadAt } from './store.js';
import type { CommitRecord, EntityKind, EntityState, ReadPoint } from './types.js';

export interface RevertRequest {
  projectId: string;
  commitId: string;
  branch: string;
  authorId: string;
  message: string | null;
  kinds: readonly EntityKind[];
}

/** The state right before a commit: its first parent (nothing, for a project's first commit). */
export async function parentPoint(sql: Sql, commit: CommitRecord): Promise<ReadPoint | null> {
  const [first] = commit.parentIds;
  if (first === undefined) return null;
  const parent = await sql.repository(Commit).byId(first);
  if (parent === null) return null;
  const p = decodeCommit(parent);
  return resolveLineagesAtSeq(sql, p.projectId, p.branch, p.seq);
}

/**
 * Writes one REVERT commit restoring what the commit replaced. A field changed again since
 * is a CONFLICT naming the fields, and nothing is written.
 */
export async function revertCommit(sql: Sql, request: RevertRequest): Promise<CommitRecord> {
  return sql.transaction(async (tx) => {
    const row = await tx.repository(Commit).byId(request.commitId);
    if (row === null || row.project_id !== request.projectId) {
      throw NotFoundError.entity('Commit', request.commitId, `in project ${request.projectId}`);
    }
    const reverted = decodeCommit(row);
    const after = await resolveLineagesAtSeq(tx, reverted.projectId, reverted.branch, reverted.seq);
    if (after === null) throw NotFoundError.entity('Commit', request.commitId);
    const before = await parentPoint(tx, reverted);
    const sides = (await loadSides(tx, request.kinds, before, after)).filter(
      (s) => compareStates(s.kind, s.id, s.before?.state ?? null, s.after?.state ?? null) !== null,
    );
    if (sides.length === 0)
      throw new BadInputError(`commit ${request.commitId} changed no data, so there is nothing to revert`);

    const c = await openCommit(tx, {
      projectId: request.projectId,
      branch: request.branch,
      authorId: request.authorId,
      kind: 'REVERT',
      scope: 'PLAN',
      message: request.message ?? `Revert "${reverted.message}"`,
    });
    const conflicts: { entityType: string; entityId: string; field: string }[] = [];
    const planned = new Map<EntityKind, VersionWrite<EntityState>[]>();
    for (const kind of request.kinds) {
      const mine = sides.filter((s) => s.kind === kind);
      if (mine.length === 0) continue;
      const current = new Map(
        (await loadAt(tx, kind, c.before, { by: 'ids', ids: mine.map((s) => s.id) }, { includeDeleted: true })).map(
          (v) => [v.id, v],
        ),
      );
      const writes: VersionWrite<EntityState>[] = [];
      for (const side of mine) {
        const was = side.before?.state ?? null;
        const became = side.after?.state ?? null;
        const now = current.get(side.id);
        const nowState = now === undefined || now.deleted ? null : now.state;
        const version = (now?.version ?? 0) + 1;
        if (became === null) {
          // The commit removed it: bring it back, unless it exists again.
          if (nowState !== null) conflicts.push({ entityType: kind.type, entityId: side.id, field: '*' });
          else if (was !== null) writes.push({ entityId: side.id, version, deleted: false, state: was });
          continue;
        }
        if (nowState === null) {
          if (was !== null) conflicts.push({ entityType: kind.type, entityId: side.id, field: '*' });
          continue;
        }
        if (was === null) {
          // The commit added it: remove it, unless it was changed since.
          const changed = kind.fields.filter((f) => (nowState[f.name] ?? null) !== (became[f.name] ?? null));
          if (changed.length > 0)
            changed.forEach((f) => conflicts.push({ entityType: kind.type, entityId: side.id, field: f.name }));
          else writes.push({ entityId: side.id, version, deleted: true, state: nowState });
          continue;
        }
        const restored: EntityState = { ...nowState };
        for (const f of kind.fields) {
          const b = was[f.name] ?? null;
          const a = became[f.name] ?? null;
          if (a === b) continue;
          if ((nowState[f.name] ?? null) !== a)
            conflicts.push({ entityType: kind.type, entityId: side.id, field: f.name });
          else restored[f.name] = b;
        }
        writes.push({ entityId: side.id, version, deleted: false, state: restored });
      }
      planned.set(kind, writes);
    }
    if (conflicts.length > 0) {
      const named = conflicts.map(
        (x) => `${x.entityType} ${x.entityId} ${x.field === '*' ? '(deleted or re-created)' : x.field}`,
      );
      throw new ConflictError(`cannot revert: changed again since the commit: ${named.join('; ')}`, { conflicts });
    }
    // Restored values were valid when they were written, not necessarily next to what changed
    // since (a code taken again, an element moved under a WBE the revert removes).
    const states = [...planned].flatMap(([kind, writes]) =>
      writes.map((w) => ({ kind, id: w.entityId, state: w.deleted ? null : w.state })),
    );
    const broken = await violatedRules(tx, c.before, request.kinds, states);
    if (broken.length > 0) {
      const named = broken.map((x) => `${x.entityType} ${x.entityId} ${x.field}: ${x.reason}`);
      throw new ConflictError(`cannot revert: the result would break a rule: ${named.join('; ')}`, {
        conflicts: broken.map(({ entityType, entityId, field }) => ({ entityType, entityId, field })),
      });
    }
    for (const [kind, writes] of planned) await writeVersions(c, kind, writes);
    return c.commit;
  });
}
