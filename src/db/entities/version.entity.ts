import { defineEntity, p } from '@mikro-orm/core';
import { Commit } from './commit.entity.js';
import { Node } from './node.entity.js';

/*
 * The typed version tables: one row per state of a node on a branch, append-only (the
 * database's triggers refuse updates and deletes, so the ORM reads them only). Every table
 * starts with the same columns, keys and checks.
 */

/** The columns every version table starts with; a kind's entity spreads them before its own. */
export function versionColumns() {
  return {
    entity: p.manyToOne(Node).primary().fieldName('entity_id'),
    projectId: p.uuid(),
    branch: p.text().primary(),
    seq: p.integer().primary(),
    commit: p.manyToOne(Commit).fieldName('commit_id'),
    version: p.integer(),
    committedAt: p.datetime(3),
    deleted: p.boolean().default(false),
  };
}

export interface Check {
  name: string;
  expression: string;
}
interface Index<K extends string> {
  name: string;
  properties: K[];
}

/** The keys, indexes and checks every version table has, plus its own. */
export function versionConstraints<K extends string>(
  table: string,
  indexes: Index<K | 'projectId' | 'branch' | 'seq'>[],
  checks: Check[] = [],
) {
  const uniqueVersion: ('entity' | 'branch' | 'version')[] = ['entity', 'branch', 'version'];
  const branchSeq: ('projectId' | 'branch' | 'seq')[] = ['projectId', 'branch', 'seq'];
  return {
    uniques: [{ properties: uniqueVersion }],
    // Diff and merge read the versions above a sequence number on one branch.
    indexes: [{ name: `${table}_branch_seq_idx`, properties: branchSeq }, ...indexes],
    checks: [
      { name: `${table}_seq_check`, expression: 'seq > 0' },
      { name: `${table}_version_check`, expression: 'version > 0' },
      ...checks,
    ],
  };
}

/**
 * The check that a float column lies in [min, max], for a kind's entity; its migration writes
 * the same expression. Compared as numeric: MikroORM 7.2.1 reads a stored `(0)::double
 * precision` back as `0 precision`, so a plain comparison would always look changed to the
 * schema comparison (progress_entry_version's check, from the first migration, still does).
 */
export function floatRangeCheck(table: string, column: string, min: number, max: number): Check {
  return {
    name: `${table}_${column}_check`,
    expression: `${column}::numeric >= ${min} and ${column}::numeric <= ${max}`,
  };
}

/** Money columns: numeric(16, 2), read and written as decimal strings. */
export const money = () => p.decimal().precision(16).scale(2);

export const ProjectVersion = defineEntity({
  name: 'ProjectVersion',
  tableName: 'project_version',
  readonly: true,
  properties: {
    ...versionColumns(),
    code: p.text(),
    name: p.text(),
    description: p.text().nullable(),
    currency: p.character().length(3),
    status: p.text(),
    startDate: p.date(),
    endDate: p.date(),
  },
  ...versionConstraints(
    'project_version',
    [{ name: 'project_version_code_idx', properties: ['code'] }],
    [
      { name: 'project_version_status_check', expression: "status in ('PLANNED', 'ACTIVE', 'ON_HOLD', 'CLOSED')" },
      { name: 'project_version_check', expression: 'end_date >= start_date' },
    ],
  ),
});

export const WbeVersion = defineEntity({
  name: 'WbeVersion',
  tableName: 'wbe_version',
  readonly: true,
  properties: {
    ...versionColumns(),
    code: p.text(),
    name: p.text(),
    description: p.text().nullable(),
    parent: p.manyToOne(Node).fieldName('parent_id').nullable().deleteRule('no action'),
  },
  ...versionConstraints('wbe_version', [
    { name: 'wbe_version_parent_idx', properties: ['projectId', 'parent'] },
    { name: 'wbe_version_code_idx', properties: ['projectId', 'code'] },
  ]),
});

export const CostElementVersion = defineEntity({
  name: 'CostElementVersion',
  tableName: 'cost_element_version',
  readonly: true,
  properties: {
    ...versionColumns(),
    wbe: p.manyToOne(Node).fieldName('wbe_id'),
    code: p.text(),
    name: p.text(),
    costType: p.text(),
    budget: money(),
    plannedStart: p.date(),
    plannedEnd: p.date(),
  },
  ...versionConstraints(
    'cost_element_version',
    [
      { name: 'cost_element_version_wbe_idx', properties: ['projectId', 'wbe'] },
      { name: 'cost_element_version_code_idx', properties: ['projectId', 'code'] },
      // The planned span walks these from the boundary (migration 20261204130000).
      { name: 'cost_element_version_planned_start_idx', properties: ['projectId', 'branch', 'plannedStart'] },
      { name: 'cost_element_version_planned_end_idx', properties: ['projectId', 'branch', 'plannedEnd'] },
    ],
    [
      {
        name: 'cost_element_version_cost_type_check',
        expression: "cost_type in ('LABOR', 'MATERIAL', 'EQUIPMENT', 'SUBCONTRACT', 'OTHER')",
      },
      { name: 'cost_element_version_budget_check', expression: 'budget >= 0' },
      { name: 'cost_element_version_check', expression: 'planned_end >= planned_start' },
    ],
  ),
});

export const CostRegistrationVersion = defineEntity({
  name: 'CostRegistrationVersion',
  tableName: 'cost_registration_version',
  readonly: true,
  properties: {
    ...versionColumns(),
    costElement: p.manyToOne(Node).fieldName('cost_element_id'),
    amount: money(),
    incurredOn: p.date(),
    description: p.text().nullable(),
  },
  ...versionConstraints('cost_registration_version', [
    { name: 'cost_registration_version_ce_idx', properties: ['projectId', 'costElement'] },
  ]),
});

export const ProgressEntryVersion = defineEntity({
  name: 'ProgressEntryVersion',
  tableName: 'progress_entry_version',
  readonly: true,
  properties: {
    ...versionColumns(),
    costElement: p.manyToOne(Node).fieldName('cost_element_id'),
    percentComplete: p.double(),
    measuredOn: p.date(),
  },
  ...versionConstraints(
    'progress_entry_version',
    [{ name: 'progress_entry_version_ce_idx', properties: ['projectId', 'costElement'] }],
    [
      {
        name: 'progress_entry_version_percent_complete_check',
        expression: 'percent_complete >= (0)::double precision and percent_complete <= (100)::double precision',
      },
    ],
  ),
});
