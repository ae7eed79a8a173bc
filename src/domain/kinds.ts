import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import {
  CostElementVersion,
  CostRegistrationVersion,
  ProgressEntryVersion,
  ProjectVersion,
  WbeVersion,
} from '../db/entities/version.entity.js';
import type { CommitScope, EntityKind, EntityState, EntityTypeName } from '../versioning/types.js';
import {
  optionalText,
  requireCode,
  requireCurrency,
  requireDateInRange,
  requireMoney,
  requireName,
  requireOneOf,
  requireOrderedDates,
  requirePercent,
  requireReference,
} from './validation.js';

/**
 * The versioned types: one declaration each (fields, parent, unique field, rules, cascade,
 * entity), and the registry every layer reads them from. docs/how-to-add-a-versioned-type.md
 * says how to add one.
 */

/** What the domain declares of a versioned type beyond what the engine needs. */
export interface DomainKind<S extends EntityState = EntityState> extends EntityKind<S> {
  /** Its code in nodeIds: unique, never reused, never changed (clients hold nodeIds). 6 is User's. */
  nodeIdCode: number;
  /** The version table's entity (its `tableName` is `table`). */
  entity: EntitySchema;
  /** The migrations that create the version table, for kinds whose table came after 0001. */
  migrations?: readonly MigrationObject[];
  validate: (state: S) => S;
  /** PLAN data is written by MANAGER+ on main and EDITOR+ elsewhere; ACTUALS by EDITOR+ anywhere. */
  scope: CommitScope;
  /** How commit messages and errors name one entity: "WBE", "cost element". */
  label: string;
  /** Values of the fields a create leaves out. */
  defaults?: Partial<S>;
  /** The default message of a create; otherwise "Create <label> <unique value>". */
  createMessage?: (state: S) => string;
}

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

export const ProjectKind: DomainKind<ProjectState> = {
  type: 'Project',
  nodeIdCode: 1,
  table: ProjectVersion.meta.tableName,
  entity: ProjectVersion,
  scope: 'PLAN',
  label: 'project',
  parentField: null,
  defaults: { currency: 'EUR', status: 'PLANNED' },
  validate: (state) => {
    const valid: ProjectState = {
      code: requireCode('code', state.code),
      name: requireName('name', state.name),
      description: optionalText('description', state.description),
      currency: requireCurrency('currency', state.currency),
      status: requireOneOf('status', state.status, PROJECT_STATUSES),
      startDate: requireDateInRange('startDate', state.startDate),
      endDate: requireDateInRange('endDate', state.endDate),
    };
    requireOrderedDates('startDate', valid.startDate, 'endDate', valid.endDate);
    return valid;
  },
  fields: [
    { name: 'code', column: 'code', type: 'text' },
    { name: 'name', column: 'name', type: 'text' },
    { name: 'description', column: 'description', type: 'text', nullable: true },
    { name: 'currency', column: 'currency', type: 'text' },
    { name: 'status', column: 'status', type: 'text' },
    { name: 'startDate', column: 'start_date', type: 'date' },
    { name: 'endDate', column: 'end_date', type: 'date' },
  ],
};

export const WbeKind: DomainKind<WbeState> = {
  type: 'WBE',
  nodeIdCode: 2,
  table: WbeVersion.meta.tableName,
  entity: WbeVersion,
  scope: 'PLAN',
  label: 'WBE',
  parentField: 'parentId',
  parentKind: 'WBE',
  uniqueField: 'code',
  onParentDelete: 'cascade',
  validate: (state) => ({
    code: requireCode('code', state.code),
    name: requireName('name', state.name),
    description: optionalText('description', state.description),
    parentId: state.parentId,
  }),
  fields: [
    { name: 'code', column: 'code', type: 'text' },
    { name: 'name', column: 'name', type: 'text' },
    { name: 'description', column: 'description', type: 'text', nullable: true },
    { name: 'parentId', column: 'parent_id', type: 'uuid', nullable: true },
  ],
};

export const CostElementKind: DomainKind<CostElementState> = {
  type: 'CostElement',
  nodeIdCode: 3,
  table: CostElementVersion.meta.tableName,
  entity: CostElementVersion,
  scope: 'PLAN',
  label: 'cost element',
  parentField: 'wbeId',
  parentKind: 'WBE',
  uniqueField: 'code',
  onParentDelete: 'cascade',
  defaults: { costType: 'OTHER' },
  validate: (state) => {
    const valid: CostElementState = {
      wbeId: requireReference('wbeId', state.wbeId),
      code: requireCode('code', state.code),
      name: requireName('name', state.name),
      costType: requireOneOf('costType', state.costType, COST_TYPES),
      budget: requireMoney('budget', state.budget, { min: 0 }),
      plannedStart: requireDateInRange('plannedStart', state.plannedStart),
      plannedEnd: requireDateInRange('plannedEnd', state.plannedEnd),
    };
    requireOrderedDates('plannedStart', valid.plannedStart, 'plannedEnd', valid.plannedEnd);
    return valid;
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

export const CostRegistrationKind: DomainKind<CostRegistrationState> = {
  type: 'CostRegistration',
  nodeIdCode: 4,
  table: CostRegistrationVersion.meta.tableName,
  entity: CostRegistrationVersion,
  scope: 'ACTUALS',
  label: 'cost registration',
  parentField: 'costElementId',
  parentKind: 'CostElement',
  onParentDelete: 'cascade',
  createMessage: (state) => `Register cost ${state.amount}`,
  validate: (state) => ({
    costElementId: requireReference('costElementId', state.costElementId),
    amount: requireMoney('amount', state.amount),
    incurredOn: requireDateInRange('incurredOn', state.incurredOn),
    description: optionalText('description', state.description),
  }),
  fields: [
    { name: 'costElementId', column: 'cost_element_id', type: 'uuid' },
    { name: 'amount', column: 'amount', type: 'decimal' },
    { name: 'incurredOn', column: 'incurred_on', type: 'date' },
    { name: 'description', column: 'description', type: 'text', nullable: true },
  ],
};

export const ProgressEntryKind: DomainKind<ProgressEntryState> = {
  type: 'ProgressEntry',
  nodeIdCode: 5,
  table: ProgressEntryVersion.meta.tableName,
  entity: ProgressEntryVersion,
  scope: 'ACTUALS',
  label: 'progress entry',
  parentField: 'costElementId',
  parentKind: 'CostElement',
  onParentDelete: 'cascade',
  createMessage: (state) => `Record progress ${state.percentComplete}%`,
  validate: (state) => ({
    costElementId: requireReference('costElementId', state.costElementId),
    percentComplete: requirePercent('percentComplete', state.percentComplete),
    measuredOn: requireDateInRange('measuredOn', state.measuredOn),
  }),
  fields: [
    { name: 'costElementId', column: 'cost_element_id', type: 'uuid' },
    { name: 'percentComplete', column: 'percent_complete', type: 'float' },
    { name: 'measuredOn', column: 'measured_on', type: 'date' },
  ],
};

/** Every versioned kind, parents before children (the order diffs and merges apply them in). */
export const ALL_KINDS: readonly DomainKind[] = [
  eraseState(ProjectKind),
  eraseState(WbeKind),
  eraseState(CostElementKind),
  eraseState(CostRegistrationKind),
  eraseState(ProgressEntryKind),
];

/** Views a kind through its generic shape, for code that treats every kind alike (diff, merge). */
function eraseState<S extends EntityState>(kind: DomainKind<S>): DomainKind {
  // Sound: a kind only reads and writes states through its own field list.
  return kind as unknown as DomainKind;
}

export function kindOf(type: EntityTypeName): DomainKind {
  const kind = ALL_KINDS.find((k) => k.type === type);
  if (kind === undefined) throw new TypeError(`unknown entity type ${type}`);
  return kind;
}
