import type { Actor } from '../../auth/roles.js';
import { MAIN } from '../../auth/policy.js';
import { insertBranch } from '../../domain/branch/branch.service.js';
import { createProject } from '../../domain/project/project.service.js';
import { commitTo } from '../../versioning/entity-writes.js';
import type { Sql } from '../../db/sql.js';
import {
  elementState,
  initialProjectState,
  raiseBudgets,
  recordProgress,
  registerCosts,
  removeElements,
  reviseElement,
  reviseProject,
  reviseWbe,
} from './drafts.js';
import { BranchModel } from './model.js';
import { planProject, type ProjectPlan } from './plan.js';
import { Random } from './random.js';
import { validateShape, type WorkloadShape } from './shape.js';
import { DISCIPLINES } from './vocabulary.js';

/**
 * Loads a project with a year of history straight through the versioning engine: backdated
 * commits (openCommit's `at`), each writing its versions in bulk, one statement per kind.
 * The same seed and end moment give the same content (names, amounts, dates, structure);
 * ids are fresh UUIDs (v7) on every run.
 */

export interface GenerateOptions {
  seed: string;
  code: string;
  name: string;
  /** Creates the project and changes the plan on main: MANAGER or ADMIN. */
  author: Actor;
  /** Registers costs and progress (default: author). */
  actualsAuthorId?: string;
  /** Works on the branch (default: author). */
  branchAuthorId?: string;
  currency?: string;
  /** The history ends the day before this moment (default: now). */
  endAt?: Date;
}

export interface GeneratedProject {
  projectId: string;
  code: string;
  firstCommitAt: Date;
  /** From this moment on the whole WBS and the baseline budget exist: reads see a full tree. */
  baselineAt: Date;
  lastCommitAt: Date;
  commits: { main: number; branch: number };
  /** Version rows written, all kinds. */
  versionRows: number;
  entities: { wbes: number; costElements: number; costRegistrations: number; progressEntries: number };
  branch: { name: string; forkedAt: Date; changed: number; added: number; deleted: number } | null;
  /** Cost elements live on main at the end, for workloads that write to them. */
  costElementIds: string[];
}

/** One commit of the generated history. `draft` returns its message, or null to skip it. */
type Slot =
  | { kind: 'commit'; at: Date; branch: string; authorId: string; draft: (model: BranchModel) => string | null }
  | { kind: 'fork'; at: Date; branch: string; authorId: string };

export async function generateProject(
  sql: Sql,
  shape: WorkloadShape,
  options: GenerateOptions,
): Promise<GeneratedProject> {
  validateShape(shape);
  const rng = new Random(options.seed);
  const plan = planProject(shape, rng.fork('plan'), options.endAt ?? new Date());
  const createdAt = plan.timeline.at(0, 9);
  const project = await createProject(
    sql,
    options.author,
    initialProjectState(plan, options.code, options.name, options.currency ?? 'EUR'),
    `Create project ${options.code}`,
    createdAt,
  );
  const slots = [...mainSlots(plan, project.id, rng.fork('revisions'), options)];
  if (plan.branch !== null) {
    slots.push(...branchSlots(plan, rng.fork('branch-work'), options.branchAuthorId ?? options.author.id));
  }
  // Stable sort: slots at the same moment keep their order. Per branch, times strictly increase.
  slots.sort((a, b) => a.at.getTime() - b.at.getTime());
  const writer = new HistoryWriter(sql, project.id);
  writer.main.project.adopt(project.id, project.state);
  for (const slot of slots) await writer.write(slot);
  const branch = plan.branch;
  const forkedAt = writer.forkedAt;
  return {
    projectId: project.id,
    code: options.code,
    firstCommitAt: createdAt,
    baselineAt: plan.timeline.at(
      plan.elements.reduce((day, e) => Math.max(day, e.createdDay), 0),
      10,
    ),
    lastCommitAt: writer.lastCommitAt ?? createdAt,
    commits: { main: 1 + writer.commits.main, branch: writer.commits.branch },
    versionRows: 1 + writer.versionRows,
    entities: {
      wbes: plan.wbes.length,
      costElements: plan.elements.length,
      costRegistrations: plan.elements.reduce((n, e) => n + e.costs.length, 0),
      progressEntries: plan.elements.reduce((n, e) => n + e.progress.length, 0),
    },
    branch:
      branch === null || forkedAt === null
        ? null
        : {
            name: branch.name,
            forkedAt,
            changed: plan.elements.filter((e) => e.onBranch === 'changed').length,
            added: branch.added.length,
            deleted: plan.elements.filter((e) => e.onBranch === 'deleted').length,
          },
    costElementIds: writer.main.elements.liveIds(),
  };
}

/** Writes slots in time order: a fork copies main's model, a commit drafts into its branch's model. */
class HistoryWriter {
  readonly main = new BranchModel();
  private readonly models = new Map<string, BranchModel>([[MAIN, this.main]]);
  readonly commits = { main: 0, branch: 0 };
  versionRows = 0;
  lastCommitAt: Date | null = null;
  forkedAt: Date | null = null;

  constructor(
    private readonly sql: Sql,
    private readonly projectId: string,
  ) {}

  async write(slot: Slot): Promise<void> {
    if (slot.kind === 'fork') {
      this.models.set(slot.branch, this.main.fork());
      await this.sql.transaction((tx) =>
        insertBranch(tx, {
          projectId: this.projectId,
          name: slot.branch,
          from: { branch: MAIN },
          authorId: slot.authorId,
          message: `Create branch ${slot.branch} from main`,
          at: slot.at,
        }),
      );
      this.commits.branch += 1;
      this.forkedAt = slot.at;
      return;
    }
    const model = this.models.get(slot.branch);
    if (model === undefined) throw new Error(`generated a commit on ${slot.branch} before forking it`);
    const message = slot.draft(model);
    if (message === null || model.pendingRows === 0) return;
    this.versionRows += await commitTo(
      this.sql,
      {
        projectId: this.projectId,
        branch: slot.branch,
        authorId: slot.authorId,
        kind: 'EDIT',
        scope: 'PLAN',
        message,
        at: slot.at,
      },
      (c) => model.flush(c),
    );
    if (slot.branch === MAIN) this.commits.main += 1;
    else this.commits.branch += 1;
    this.lastCommitAt = slot.at;
  }
}

/** Main's history: structure and baseline first, then weekly revisions, costs and progress. */
function* mainSlots(plan: ProjectPlan, projectId: string, rng: Random, options: GenerateOptions): Generator<Slot> {
  const { timeline } = plan;
  const planner = options.author.id;
  const actuals = options.actualsAuthorId ?? planner;
  yield {
    kind: 'commit',
    at: timeline.at(0, 10),
    branch: MAIN,
    authorId: planner,
    draft: (model) => {
      for (const wbe of plan.wbes)
        model.wbes.create(wbe.id, { code: wbe.code, name: wbe.name, description: null, parentId: wbe.parentId });
      return `Create work breakdown structure (${plan.wbes.length} WBEs)`;
    },
  };
  const byDiscipline = groupBy(plan.elements, (e) => e.wbe.discipline);
  for (const [discipline, elements] of byDiscipline) {
    yield {
      kind: 'commit',
      at: timeline.at(elements[0]?.createdDay ?? 1, 10),
      branch: MAIN,
      authorId: planner,
      draft: (model) => {
        for (const element of elements) model.elements.create(element.id, elementState(plan, element));
        return `Baseline budget: ${DISCIPLINES[discipline]?.name ?? 'cost elements'} (${elements.length} cost elements)`;
      },
    };
  }
  const n = plan.projectUpdateDays.length;
  for (const [k, day] of plan.projectUpdateDays.entries()) {
    yield {
      kind: 'commit',
      at: timeline.at(day, 16, 30),
      branch: MAIN,
      authorId: planner,
      draft: (model) => reviseProject(model, plan, projectId, k, n),
    };
  }
  const forkDay = plan.branch?.forkDay ?? Number.POSITIVE_INFINITY;
  // One weekly forecast cycle: every element and WBE revised that week lands in one commit.
  for (const day of plan.revisionDays) {
    const due = plan.elements.filter((e) => e.updateDays.includes(day));
    const wbes = plan.wbes.filter((w) => w.updateDays.includes(day));
    yield {
      kind: 'commit',
      at: timeline.at(day, 9),
      branch: MAIN,
      authorId: planner,
      draft: (model) => {
        // After the fork, main leaves the budgets that the branch revises alone (no merge conflict).
        for (const e of due) reviseElement(model, plan, rng, e, e.onBranch === 'changed' && day >= forkDay);
        for (const w of wbes) reviseWbe(model, rng, w);
        return `Forecast revision ${timeline.isoWeek(day)} (${due.length} cost elements, ${wbes.length} WBEs)`;
      },
    };
  }
  const serial = { next: 0 };
  const costDays = [...new Set(plan.elements.flatMap((e) => e.costs.map((c) => c.day)))].sort((a, b) => a - b);
  for (const day of costDays) {
    const elements = plan.elements.filter((e) => e.costs.some((c) => c.day === day));
    yield {
      kind: 'commit',
      at: timeline.at(day, 15),
      branch: MAIN,
      authorId: actuals,
      draft: (model) => {
        registerCosts(model, plan, day, elements, serial);
        return `Cost registrations ${timeline.isoWeek(day)} (${model.costs.pendingRows} entries)`;
      },
    };
  }
  const progressDays = [...new Set(plan.elements.flatMap((e) => e.progress.map((p) => p.day)))].sort((a, b) => a - b);
  for (const day of progressDays) {
    const elements = plan.elements.filter((e) => e.progress.some((p) => p.day === day));
    yield {
      kind: 'commit',
      at: timeline.at(day, 17),
      branch: MAIN,
      authorId: actuals,
      draft: (model) => {
        recordProgress(model, plan, day, elements);
        return `Progress measurement ${timeline.date(day)} (${model.progress.pendingRows} cost elements)`;
      },
    };
  }
}

/** The branch's own commits after the fork: budget revisions in batches, additions, removals. */
function branchSlots(plan: ProjectPlan, rng: Random, authorId: string): Slot[] {
  const branch = plan.branch;
  if (branch === null) return [];
  const changed = plan.elements.filter((e) => e.onBranch === 'changed');
  const deleted = plan.elements.filter((e) => e.onBranch === 'deleted');
  const tasks: ((model: BranchModel) => string)[] = [];
  for (let i = 0; i < changed.length; i += 20) {
    const batch = changed.slice(i, i + 20);
    tasks.push((model) => {
      raiseBudgets(model, rng, batch);
      return `Scope change: budgets of ${batch.length} cost elements revised`;
    });
  }
  if (branch.added.length > 0) {
    tasks.push((model) => {
      for (const element of branch.added) model.elements.create(element.id, elementState(plan, element));
      return `Scope change: ${branch.added.length} cost elements added`;
    });
  }
  if (deleted.length > 0) {
    tasks.push((model) => {
      removeElements(model, deleted);
      return `Scope change: ${deleted.length} cost elements removed with their actuals`;
    });
  }
  const days = branch.workDays;
  const fork: Slot = { kind: 'fork', at: plan.timeline.at(branch.forkDay, 12), branch: branch.name, authorId };
  return [
    fork,
    ...rng.shuffle(tasks).map((task, k): Slot => ({
      kind: 'commit',
      // Several tasks may share a day; minutes keep them strictly ordered.
      at: plan.timeline.at(days[Math.min(k, days.length - 1)] ?? branch.forkDay + 1, 11, k),
      branch: branch.name,
      authorId,
      draft: task,
    })),
  ];
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list === undefined) groups.set(key, [item]);
    else list.push(item);
  }
  return groups;
}
