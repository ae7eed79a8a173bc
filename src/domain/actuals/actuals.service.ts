import type { Sql } from '../../db/sql.js';
import type { Actor } from '../../auth/roles.js';
import type { Versioned } from '../../versioning/types.js';
import {
  CostRegistrationKind,
  ProgressEntryKind,
  type CostRegistrationState,
  type ProgressEntryState,
} from '../kinds.js';
import { createVersioned, type WriteArgs } from '../versioned-writes.js';

export interface CostRegistrationCreate {
  costElementId: string;
  amount: string;
  incurredOn: string;
  description?: string | null;
}

export interface ProgressCreate {
  costElementId: string;
  percentComplete: number;
  measuredOn: string;
}

/** Records an actual cost: a fact, so EDITOR may record it on any branch, main included. */
export function registerCost(
  sql: Sql,
  actor: Actor | null,
  args: WriteArgs & { input: CostRegistrationCreate },
): Promise<Versioned<CostRegistrationState>> {
  return createVersioned(sql, actor, CostRegistrationKind, args);
}

/** Records a percent complete on a date (actuals, like costs). */
export function recordProgress(
  sql: Sql,
  actor: Actor | null,
  args: WriteArgs & { input: ProgressCreate },
): Promise<Versioned<ProgressEntryState>> {
  return createVersioned(sql, actor, ProgressEntryKind, args);
}
