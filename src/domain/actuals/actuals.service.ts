import type { Sql } from '../../db/sql.js';
import { authorize } from '../../auth/policy.js';
import type { Actor } from '../../auth/roles.js';
import { commitTo, createEntity, readWritten, requireCurrent } from '../../versioning/entity-writes.js';
import type { Versioned } from '../../versioning/types.js';
import {
  CostElementKind,
  CostRegistrationKind,
  ProgressEntryKind,
  type CostRegistrationState,
  type ProgressEntryState,
} from '../kinds.js';
import { projectOf } from '../ownership.js';
import { optionalText, requireDateInRange, requireMoney, requirePercent } from '../validation.js';

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
export async function registerCost(
  sql: Sql,
  actor: Actor | null,
  args: { input: CostRegistrationCreate; branch: string; message: string | null },
): Promise<Versioned<CostRegistrationState>> {
  const author = authorize(actor, { kind: 'write-actuals', branch: args.branch });
  const { input } = args;
  const state: CostRegistrationState = {
    costElementId: input.costElementId,
    amount: requireMoney('amount', input.amount),
    incurredOn: requireDateInRange('incurredOn', input.incurredOn),
    description: optionalText('description', input.description),
  };
  const projectId = await projectOf(sql, input.costElementId, 'costElementId');
  return commitTo(
    sql,
    {
      projectId,
      branch: args.branch,
      authorId: author.id,
      kind: 'EDIT',
      scope: 'ACTUALS',
      message: args.message ?? `Register cost ${state.amount}`,
    },
    async (c) => {
      await requireCurrent(c, CostElementKind, input.costElementId, 'costElementId');
      const id = await createEntity(c, CostRegistrationKind, state);
      return readWritten(c, CostRegistrationKind, id);
    },
  );
}

export async function recordProgress(
  sql: Sql,
  actor: Actor | null,
  args: { input: ProgressCreate; branch: string; message: string | null },
): Promise<Versioned<ProgressEntryState>> {
  const author = authorize(actor, { kind: 'write-actuals', branch: args.branch });
  const { input } = args;
  const state: ProgressEntryState = {
    costElementId: input.costElementId,
    percentComplete: requirePercent('percentComplete', input.percentComplete),
    measuredOn: requireDateInRange('measuredOn', input.measuredOn),
  };
  const projectId = await projectOf(sql, input.costElementId, 'costElementId');
  return commitTo(
    sql,
    {
      projectId,
      branch: args.branch,
      authorId: author.id,
      kind: 'EDIT',
      scope: 'ACTUALS',
      message: args.message ?? `Record progress ${state.percentComplete}%`,
    },
    async (c) => {
      await requireCurrent(c, CostElementKind, input.costElementId, 'costElementId');
      const id = await createEntity(c, ProgressEntryKind, state);
      return readWritten(c, ProgressEntryKind, id);
    },
  );
}
