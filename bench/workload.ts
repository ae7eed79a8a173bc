import type { Actor } from '../src/auth/roles.js';
import type { Sql } from '../src/db/sql.js';
import { generateProject, type GeneratedProject } from '../src/setup/seed/generator.js';
import { STANDARD_SHAPE, type WorkloadShape } from '../src/setup/seed/shape.js';
import { elapsedMs, round } from './stats.js';

export type SizeName = 'S' | 'M' | 'L';
export const SIZES: readonly SizeName[] = ['S', 'M', 'L'];

/**
 * The standard workload at three sizes. S: one project of 50 WBEs x 20 cost elements; M: ten
 * such projects (does one project's read cost depend on its neighbours?); L: one project of
 * 200 WBEs x 50 cost elements (does it grow with the tree?). All with 3 costs and 2 progress
 * entries per element, a year of history, and a branch co-1 forked mid-year.
 */
export interface Workload {
  size: SizeName;
  projects: number;
  shape: WorkloadShape;
}

export function workloadOf(size: SizeName): Workload {
  switch (size) {
    case 'S':
      return { size, projects: 1, shape: STANDARD_SHAPE };
    case 'M':
      return { size, projects: 10, shape: STANDARD_SHAPE };
    case 'L':
      return { size, projects: 1, shape: { ...STANDARD_SHAPE, wbes: 200, costElementsPerWbe: 50 } };
  }
}

export interface LoadResult {
  projects: GeneratedProject[];
  seconds: number;
  versionRows: number;
  commits: number;
  /** When the loaded history ends: reads at random moments fall before it. */
  endAt: Date;
}

/** Loads the workload through the versioning engine, one project after the other. */
export async function loadWorkload(sql: Sql, workload: Workload, admin: Actor): Promise<LoadResult> {
  const endAt = new Date();
  const started = process.hrtime.bigint();
  const projects: GeneratedProject[] = [];
  for (let i = 0; i < workload.projects; i += 1) {
    const code = `BENCH-${workload.size}-${String(i + 1).padStart(2, '0')}`;
    projects.push(
      await generateProject(sql, workload.shape, {
        seed: `bench:${code}`,
        code,
        name: `Benchmark plant ${code}`,
        author: admin,
        endAt,
      }),
    );
  }
  return {
    projects,
    seconds: round(elapsedMs(started) / 1000, 1),
    versionRows: projects.reduce((n, p) => n + p.versionRows, 0),
    commits: projects.reduce((n, p) => n + p.commits.main + p.commits.branch, 0),
    endAt,
  };
}
