import type { Sql } from '../../db/sql.js';
import { authorize } from '../../auth/policy.js';
import type { Actor } from '../../auth/roles.js';
import {
  assertCodeFree,
  checkExpectedVersion,
  commitTo,
  createEntity,
  deleteEntities,
  readWritten,
  requireCurrent,
  updateEntity,
} from '../../versioning/entity-writes.js';
import type { CommitRecord, Versioned } from '../../versioning/types.js';
import { CostElementKind, WbeKind, type CostElementState, type CostType } from '../kinds.js';
import { deleteActualsOf } from '../wbs/wbe.service.js';
import { projectOf } from '../ownership.js';
import {
  pick,
  requireCode,
  requireDateInRange,
  requireMoney,
  requireName,
  requireOrderedDates,
} from '../validation.js';

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

function validate(state: CostElementState): CostElementState {
  const valid: CostElementState = {
    wbeId: state.wbeId,
    code: requireCode('code', state.code),
    name: requireName('name', state.name),
    costType: state.costType,
    budget: requireMoney('budget', state.budget, { min: 0 }),
    plannedStart: requireDateInRange('plannedStart', state.plannedStart),
    plannedEnd: requireDateInRange('plannedEnd', state.plannedEnd),
  };
  requireOrderedDates('plannedStart', valid.plannedStart, 'plannedEnd', valid.plannedEnd);
  return valid;
}

export async function createCostElement(
  sql: Sql,
  actor: Actor | null,
  args: { input: CostElementCreate; branch: string; message: string | null },
): Promise<Versioned<CostElementState>> {
  const author = authorize(actor, { kind: 'write-plan', branch: args.branch });
  const { input } = args;
  const state = validate({
    wbeId: input.wbeId,
    code: input.code,
    name: input.name,
    costType: input.costType ?? 'OTHER',
    budget: input.budget,
    plannedStart: input.plannedStart,
    plannedEnd: input.plannedEnd,
  });
  const projectId = await projectOf(sql, input.wbeId, 'wbeId');
  return commitTo(
    sql,
    {
      projectId,
      branch: args.branch,
      authorId: author.id,
      kind: 'EDIT',
      scope: 'PLAN',
      message: args.message ?? `Create cost element ${state.code}`,
    },
    async (c) => {
      await requireCurrent(c, WbeKind, state.wbeId, 'wbeId');
      await assertCodeFree(c, CostElementKind, state.code, null);
      const id = await createEntity(c, CostElementKind, state);
      return readWritten(c, CostElementKind, id);
    },
  );
}

export async function updateCostElement(
  sql: Sql,
  actor: Actor | null,
  args: {
    id: string;
    input: CostElementUpdate;
    branch: string;
    expectedVersion: number | null;
    message: string | null;
  },
): Promise<Versioned<CostElementState>> {
  const author = authorize(actor, { kind: 'write-plan', branch: args.branch });
  const projectId = await projectOf(sql, args.id);
  return commitTo(
    sql,
    {
      projectId,
      branch: args.branch,
      authorId: author.id,
      kind: 'EDIT',
      scope: 'PLAN',
      message: args.message ?? 'Update cost element',
    },
    async (c) => {
      const current = await requireCurrent(c, CostElementKind, args.id);
      checkExpectedVersion(current, args.expectedVersion);
      const { input } = args;
      const next = validate({
        wbeId: pick(input.wbeId, current.state.wbeId),
        code: pick(input.code, current.state.code),
        name: pick(input.name, current.state.name),
        costType: pick(input.costType, current.state.costType),
        budget: pick(input.budget, current.state.budget),
        plannedStart: pick(input.plannedStart, current.state.plannedStart),
        plannedEnd: pick(input.plannedEnd, current.state.plannedEnd),
      });
      if (next.wbeId !== current.state.wbeId) await requireCurrent(c, WbeKind, next.wbeId, 'wbeId');
      if (next.code !== current.state.code) await assertCodeFree(c, CostElementKind, next.code, args.id);
      await updateEntity(c, CostElementKind, current, next);
      return readWritten(c, CostElementKind, args.id);
    },
  );
}

export async function deleteCostElement(
  sql: Sql,
  actor: Actor | null,
  args: { id: string; branch: string; expectedVersion: number | null; message: string | null },
): Promise<CommitRecord> {
  const author = authorize(actor, { kind: 'write-plan', branch: args.branch });
  const projectId = await projectOf(sql, args.id);
  return commitTo(
    sql,
    {
      projectId,
      branch: args.branch,
      authorId: author.id,
      kind: 'EDIT',
      scope: 'PLAN',
      message: args.message ?? 'Delete cost element',
    },
    async (c) => {
      const current = await requireCurrent(c, CostElementKind, args.id);
      checkExpectedVersion(current, args.expectedVersion);
      await deleteEntities(c, CostElementKind, [current]);
      await deleteActualsOf(c, [current.id]);
      return c.commit;
    },
  );
}
