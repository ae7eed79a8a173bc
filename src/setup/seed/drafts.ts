import type { CostElementState, ProjectState } from '../../domain/kinds.js';
import { newId } from '../../versioning/ids.js';
import type { BranchModel } from './model.js';
import type { ElementPlan, ProjectPlan, WbePlan } from './plan.js';
import type { Random } from './random.js';
import { formatCents, parseCents, roundCents } from './timeline.js';
import { costDescription, PROJECT_NOTES, WBE_NOTES } from './vocabulary.js';

/** How each generated commit changes the in-memory model; generator.ts writes the result. */

export function elementState(plan: ProjectPlan, element: ElementPlan): CostElementState {
  return {
    wbeId: element.wbe.id,
    code: element.code,
    name: element.name,
    costType: element.costType,
    budget: formatCents(element.budgetCents),
    plannedStart: plan.timeline.date(element.startDay),
    plannedEnd: plan.timeline.date(element.endDay),
  };
}

export function initialProjectState(plan: ProjectPlan, code: string, name: string, currency: string): ProjectState {
  return {
    code,
    name,
    description: PROJECT_NOTES[0] ?? null,
    currency,
    status: 'PLANNED',
    startDate: plan.timeline.date(plan.startDay),
    endDate: plan.timeline.date(plan.endDay),
  };
}

/** The k-th of n project revisions: start of execution first, the end date pushed out half-way. */
export function reviseProject(model: BranchModel, plan: ProjectPlan, projectId: string, k: number, n: number): string {
  const current = model.project.get(projectId);
  const description = PROJECT_NOTES[(k + 1) % PROJECT_NOTES.length] ?? null;
  if (k === 0) {
    model.project.update(projectId, { status: 'ACTIVE', description });
    return 'Project start: status ACTIVE';
  }
  if (k === Math.floor(n / 2)) {
    const endDate = plan.timeline.date(plan.timeline.dayOf(current.endDate) + plan.endExtensionDays);
    model.project.update(projectId, { endDate, description });
    return `Schedule re-baseline: end date moved to ${endDate}`;
  }
  model.project.update(projectId, { description });
  return 'Monthly project status update';
}

/** A forecast revision of one element: mostly its budget, sometimes its finish or its name. */
export function reviseElement(
  model: BranchModel,
  plan: ProjectPlan,
  rng: Random,
  element: ElementPlan,
  budgetFrozen: boolean,
): void {
  const current = model.elements.get(element.id);
  const roll = rng.next();
  if (roll < 0.6 && !budgetFrozen) {
    const before = parseCents(current.budget);
    let after = roundCents(Math.round(before * rng.between(0.93, 1.12)), 100);
    if (after === before) after += 10_000;
    model.elements.update(element.id, { budget: formatCents(after) });
    return;
  }
  const end = plan.timeline.dayOf(current.plannedEnd);
  if (roll < 0.85 && end < plan.endDay) {
    // A slip, never past the project's (original) end.
    model.elements.update(element.id, { plannedEnd: plan.timeline.date(Math.min(plan.endDay, end + rng.int(7, 28))) });
    return;
  }
  model.elements.update(element.id, { name: current.name === element.name ? element.variant : element.name });
}

export function reviseWbe(model: BranchModel, rng: Random, wbe: WbePlan): void {
  const current = model.wbes.get(wbe.id);
  if (rng.chance(0.3)) {
    model.wbes.update(wbe.id, { name: current.name === wbe.name ? wbe.variant : wbe.name });
    return;
  }
  const notes = WBE_NOTES.filter((n) => n !== current.description);
  model.wbes.update(wbe.id, { description: rng.pick(notes) });
}

export function registerCosts(
  model: BranchModel,
  plan: ProjectPlan,
  day: number,
  elements: readonly ElementPlan[],
  serial: { next: number },
): void {
  for (const element of elements) {
    for (const cost of element.costs) {
      if (cost.day !== day) continue;
      serial.next += 1;
      model.costs.create(newId(), {
        costElementId: element.id,
        amount: formatCents(cost.amountCents),
        incurredOn: plan.timeline.date(cost.incurredDay),
        description: costDescription(element.costType, serial.next, plan.timeline.isoWeek(cost.incurredDay)),
      });
    }
  }
}

export function recordProgress(
  model: BranchModel,
  plan: ProjectPlan,
  day: number,
  elements: readonly ElementPlan[],
): void {
  for (const element of elements) {
    for (const entry of element.progress) {
      if (entry.day !== day) continue;
      model.progress.create(newId(), {
        costElementId: element.id,
        percentComplete: entry.percent,
        measuredOn: plan.timeline.date(day),
      });
    }
  }
}

/** A scope increase on the branch: budgets up by 5-30%. */
export function raiseBudgets(model: BranchModel, rng: Random, elements: readonly ElementPlan[]): void {
  for (const element of elements) {
    const before = parseCents(model.elements.get(element.id).budget);
    const after = roundCents(Math.round(before * rng.between(1.05, 1.3)), 10_000);
    model.elements.update(element.id, { budget: formatCents(Math.max(after, before + 10_000)) });
  }
}

/** Removes elements with their actuals in one commit, as deleteCostElement does. */
export function removeElements(model: BranchModel, elements: readonly ElementPlan[]): void {
  const ids = new Set(elements.map((e) => e.id));
  for (const id of ids) model.elements.remove(id);
  for (const id of model.costs.liveIds((s) => ids.has(s.costElementId))) model.costs.remove(id);
  for (const id of model.progress.liveIds((s) => ids.has(s.costElementId))) model.progress.remove(id);
}
