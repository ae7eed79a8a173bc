import { Branch, Node } from '../../db/entities/index.js';
import type { Sql } from '../../db/sql.js';
import { authorize, MAIN } from '../../auth/policy.js';
import type { Actor } from '../../auth/roles.js';
import { insertCommit, writeVersions, type OpenCommit } from '../../versioning/commit-writer.js';
import { BadInputError } from '../../shared/errors.js';
import { readWritten } from '../../versioning/entity-writes.js';
import { newId } from '../../versioning/ids.js';
import { makeReadPoint, resolveLineages } from '../../versioning/read-point.js';
import { loadAt } from '../../versioning/store.js';
import type { CommitRecord, Versioned } from '../../versioning/types.js';
import { ProjectKind, type ProjectState, type ProjectStatus } from '../kinds.js';
import { updateVersioned, type VersionedWriteArgs } from '../versioned-writes.js';

export interface ProjectCreate {
  code: string;
  name: string;
  description?: string | null;
  currency?: string | null;
  status?: ProjectStatus | null;
  startDate: string;
  endDate: string;
}

export type ProjectUpdate = Partial<{ [K in keyof ProjectCreate]: ProjectCreate[K] | null }>;

/** Project codes are unique among the projects that live on main. */
async function assertProjectCodeFree(sql: Sql, code: string, exceptId: string | null): Promise<void> {
  // Serializes creators of the same code only; other codes and projects never wait.
  const versions = sql.repository(Node);
  await versions.serializeOn(`project-code:${code}`);
  const holders = await versions.everHolding(ProjectKind.table, 'code', code, null);
  const others = holders.filter((id) => id !== exceptId);
  if (others.length === 0) return;
  const lineages = await resolveLineages(sql, others, MAIN, null);
  for (const [id, result] of lineages) {
    if (result.status !== 'ok') continue;
    const [live] = await loadAt(sql, ProjectKind, result.point, { by: 'ids', ids: [id] });
    if (live?.state.code === code) throw BadInputError.field('code', `"${code}" is already used by another project`);
  }
}

/** Creates the project, its main branch and its first commit, in one transaction. */
export async function createProject(
  sql: Sql,
  actor: Actor | null,
  input: ProjectCreate,
  message: string | null,
  at?: Date,
): Promise<Versioned<ProjectState>> {
  const author = authorize(actor, { kind: 'create-project' });
  const state = ProjectKind.validate({
    code: input.code,
    name: input.name,
    description: input.description ?? null,
    currency: input.currency ?? 'EUR',
    status: input.status ?? 'PLANNED',
    startDate: input.startDate,
    endDate: input.endDate,
  });
  return sql.transaction(async (tx) => {
    await assertProjectCodeFree(tx, state.code, null);
    const projectId = newId();
    const commit: CommitRecord = {
      id: newId(),
      projectId,
      branch: MAIN,
      seq: 1,
      kind: 'CREATE',
      message: message ?? `Create project ${state.code}`,
      authorId: author.id,
      committedAt: at ?? new Date(),
      parentIds: [],
    };
    await insertCommit(tx, commit);
    await tx.repository(Branch).add({
      projectId,
      name: MAIN,
      headCommitId: commit.id,
      committedAt: commit.committedAt,
      forkedFromCommitId: null,
      createdBy: author.id,
    });
    const point = makeReadPoint(projectId, MAIN, null, commit.id, [{ branch: MAIN, maxSeq: 1 }]);
    const open: OpenCommit = {
      tx,
      commit,
      branch: {
        projectId,
        name: MAIN,
        status: 'ACTIVE',
        headCommitId: commit.id,
        headSeq: 1,
        headCommittedAt: commit.committedAt,
        planFrozen: false,
        forkedFromCommitId: null,
        createdAt: commit.committedAt,
        createdBy: author.id,
      },
      before: makeReadPoint(projectId, MAIN, null, null, [{ branch: MAIN, maxSeq: 0 }]),
      after: point,
    };
    await tx.repository(Node).insertIdentities(ProjectKind.type, projectId, commit.id, [projectId]);
    await writeVersions(open, ProjectKind, [{ entityId: projectId, version: 1, deleted: false, state }]);
    return readWritten(open, ProjectKind, projectId);
  });
}

/** Changes the project's fields on a branch; its code stays unique among the projects on main. */
export function updateProject(
  sql: Sql,
  actor: Actor | null,
  args: VersionedWriteArgs & { id: string; input: ProjectUpdate },
): Promise<Versioned<ProjectState>> {
  return updateVersioned(sql, actor, ProjectKind, { ...args, projectId: args.id }, async (c, next, current) => {
    if (next.code !== current?.state.code) await assertProjectCodeFree(c.tx, next.code, args.id);
  });
}
