/** The shape of a generated project: how big, how deep, and how much history. */
export interface WorkloadShape {
  /** WBEs in the whole tree. */
  wbes: number;
  /** Levels of the WBS (1-3): disciplines, their scopes, and scopes per plant area. */
  depth: number;
  costElementsPerWbe: number;
  costRegistrationsPerElement: number;
  progressEntriesPerElement: number;
  /** States per entity on main, the first one included (the creation). */
  versions: { project: number; wbe: number; costElement: number };
  /** Length of the backdated history, in days, ending yesterday. */
  historyDays: number;
  branch: BranchShape | null;
}

/** A branch forked from main part-way through the history, with pending plan changes. */
export interface BranchShape {
  name: string;
  /** When it is forked, as a fraction of the history (0.5: half-way). */
  forkAt: number;
  /** Share of the cost elements whose budget it revises (0.05: 5%). */
  changedShare: number;
  /** Cost elements it adds. */
  added: number;
  /** Cost elements it removes, with their actuals. */
  deleted: number;
}

/**
 * The benchmark's standard project (size S): 50 WBEs x 20 cost elements, each with 3 costs and
 * 2 progress entries, a year of history, and a branch co-1 forked mid-year.
 */
export const STANDARD_SHAPE: WorkloadShape = {
  wbes: 50,
  depth: 3,
  costElementsPerWbe: 20,
  costRegistrationsPerElement: 3,
  progressEntriesPerElement: 2,
  versions: { project: 10, wbe: 10, costElement: 20 },
  historyDays: 365,
  branch: { name: 'co-1', forkAt: 0.5, changedShare: 0.05, added: 10, deleted: 5 },
};

/** The demo: about 100 cost elements, readable in a front end, a year of history. */
export const DEMO_SHAPE: WorkloadShape = {
  wbes: 20,
  depth: 3,
  costElementsPerWbe: 5,
  costRegistrationsPerElement: 4,
  progressEntriesPerElement: 3,
  versions: { project: 8, wbe: 4, costElement: 8 },
  historyDays: 365,
  branch: { name: 'what-if/heat-recovery', forkAt: 0.75, changedShare: 0.08, added: 4, deleted: 2 },
};

export class InvalidShapeError extends Error {
  constructor(problems: readonly string[]) {
    super(`Invalid workload shape:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'InvalidShapeError';
  }
}

/** Rejects shapes the generator cannot honour, listing every problem at once. */
export function validateShape(shape: WorkloadShape): void {
  const problems: string[] = [];
  const whole = (name: string, value: number, min: number, max: number) => {
    if (!Number.isInteger(value) || value < min || value > max)
      problems.push(`${name} must be an integer in ${min}..${max} (got ${value})`);
  };
  whole('wbes', shape.wbes, 1, 100_000);
  whole('depth', shape.depth, 1, 3);
  whole('costElementsPerWbe', shape.costElementsPerWbe, 0, 1_000);
  whole('costRegistrationsPerElement', shape.costRegistrationsPerElement, 0, 20);
  whole('progressEntriesPerElement', shape.progressEntriesPerElement, 0, 20);
  whole('historyDays', shape.historyDays, 120, 3_650);
  // Each later state of an entity needs its own revision commit (one state per commit).
  const rounds = revisionRounds(shape);
  whole('versions.project', shape.versions.project, 1, Math.floor(shape.historyDays / 7));
  whole('versions.wbe', shape.versions.wbe, 1, rounds);
  whole('versions.costElement', shape.versions.costElement, 1, rounds);
  const branch = shape.branch;
  if (branch !== null) {
    if (!(branch.forkAt > 0.1 && branch.forkAt < 0.9))
      problems.push(`branch.forkAt must be between 0.1 and 0.9 (got ${branch.forkAt})`);
    if (!(branch.changedShare >= 0 && branch.changedShare <= 1))
      problems.push('branch.changedShare must be between 0 and 1');
    whole('branch.added', branch.added, 0, 100_000);
    whole('branch.deleted', branch.deleted, 0, shape.wbes * shape.costElementsPerWbe);
    if (!/^[A-Za-z0-9][A-Za-z0-9._\-/]{0,62}$/.test(branch.name) || branch.name === 'main') {
      problems.push(`branch.name "${branch.name}" is not a valid branch name other than main`);
    }
  }
  if (problems.length > 0) throw new InvalidShapeError(problems);
}

/** Forecast revisions are weekly, from FIRST_REVISION_DAY to the end of the history. */
export function revisionRounds(shape: Pick<WorkloadShape, 'historyDays'>): number {
  return Math.floor((shape.historyDays - FIRST_REVISION_DAY) / 7);
}

/** Revisions start once the baseline (days 1-6) is in. */
export const FIRST_REVISION_DAY = 14;
