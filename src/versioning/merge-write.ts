import { Branch } from '../db/entities/index.js';
import type { Sql } from '../db/sql.js';
import { openCommit, writeVersions, type VersionWrite } from './commit-writer.js';
import { changedCandidates, lineageDifference } from './diff.js';
import { live, type Decision } from './merge-decisions.js';
import { resolveLineagesAtSeq } from './read-point.js';
import { loadAt } from './store.js';
import { sameState } from './three-way.js';
import type { BranchRecord, CommitRecord, EntityKind, EntityState, ReadPoint } from './types.js';

/** What a merge without open conflicts writes, and into which branch from which. */
export interface MergeWrite {
  projectId: string;
  target: BranchRecord;
  source: BranchRecord;
  /** The target's state the decisions were made against. */
  ours: ReadPoint;
  kinds: readonly EntityKind[];
  message: string;
  authorId: string;
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
  write: MergeWrite,
  mergeSeq: number,
  decisions: readonly Decision[],
): Promise<{ kind: EntityKind; write: VersionWrite<EntityState> }[]> {
  const after = await resolveLineagesAtSeq(tx, write.projectId, write.target.name, mergeSeq);
  if (after === null) throw new Error('merge point missing');
  const ranges = lineageDifference(write.ours.lineage, after.lineage);
  const decided = new Set(decisions.map((d) => d.id));
  const kept: { kind: EntityKind; write: VersionWrite<EntityState> }[] = [];
  for (const kind of write.kinds) {
    const ids = (await changedCandidates(tx, kind, write.projectId, ranges)).filter((id) => !decided.has(id));
    if (ids.length === 0) continue;
    const [before, moved] = await Promise.all([
      loadAt(tx, kind, write.ours, { by: 'ids', ids }, { includeDeleted: true }),
      loadAt(tx, kind, after, { by: 'ids', ids }, { includeDeleted: true }),
    ]);
    const movedById = new Map(moved.map((v) => [v.id, v]));
    const beforeById = new Map(before.map((v) => [v.id, v]));
    for (const id of ids) {
      const was = beforeById.get(id) ?? null;
      const next = movedById.get(id) ?? null;
      if (was !== null && was.rowBranch === write.target.name) continue;
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
 * Writes the MERGE commit of the decisions (the source's head as second parent) and, when the
 * source is the target's own parent, moves the target's base to it.
 */
export async function writeMerge(tx: Sql, write: MergeWrite, decisions: readonly Decision[]): Promise<CommitRecord> {
  const { projectId, target, source } = write;
  const c = await openCommit(tx, {
    projectId,
    branch: target.name,
    authorId: write.authorId,
    kind: 'MERGE',
    scope: 'PLAN',
    message: write.message,
    extraParentIds: [source.headCommitId],
  });
  // Merging the branch's own parent brings the branch up to date: its base moves forward
  // (a new base row, so reads of its past keep the old base) and only entities the branch
  // itself changed need new rows.
  const branches = tx.repository(Branch);
  const movesBase = (await branches.currentParent(projectId, target.name)) === source.name;
  if (movesBase) {
    await branches.insertBase(projectId, target.name, c.commit.seq, { branch: source.name, seq: source.headSeq });
  }
  const keep = movesBase ? await statesTheBaseMoveWouldChange(tx, write, c.commit.seq, decisions) : [];
  for (const kind of write.kinds) {
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
  await tx.emit({ type: 'branch', projectId, branch: source.name, change: 'MERGED' });
  if (movesBase) await tx.emit({ type: 'branch', projectId, branch: target.name, change: 'BASE_MOVED' });
  return c.commit;
}
