import type { Sql } from '../../db/sql.js';
import type { Actor } from '../../auth/roles.js';
import type { CommitRecord, Versioned } from '../../versioning/types.js';
import { CostElementKind, type CostElementState, type CostType } from '../kinds.js';
import {
  createVersioned,
  deleteVersioned,
  updateVersioned,
  type VersionedWriteArgs,
  type WriteArgs,
} from '../versioned-writes.js';

export interface CostElementCreate {
  wbeId: string;
  code: string;
  name: string;
  costType?: CostType | null;
  budget: string;
  plannedStart: string;
  plannedEnd: string;
}

export type CostElementUpdate = Partial<{ [K in keyof CostElementCreate]: CostElementCreate[K] | null }>;

/** Adds a cost element under a WBE. */
export function createCostElement(
  sql: Sql,
  actor: Actor | null,
  args: WriteArgs & { input: CostElementCreate },
): Promise<Versioned<CostElementState>> {
  return createVersioned(sql, actor, CostElementKind, args);
}

/** Changes a cost element or moves it under another WBE. */
export function updateCostElement(
  sql: Sql,
  actor: Actor | null,
  args: VersionedWriteArgs & { id: string; input: CostElementUpdate },
): Promise<Versioned<CostElementState>> {
  return updateVersioned(sql, actor, CostElementKind, args);
}

/** Removes the cost element with its costs and progress entries: one commit. */
export function deleteCostElement(
  sql: Sql,
  actor: Actor | null,
  args: VersionedWriteArgs & { id: string },
): Promise<CommitRecord> {
  return deleteVersioned(sql, actor, CostElementKind, args);
}
