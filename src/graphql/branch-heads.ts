import DataLoader from 'dataloader';
import { listBranches } from '../domain/branch/branch.service.js';
import { ancestryOf, loadCrossEdges, type Ancestry } from '../versioning/history.js';
import type { BranchRecord } from '../versioning/types.js';
import type { Context } from './context.js';
import type { Loaders } from './loaders.js';

/** A project's branches and, for each head, everything reachable from it (its log). */
export interface ProjectHeads {
  branches: BranchRecord[];
  ancestries: Map<string, Ancestry>;
}

// Per request: keyed by the request's loaders, which live exactly as long as the request.
const perRequest = new WeakMap<Loaders, DataLoader<string, ProjectHeads>>();

/**
 * The branches of a project with the ancestry of each head: two statements per project and
 * request, whatever the number of commits asked about (ancestries are computed in memory from
 * the cross-branch edges, as the commit log does).
 */
export function projectHeads(ctx: Context, projectId: string): Promise<ProjectHeads> {
  let loader = perRequest.get(ctx.loaders);
  if (loader === undefined) {
    loader = new DataLoader(async (projectIds) =>
      Promise.all(
        projectIds.map(async (id) => {
          const [branches, edges] = await Promise.all([listBranches(ctx.sql, id), loadCrossEdges(ctx.sql, id)]);
          const ancestries = new Map(
            branches.map((b) => [b.name, ancestryOf(edges, { branch: b.name, seq: b.headSeq })]),
          );
          return { branches, ancestries };
        }),
      ),
    );
    perRequest.set(ctx.loaders, loader);
  }
  return loader.load(projectId);
}

/** Whether a commit (its branch and sequence) is in the log of a branch's head. */
export function inLog(heads: ProjectHeads, branch: string, commit: { branch: string; seq: number }): boolean {
  return (heads.ancestries.get(branch)?.get(commit.branch) ?? 0) >= commit.seq;
}

/** The branches whose head contains the commit, in the order of `branches` (main first). */
export async function branchesContaining(
  ctx: Context,
  commit: { projectId: string; branch: string; seq: number },
): Promise<BranchRecord[]> {
  const heads = await projectHeads(ctx, commit.projectId);
  return heads.branches.filter((b) => inLog(heads, b.name, commit));
}
