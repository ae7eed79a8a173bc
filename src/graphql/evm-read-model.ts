import {
  CostElementKind,
  CostRegistrationKind,
  ProgressEntryKind,
  WbeKind,
  type CostElementState,
  type CostRegistrationState,
  type ProgressEntryState,
  type WbeState,
} from '../domain/kinds.js';
import type { Sql } from '../db/sql.js';
import { plannedSpan, subtreeSums } from '../domain/change-control/impact-figures.store.js';
import {
  elementTotals,
  totalsOfSums,
  Rational,
  rollupBy,
  rollupTotals,
  ZERO_TOTALS,
  type CostElementEvmInput,
  type EvmTotals,
  type Rollup,
} from '../evm/index.js';
import type { ReadPoint, Versioned } from '../versioning/types.js';
import { groupBy, type VersionedLoaders } from './versioned-loaders.js';

/** Budget and EVM inputs of a whole project at one read point, loaded once per request. */
export interface ProjectSnapshot {
  wbes: Versioned<WbeState>[];
  elements: Versioned<CostElementState>[];
  budgets: Rollup<Rational>;
}

/** Earliest planned start and latest planned end of a project's live cost elements. */
export interface PlannedSpan {
  start: string | null;
  end: string | null;
}

/**
 * The project and EVM read model of one request: the WBS with budget roll-ups, the EVM inputs
 * of cost elements and their totals per control date, read through the request's versioned
 * loaders and cached per read point (and control date).
 */
export class EvmReadModel {
  private readonly snapshots = new Map<string, Promise<ProjectSnapshot>>();
  private readonly snapshotsLoaded = new Map<string, ProjectSnapshot>();
  private readonly evmInputsCache = new Map<string, Promise<Map<string, CostElementEvmInput>>>();
  private readonly evmTotals = new Map<string, Promise<Map<string, EvmTotals>>>();
  private readonly rollups = new Map<string, Promise<Rollup<EvmTotals>>>();
  private readonly subtreeFigures = new Map<string, Promise<Map<string, EvmTotals>>>();
  private readonly spans = new Map<string, Promise<PlannedSpan>>();

  constructor(
    private readonly versioned: VersionedLoaders,
    private readonly sql: Sql,
  ) {}

  /**
   * EVM totals of the subtrees of some WBEs (and, with `project`, of the project's live tree
   * under PROJECT_GROUP) at a control date, summed by the database: one statement and a few
   * rows per WBE, whatever the size of the subtrees (cached per request).
   */
  subtreeTotals(
    point: ReadPoint,
    controlDate: string,
    wbeIds: readonly string[],
    project: boolean,
  ): Promise<Map<string, EvmTotals>> {
    const ids = [...new Set(wbeIds)].sort();
    const key = JSON.stringify([point.key, controlDate, project, ids]);
    let totals = this.subtreeFigures.get(key);
    if (totals === undefined) {
      totals = subtreeSums(this.sql, point, controlDate, ids, project).then(
        (sums) => new Map([...sums].map(([group, g]) => [group, totalsOfSums(g)])),
      );
      this.subtreeFigures.set(key, totals);
    }
    return totals;
  }

  /** The project's planned span at the point (earliest start, latest end of its live elements). */
  plannedSpan(point: ReadPoint): Promise<PlannedSpan> {
    let span = this.spans.get(point.key);
    if (span === undefined) {
      span = plannedSpan(this.sql, point);
      this.spans.set(point.key, span);
    }
    return span;
  }

  /** WBEs, cost elements and budget roll-ups of the project at the point. */
  snapshot(point: ReadPoint): ProjectSnapshot | Promise<ProjectSnapshot> {
    return this.snapshotsLoaded.get(point.key) ?? this.snapshotLoad(point);
  }

  private snapshotLoad(point: ReadPoint): Promise<ProjectSnapshot> {
    let snapshot = this.snapshots.get(point.key);
    if (snapshot === undefined) {
      snapshot = (async () => {
        const [wbes, elements] = await Promise.all([
          this.versioned.all(WbeKind, point),
          this.versioned.all(CostElementKind, point),
        ]);
        const budgets = rollupBy(
          wbes.map((w) => ({ id: w.id, parentId: w.state.parentId })),
          elements.map((e) => ({ wbeId: e.state.wbeId, budget: e.state.budget })),
          (e) => Rational.parse(e.budget),
        );
        const loaded = { wbes, elements, budgets };
        this.snapshotsLoaded.set(point.key, loaded);
        return loaded;
      })();
      this.snapshots.set(point.key, snapshot);
    }
    return snapshot;
  }

  /**
   * The EVM inputs of every cost element at the point (budget, schedule, actuals; three
   * statements per read point, cached): what every control date and every series reads.
   */
  evmInputs(point: ReadPoint): Promise<Map<string, CostElementEvmInput>> {
    let inputs = this.evmInputsCache.get(point.key);
    if (inputs === undefined) {
      inputs = (async () => {
        const [snapshot, costs, progress] = await Promise.all([
          this.snapshot(point),
          this.versioned.all(CostRegistrationKind, point),
          this.versioned.all(ProgressEntryKind, point),
        ]);
        const costsOf = groupBy(costs, (c) => c.state.costElementId);
        const progressOf = groupBy(progress, (p) => p.state.costElementId);
        const result = new Map<string, CostElementEvmInput>();
        for (const element of snapshot.elements) {
          result.set(element.id, evmInput(element, costsOf.get(element.id), progressOf.get(element.id)));
        }
        return result;
      })();
      this.evmInputsCache.set(point.key, inputs);
    }
    return inputs;
  }

  /**
   * The EVM inputs of some cost elements (a few subtrees): their actuals are read by parent,
   * one statement per kind, unless the whole project's inputs are in already.
   */
  async evmInputsOf(
    point: ReadPoint,
    elements: readonly Versioned<CostElementState>[],
  ): Promise<Map<string, CostElementEvmInput>> {
    const whole = this.evmInputsCache.get(point.key);
    const result = new Map<string, CostElementEvmInput>();
    if (whole !== undefined) {
      const inputs = await whole;
      for (const element of elements) {
        const input = inputs.get(element.id);
        if (input !== undefined) result.set(element.id, input);
      }
      return result;
    }
    const actuals = await Promise.all(
      elements.map((element) =>
        Promise.all([
          this.versioned.children(CostRegistrationKind, point, element.id),
          this.versioned.children(ProgressEntryKind, point, element.id),
        ]),
      ),
    );
    elements.forEach((element, i) => {
      const [costs, progress] = actuals[i] ?? [[], []];
      result.set(element.id, evmInput(element, costs, progress));
    });
    return result;
  }

  /** EVM totals per cost element at a control date (the inputs' statements, cached). */
  elementEvm(point: ReadPoint, controlDate: string): Promise<Map<string, EvmTotals>> {
    const key = `${point.key}|${controlDate}`;
    let totals = this.evmTotals.get(key);
    if (totals === undefined) {
      totals = this.evmInputs(point).then((inputs) => {
        const result = new Map<string, EvmTotals>();
        for (const [id, input] of inputs) result.set(id, elementTotals(input, controlDate));
        return result;
      });
      this.evmTotals.set(key, totals);
    }
    return totals;
  }

  /** EVM totals rolled up per WBE subtree and for the project at a control date. */
  evmRollup(point: ReadPoint, controlDate: string): Promise<Rollup<EvmTotals>> {
    const key = `${point.key}|${controlDate}`;
    let rollup = this.rollups.get(key);
    if (rollup === undefined) {
      rollup = (async () => {
        const [snapshot, totals] = await Promise.all([this.snapshot(point), this.elementEvm(point, controlDate)]);
        return rollupTotals(
          snapshot.wbes.map((w) => ({ id: w.id, parentId: w.state.parentId })),
          snapshot.elements.map((e) => ({ id: e.id, wbeId: e.state.wbeId, totals: totals.get(e.id) ?? ZERO_TOTALS })),
        );
      })();
      this.rollups.set(key, rollup);
    }
    return rollup;
  }
}

/** What EVM reads of one element; progress in commit order, so the latest entry wins a same-day tie. */
function evmInput(
  element: Versioned<CostElementState>,
  costs: readonly Versioned<CostRegistrationState>[] = [],
  progress: readonly Versioned<ProgressEntryState>[] = [],
): CostElementEvmInput {
  return {
    budget: element.state.budget,
    plannedStart: element.state.plannedStart,
    plannedEnd: element.state.plannedEnd,
    costs: costs.map((c) => ({ amount: c.state.amount, incurredOn: c.state.incurredOn })),
    progress: [...progress]
      .sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime() || a.seq - b.seq)
      .map((p) => ({ percentComplete: p.state.percentComplete, measuredOn: p.state.measuredOn })),
  };
}
