import type { CostType } from '../../domain/kinds.js';
import { newId } from '../../versioning/ids.js';
import type { Random } from './random.js';
import { FIRST_REVISION_DAY, type WorkloadShape } from './shape.js';
import { Timeline, roundCents } from './timeline.js';
import { BUDGET_RANGE, DISCIPLINES, PLANT_AREAS, type Discipline, type ElementTemplate } from './vocabulary.js';

/**
 * What the generated project will contain and when each thing happens, decided up front
 * (pure, in memory) so that constraints between entities can be honoured: actuals after
 * their element exists and before their commit, progress monotonic, branch changes that
 * merge cleanly. Days are indexes into the timeline.
 */
export interface ProjectPlan {
  timeline: Timeline;
  startDay: number;
  endDay: number;
  /** The project's end is pushed out once, part-way through the history. */
  endExtensionDays: number;
  wbes: WbePlan[];
  elements: ElementPlan[];
  /** Weekly forecast revision days (Mondays). */
  revisionDays: number[];
  projectUpdateDays: number[];
  branch: BranchPlan | null;
}

export interface WbePlan {
  id: string;
  level: number;
  code: string;
  name: string;
  variant: string;
  parentId: string | null;
  discipline: number;
  updateDays: number[];
}

export interface ElementPlan {
  id: string;
  wbe: WbePlan;
  code: string;
  name: string;
  variant: string;
  costType: CostType;
  budgetCents: number;
  startDay: number;
  endDay: number;
  createdDay: number;
  updateDays: number[];
  costs: CostPlan[];
  progress: ProgressPlan[];
  /** What the branch does to it; main leaves alone what would conflict with that. */
  onBranch: 'changed' | 'deleted' | null;
}

export interface CostPlan {
  /** The Friday it is registered on (on or after it was incurred). */
  day: number;
  incurredDay: number;
  amountCents: number;
}

export interface ProgressPlan {
  day: number;
  percent: number;
}

export interface BranchPlan {
  name: string;
  forkDay: number;
  /** Days of the branch's own commits, increasing. */
  workDays: number[];
  added: ElementPlan[];
}

const PROJECT_START_DAY = 7;
const FRIDAY = 5;
const MONDAY = 1;

export function planProject(shape: WorkloadShape, rng: Random, endAt: Date): ProjectPlan {
  const timeline = new Timeline(endAt, shape.historyDays);
  const projectDays = Math.round(shape.historyDays * 1.5);
  const endDay = PROJECT_START_DAY + projectDays;
  const revisionDays = timeline.weekdays(MONDAY, FIRST_REVISION_DAY, timeline.lastDay);
  const forkDay = shape.branch === null ? null : Math.round(shape.branch.forkAt * timeline.lastDay);
  const wbes = planWbs(shape, rng.fork('wbs'), revisionDays);
  const window = { startDay: PROJECT_START_DAY, endDay, lastDay: timeline.lastDay, actualsSpan: actualsSpan(shape) };
  const elements = wbes.flatMap((wbe) => planElements(shape, rng.fork(`elements:${wbe.code}`), wbe, window));
  if (forkDay !== null && shape.branch !== null) assignBranchRoles(elements, shape, rng.fork('branch-roles'), forkDay);
  const schedule = new ActualsSchedule(shape, timeline, forkDay);
  for (const element of elements) {
    const r = rng.fork(`schedule:${element.code}`);
    element.updateDays = pickUpdateDays(r, revisionDays, shape.versions.costElement - 1, element, forkDay);
    schedule.plan(r, element);
  }
  const plan: ProjectPlan = {
    timeline,
    startDay: PROJECT_START_DAY,
    endDay,
    endExtensionDays: 7 * rng.int(4, 9),
    wbes,
    elements,
    revisionDays,
    projectUpdateDays: spread(PROJECT_START_DAY, timeline.lastDay - 1, shape.versions.project - 1),
    branch: null,
  };
  if (shape.branch !== null && forkDay !== null) {
    const r = rng.fork('branch');
    const added = Array.from({ length: shape.branch.added }, (_, k) =>
      planAddedElement(shape, r, r.pick(wbes), k, { startDay: forkDay + 21, endDay, lastDay: timeline.lastDay }),
    );
    const changed = elements.filter((e) => e.onBranch === 'changed').length;
    const commits = Math.ceil(changed / 20) + (added.length > 0 ? 1 : 0) + (shape.branch.deleted > 0 ? 1 : 0);
    plan.branch = { name: shape.branch.name, forkDay, workDays: spread(forkDay + 1, timeline.lastDay, commits), added };
  }
  return plan;
}

/** Days (of the baseline and later) an element's actuals need: enough Fridays for costs and progress. */
function actualsSpan(shape: WorkloadShape): number {
  return 7 * (2 * Math.max(shape.costRegistrationsPerElement, shape.progressEntriesPerElement) + 2);
}

/** `count` distinct days spread evenly over [from, to]. */
function spread(from: number, to: number, count: number): number[] {
  if (count <= 0) return [];
  if (count === 1) return [from];
  const days = Array.from({ length: count }, (_, k) => from + Math.round((k * (to - from)) / (count - 1)));
  return days.filter((d, i) => i === 0 || d > (days[i - 1] ?? -1));
}

/** Disciplines, then their scopes, then each scope per plant area; parents round-robin. */
function planWbs(shape: WorkloadShape, rng: Random, revisionDays: readonly number[]): WbePlan[] {
  const top = shape.depth === 1 ? shape.wbes : Math.min(DISCIPLINES.length, shape.wbes);
  const rest = shape.wbes - top;
  const second =
    shape.depth === 2 ? rest : shape.depth === 3 ? Math.min(rest, Math.max(top, Math.round(rest * 0.3))) : 0;
  const third = rest - second;
  const wbes: WbePlan[] = [];
  const node = (
    level: number,
    code: string,
    name: string,
    variant: string,
    parent: WbePlan | null,
    discipline: number,
  ): WbePlan => {
    const wbe: WbePlan = {
      id: newId(),
      level,
      code,
      name,
      variant,
      parentId: parent?.id ?? null,
      discipline,
      updateDays: [],
    };
    wbe.updateDays = rng.sample(revisionDays, shape.versions.wbe - 1);
    wbes.push(wbe);
    return wbe;
  };
  // Zero-padded where a level has ten or more siblings, so that codes sort as the tree does.
  const width = (count: number, parents: number) => String(Math.ceil(count / Math.max(1, parents))).length;
  const level1 = Array.from({ length: top }, (_, i) => {
    const d = disciplineOf(i);
    const lot = Math.floor(i / DISCIPLINES.length);
    const code = String(i + 1).padStart(width(top, 1), '0');
    return node(1, code, withLot(d.name, lot), withLot(d.variant, lot), null, i % DISCIPLINES.length);
  });
  const children = new Map<string, number>();
  const childCode = (parent: WbePlan, digits: number): [string, number] => {
    const k = children.get(parent.id) ?? 0;
    children.set(parent.id, k + 1);
    return [`${parent.code}.${String(k + 1).padStart(digits, '0')}`, k];
  };
  const scopes = new Map<string, string>();
  const level2 = Array.from({ length: second }, (_, i) => {
    const parent = level1[i % level1.length] as WbePlan;
    const [code, k] = childCode(parent, width(second, top));
    const d = disciplineOf(parent.discipline);
    const scope = withLot(d.scopes[k % d.scopes.length] ?? d.name, Math.floor(k / d.scopes.length));
    const wbe = node(2, code, scope, `${scope} package`, parent, parent.discipline);
    scopes.set(wbe.id, scope);
    return wbe;
  });
  for (let i = 0; i < third; i += 1) {
    const parent = level2[i % level2.length] as WbePlan;
    const [code, k] = childCode(parent, width(third, second));
    const area = PLANT_AREAS[k % PLANT_AREAS.length] ?? 'Area 100';
    const unit = Math.floor(k / PLANT_AREAS.length);
    const scope = scopes.get(parent.id) ?? parent.name;
    const short = area.split(' ').slice(0, 2).join(' ');
    node(
      3,
      code,
      withUnit(`${scope} – ${area}`, unit),
      withUnit(`${scope} – ${short}`, unit),
      parent,
      parent.discipline,
    );
  }
  return wbes;
}

function disciplineOf(index: number): Discipline {
  return DISCIPLINES[index % DISCIPLINES.length] as Discipline;
}

function withLot(name: string, lot: number): string {
  return lot === 0 ? name : `${name} (lot ${lot + 1})`;
}

function withUnit(name: string, unit: number): string {
  return unit === 0 ? name : `${name}, unit ${unit + 1}`;
}

interface Window {
  startDay: number;
  endDay: number;
  lastDay: number;
}

function planElements(
  shape: WorkloadShape,
  rng: Random,
  wbe: WbePlan,
  window: Window & { actualsSpan: number },
): ElementPlan[] {
  const d = disciplineOf(wbe.discipline);
  const offset = rng.int(0, d.elements.length - 1);
  return Array.from({ length: shape.costElementsPerWbe }, (_, k) => {
    const slot = offset + k;
    const template = d.elements[slot % d.elements.length] as ElementTemplate;
    const lot = Math.floor(k / d.elements.length);
    const projectDays = window.endDay - window.startDay;
    // Late disciplines still start early enough to have their costs and progress by the end of the history.
    const latestStart = window.lastDay - window.actualsSpan;
    const startDay = Math.min(
      latestStart,
      window.startDay + Math.round(rng.between(d.start[0], d.start[1]) * projectDays),
    );
    const duration = Math.max(21, Math.round(rng.between(d.duration[0], d.duration[1]) * projectDays));
    return {
      id: newId(),
      wbe,
      code: `CE-${wbe.code}-${String(k + 1).padStart(2, '0')}`,
      name: withLot(template.name, lot),
      variant: withLot(template.variant, lot),
      costType: template.costType,
      budgetCents: initialBudget(rng, template.costType),
      startDay,
      endDay: Math.min(window.endDay, startDay + duration),
      // The baseline of each discipline is committed on its own day, 1 to 6.
      createdDay: 1 + (wbe.discipline % 6),
      updateDays: [],
      costs: [],
      progress: [],
      onBranch: null,
    };
  });
}

/** Budgets are estimated in round hundreds. */
function initialBudget(rng: Random, costType: CostType): number {
  const [min, max] = BUDGET_RANGE[costType];
  return roundCents(Math.round(rng.logBetween(min, max)) * 100, 10_000);
}

function planAddedElement(shape: WorkloadShape, rng: Random, wbe: WbePlan, k: number, window: Window): ElementPlan {
  const d = disciplineOf(wbe.discipline);
  const template = rng.pick(d.elements);
  const startDay = Math.min(window.endDay - 30, window.startDay + rng.int(0, 60));
  return {
    id: newId(),
    wbe,
    code: `CE-${wbe.code}-${String(shape.costElementsPerWbe + k + 1).padStart(2, '0')}`,
    name: `Additional ${template.name.charAt(0).toLowerCase()}${template.name.slice(1)}`,
    variant: template.variant,
    costType: template.costType,
    budgetCents: initialBudget(rng, template.costType),
    startDay,
    endDay: Math.min(window.endDay, startDay + rng.int(45, 150)),
    createdDay: window.startDay,
    updateDays: [],
    costs: [],
    progress: [],
    onBranch: null,
  };
}

/**
 * The branch removes elements whose actuals all predate the fork and revises the budgets of
 * others. Main then never touches a removed element after the fork, nor a revised element's
 * budget, so that the branch merges into main without conflicts.
 */
function assignBranchRoles(elements: ElementPlan[], shape: WorkloadShape, rng: Random, forkDay: number): void {
  const branch = shape.branch;
  if (branch === null) return;
  const span = actualsSpan(shape);
  const early = elements.filter((e) => e.startDay + span <= forkDay);
  for (const e of rng.sample(early, branch.deleted)) e.onBranch = 'deleted';
  const others = elements.filter((e) => e.onBranch === null);
  for (const e of rng.sample(others, Math.round(branch.changedShare * elements.length))) e.onBranch = 'changed';
}

function pickUpdateDays(
  rng: Random,
  days: readonly number[],
  count: number,
  element: ElementPlan,
  forkDay: number | null,
): number[] {
  const eligible = days.filter(
    (d) => d > element.createdDay && (element.onBranch !== 'deleted' || forkDay === null || d < forkDay),
  );
  return rng.sample(eligible, count);
}

/** Costs are registered on Fridays, progress measured every other Friday. */
class ActualsSchedule {
  private readonly fridays: number[];
  private readonly progressDays: number[];

  constructor(
    private readonly shape: WorkloadShape,
    timeline: Timeline,
    private readonly forkDay: number | null,
  ) {
    this.fridays = timeline.weekdays(FRIDAY, FIRST_REVISION_DAY, timeline.lastDay);
    this.progressDays = this.fridays.filter((_, i) => i % 2 === 0);
  }

  plan(rng: Random, element: ElementPlan): void {
    const beforeFork = (d: number) => element.onBranch !== 'deleted' || this.forkDay === null || d < this.forkDay;
    const progressDays = rng.sample(
      this.progressDays.filter((d) => d >= element.startDay + 7 && beforeFork(d)),
      this.shape.progressEntriesPerElement,
    );
    // Ahead of or behind schedule, consistently for one element.
    const performance = rng.between(0.7, 1.1);
    let previous = 0;
    element.progress = progressDays.map((day) => {
      const target = Math.round(Math.min(1, fractionAt(element, day) * performance) * 1000) / 10;
      // Progress never goes back: each measurement is at least half a point above the last.
      const percent = Math.min(100, Math.max(previous + 0.5, target));
      previous = percent;
      return { day, percent };
    });
    const costDays = rng.sample(
      this.fridays.filter((d) => d >= element.startDay + 2 && d > element.createdDay && beforeFork(d)),
      this.shape.costRegistrationsPerElement,
    );
    const last = costDays.at(-1);
    if (last === undefined) return;
    const spent = element.budgetCents * Math.max(0.02, fractionAt(element, last)) * rng.between(0.85, 1.2);
    const weights = costDays.map(() => rng.between(0.5, 1.5));
    const total = weights.reduce((a, b) => a + b, 0);
    element.costs = costDays.map((day, i) => ({
      day,
      // Incurred during the week before it was registered, never before the element starts.
      incurredDay: Math.max(element.startDay, day - rng.int(0, 6)),
      amountCents: roundCents(Math.round((spent * (weights[i] ?? 1)) / total), 1),
    }));
  }
}

/** Share of the planned duration elapsed at the end of a day. */
function fractionAt(element: ElementPlan, day: number): number {
  const span = element.endDay - element.startDay + 1;
  return Math.min(1, Math.max(0, (day - element.startDay + 1) / span));
}
