import DataLoader from 'dataloader';
import type { Sql } from '../db/sql.js';
import { loadTransitions, type ChangeOrderTransition } from '../domain/change-order/change-order.store.js';
import { loadProfiles, type UserProfile } from '../domain/user/user.service.js';
import type { CostElementEvmInput, EvmTotals, Rollup } from '../evm/index.js';
import type { ReadPointResult, Ref } from '../versioning/read-point.js';
import type { CostElementState } from '../domain/kinds.js';
import type { ReadPoint, Versioned } from '../versioning/types.js';
import { EvmReadModel, type PlannedSpan, type ProjectSnapshot } from './evm-read-model.js';
import { ReadPointLoader, type AskedReadPoint } from './read-point-loader.js';
import { VersionedLoaders } from './versioned-loaders.js';

export type { AskedReadPoint } from './read-point-loader.js';
export type { PlannedSpan, ProjectSnapshot } from './evm-read-model.js';

/**
 * Everything a request reads, batched and cached for that request only: its read points
 * (read-point-loader), the versioned entities and their commits (versioned-loaders, inherited),
 * the project/EVM read model built on them (evm-read-model), and the domain's own lookups
 * (user profiles, change-order trails).
 */
export class Loaders extends VersionedLoaders {
  private readonly points: ReadPointLoader;
  private readonly evm: EvmReadModel;

  readonly users: DataLoader<string, UserProfile | null>;
  /** Review trails of change orders, by order id. */
  readonly changeOrderTrails: DataLoader<string, ChangeOrderTransition[]>;

  constructor(sql: Sql) {
    super(sql);
    this.points = new ReadPointLoader(sql);
    this.evm = new EvmReadModel(this, sql);
    this.users = new DataLoader(async (ids) => {
      const profiles = await loadProfiles(sql, ids, null);
      const byId = new Map(profiles.map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    this.changeOrderTrails = new DataLoader(async (ids) => {
      const trails = await loadTransitions(sql, ids);
      return ids.map((id) => trails.get(id) ?? []);
    });
  }

  /** Every read point the request resolved, by ref (what the read cache keys by). */
  get askedReadPoints(): Map<string, AskedReadPoint> {
    return this.points.askedReadPoints;
  }

  get readPoints(): DataLoader<string, ReadPointResult> {
    return this.points.readPoints;
  }

  /** Resolves (project, branch, asOf|commit); lineages of many projects share one statement. */
  readPoint(projectId: string, ref: Ref): Promise<ReadPointResult> {
    return this.points.readPoint(projectId, ref);
  }

  /** WBEs, cost elements and budget roll-ups of the project at the point. */
  snapshot(point: ReadPoint): ProjectSnapshot | Promise<ProjectSnapshot> {
    return this.evm.snapshot(point);
  }

  /** The EVM inputs of every cost element at the point (three statements per read point, cached). */
  evmInputs(point: ReadPoint): Promise<Map<string, CostElementEvmInput>> {
    return this.evm.evmInputs(point);
  }

  /** The EVM inputs of some cost elements (a few subtrees), their actuals read by parent. */
  evmInputsOf(
    point: ReadPoint,
    elements: readonly Versioned<CostElementState>[],
  ): Promise<Map<string, CostElementEvmInput>> {
    return this.evm.evmInputsOf(point, elements);
  }

  /** EVM totals per cost element at a control date. */
  elementEvm(point: ReadPoint, controlDate: string): Promise<Map<string, EvmTotals>> {
    return this.evm.elementEvm(point, controlDate);
  }

  /** EVM totals rolled up per WBE subtree and for the project at a control date. */
  evmRollup(point: ReadPoint, controlDate: string): Promise<Rollup<EvmTotals>> {
    return this.evm.evmRollup(point, controlDate);
  }

  /** EVM totals of some WBEs' subtrees (with `project`, of the live tree too), summed in the database. */
  subtreeTotals(
    point: ReadPoint,
    controlDate: string,
    wbeIds: readonly string[],
    project: boolean,
  ): Promise<Map<string, EvmTotals>> {
    return this.evm.subtreeTotals(point, controlDate, wbeIds, project);
  }

  /** The project's planned span at the point, summed in the database. */
  plannedSpan(point: ReadPoint): Promise<PlannedSpan> {
    return this.evm.plannedSpan(point);
  }
}
