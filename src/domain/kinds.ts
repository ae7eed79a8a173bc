import type { EntityKind, EntityState, EntityTypeName } from '../versioning/types.js';
import {
  requireCode,
  requireCurrency,
  requireDateInRange,
  requireMoney,
  requireName,
  requireOrderedDates,
  requirePercent,
} from './validation.js';
import { BadInputError } from '../shared/errors.js';

/** Business state of each versioned type, in API form (decimals and dates as strings). */
export type ProjectStatus = 'PLANNED' | 'ACTIVE' | 'ON_HOLD' | 'CLOSED';
export type CostType = 'LABOR' | 'MATERIAL' | 'EQUIPMENT' | 'SUBCONTRACT' | 'OTHER';

export type ProjectState = {
  code: string;
  name: string;
  description: string | null;
  currency: string;
  status: ProjectStatus;
  startDate: string;
  endDate: string;
};

export type WbeState = {
  code: string;
  name: string;
  description: string | null;
  parentId: string | null;
};

export type CostElementState = {
  wbeId: string;
  code: string;
  name: string;
  costType: CostType;
  budget: string;
  plannedStart: string;
  plannedEnd: string;
};

export type CostRegistrationState = {
  costElementId: string;
  amount: string;
  incurredOn: string;
  description: string | null;
};

export type ProgressEntryState = {
  costElementId: string;
  percentComplete: number;
  measuredOn: string;
};

const PROJECT_STATUSES: readonly ProjectStatus[] = ['PLANNED', 'ACTIVE', 'ON_HOLD', 'CLOSED'];
const COST_TYPES: readonly CostType[] = ['LABOR', 'MATERIAL', 'EQUIPMENT', 'SUBCONTRACT', 'OTHER'];

/** Merged or resolved states are untyped at run time: enums are checked like any input. */
function requireOneOf(field: string, value: unknown, allowed: readonly string[]): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw BadInputError.field(field, `must be one of ${allowed.join(', ')}`);
  }
}

export const ProjectKind: EntityKind<ProjectState> = {
  type: 'Project',
  table: 'project_version',
  parentField: null,
  validate: (state) => {
    requireCode('code', state.code);
    requireName('name', state.name);
    requireOneOf('status', state.status, PROJECT_STATUSES);
    requireCurrency('currency', state.currency);
    requireDateInRange('startDate', state.startDate);
    requireDateInRange('endDate', state.endDate);
    requireOrderedDates('startDate', state.startDate, 'endDate', state.endDate);
  },
  fields: [
    { name: 'code', column: 'code', type: 'text' },
    { name: 'name', column: 'name', type: 'text' },
    { name: 'description', column: 'description', type: 'text' },
    { name: 'currency', column: 'currency', type: 'text' },
    { name: 'status', column: 'status', type: 'text' },
    { name: 'startDate', column: 'start_date', type: 'date' },
    { name: 'endDate', column: 'end_date', type: 'date' },
  ],
};

export const WbeKind: EntityKind<WbeState> = {
  type: 'WBE',
  table: 'wbe_version',
  parentField: 'parentId',
  parentKind: 'WBE',
  uniqueField: 'code',
  validate: (state) => {
    requireCode('code', state.code);
    requireName('name', state.name);
  },
  fields: [
    { name: 'code', column: 'code', type: 'text' },
    { name: 'name', column: 'name', type: 'text' },
    { name: 'description', column: 'description', type: 'text' },
    { name: 'parentId', column: 'parent_id', type: 'uuid' },
  ],
};

export const CostElementKind: EntityKind<CostElementState> = {
  type: 'CostElement',
  table: 'cost_element_version',
  parentField: 'wbeId',
  parentKind: 'WBE',
  uniqueField: 'code',
  validate: (state) => {
    if (typeof state.wbeId !== 'string') throw BadInputError.field('wbeId', 'is required');
    requireCode('code', state.code);
    requireName('name', state.name);
    requireOneOf('costType', state.costType, COST_TYPES);
    requireMoney('budget', state.budget, { min: 0 });
    requireDateInRange('plannedStart', state.plannedStart);
    requireDateInRange('plannedEnd', state.plannedEnd);
    requireOrderedDates('plannedStart', state.plannedStart, 'plannedEnd', state.plannedEnd);
  },
  fields: [
    { name: 'wbeId', column: 'wbe_id', type: 'uuid' },
    { name: 'code', column: 'code', type: 'text' },
    { name: 'name', column: 'name', type: 'text' },
    { name: 'costType', column: 'cost_type', type: 'text' },
    { name: 'budget', column: 'budget', type: 'decimal' },
    { name: 'plannedStart', column: 'planned_start', type: 'date' },
    { name: 'plannedEnd', column: 'planned_end', type: 'date' },
  ],
};

export const CostRegistrationKind: EntityKind<CostRegistrationState> = {
  type: 'CostRegistration',
  table: 'cost_registration_version',
  parentField: 'costElementId',
  parentKind: 'CostElement',
  validate: (state) => {
    if (typeof state.costElementId !== 'string') throw BadInputError.field('costElementId', 'is required');
    requireMoney('amount', state.amount);
    requireDateInRange('incurredOn', state.incurredOn);
  },
  fields: [
    { name: 'costElementId', column: 'cost_element_id', type: 'uuid' },
    { name: 'amount', column: 'amount', type: 'decimal' },
    { name: 'incurredOn', column: 'incurred_on', type: 'date' },
    { name: 'description', column: 'description', type: 'text' },
  ],
};

export const ProgressEntryKind: EntityKind<ProgressEntryState> = {
  type: 'ProgressEntry',
  table: 'progress_entry_version',
  parentField: 'costElementId',
  parentKind: 'CostElement',
  validate: (state) => {
    if (typeof state.costElementId !== 'string') throw BadInputError.field('costElementId', 'is required');
    requirePercent('percentComplete', state.percentComplete);
    requireDateInRange('measuredOn', state.measuredOn);
  },
  fields: [
    { name: 'costElementId', column: 'cost_element_id', type: 'uuid' },
    { name: 'percentComplete', column: 'percent_complete', type: 'float' },
    { name: 'measuredOn', column: 'measured_on', type: 'date' },
  ],
};

/** Every versioned kind, parents before children (the order diffs and merges apply them in). */
export const ALL_KINDS: readonly EntityKind[] = [
  eraseState(ProjectKind),
  eraseState(WbeKind),
  eraseState(CostElementKind),
  eraseState(CostRegistrationKind),
  eraseState(ProgressEntryKind),
];

/** Views a kind through its generic shape, for code that treats every kind alike (diff, merge). */
function eraseState<S extends EntityState>(kind: EntityKind<S>): EntityKind {
  // Sound: an EntityKind only reads and writes states through its own field list.
  return kind as unknown as EntityKind;
}

export function kindOf(type: EntityTypeName): EntityKind {
  const kind = ALL_KINDS.find((k) => k.type === type);
  if (kind === undefined) throw new TypeError(`unknown entity type ${type}`);
  return kind;
}
