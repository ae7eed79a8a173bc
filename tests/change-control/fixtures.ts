/**
 * Shared setup of the change-control suite: a small project written through the API,
 * row counts that prove "nothing was written", and readers of diffs and merge results.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import {
  CcCreateBranchDocument,
  CcCreateCostElementDocument,
  CcCreateProjectDocument,
  CcCreateWbeDocument,
  CcProjectTreeDocument,
  type CcChangeFragment,
  type CostElementCreateInput,
} from '../graphql/generated/graphql.js';
import type { GraphQLResponse, TestApp } from '../helpers/test-app.js';

export const VERSION_TABLES = [
  'project_version',
  'wbe_version',
  'cost_element_version',
  'cost_registration_version',
  'progress_entry_version',
] as const;

/** Codes are unique per project; a random suffix keeps projects of one database apart. */
export function uniqueCode(prefix: string): string {
  return `${prefix}-${randomBytes(3).toString('hex')}`.toUpperCase();
}

export interface BaseProject {
  projectId: string;
  /** WBE "Site" (code W1) and WBE "Building" (code W2). */
  w1: string;
  w2: string;
  /** Cost element CE-1 "Excavation" under W1, 1000.00, LABOR, 2026-01-01 .. 2026-03-31. */
  e1: string;
  /** Cost element CE-2 "Concrete" under W2, 500.00, MATERIAL, 2026-02-01 .. 2026-06-30. */
  e2: string;
}

export const E1_STATE = {
  code: 'CE-1',
  name: 'Excavation',
  costType: 'LABOR',
  budget: '1000.00',
  plannedStart: '2026-01-01',
  plannedEnd: '2026-03-31',
} as const;

export const E2_STATE = {
  code: 'CE-2',
  name: 'Concrete',
  costType: 'MATERIAL',
  budget: '500.00',
  plannedStart: '2026-02-01',
  plannedEnd: '2026-06-30',
} as const;

/** A project with two WBEs and one cost element under each, all on main (five commits). */
export async function seedBase(t: TestApp, label = 'CC'): Promise<BaseProject> {
  const project = await t.run(CcCreateProjectDocument, {
    input: { code: uniqueCode(label), name: `Project ${label}`, startDate: '2026-01-01', endDate: '2026-12-31' },
  });
  const projectId = project.createProject.id;
  const w1 = (await t.run(CcCreateWbeDocument, { projectId, input: { code: 'W1', name: 'Site' } })).createWBE.id;
  const w2 = (await t.run(CcCreateWbeDocument, { projectId, input: { code: 'W2', name: 'Building' } })).createWBE.id;
  const e1 = (await t.run(CcCreateCostElementDocument, { input: { wbeId: w1, ...E1_STATE } })).createCostElement.id;
  const e2 = (await t.run(CcCreateCostElementDocument, { input: { wbeId: w2, ...E2_STATE } })).createCostElement.id;
  return { projectId, w1, w2, e1, e2 };
}

export async function createBranch(
  t: TestApp,
  projectId: string,
  name: string,
): Promise<{ head: string; forkedFrom: string }> {
  const branch = (await t.run(CcCreateBranchDocument, { projectId, name })).createBranch;
  return { head: branch.head.id, forkedFrom: branch.forkedFrom?.id ?? '' };
}

export async function createElement(t: TestApp, input: CostElementCreateInput, branch = 'main'): Promise<string> {
  return (await t.run(CcCreateCostElementDocument, { input, branch })).createCostElement.id;
}

/** Every row of history that a project owns: what "nothing was written" is checked against. */
export interface RowCounts {
  commits: number;
  versions: Record<(typeof VERSION_TABLES)[number], number>;
  entities: number;
  branchBases: number;
}

export async function rowCounts(t: TestApp, projectId: string): Promise<RowCounts> {
  const count = async (table: string) =>
    Number(
      (
        await t.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE project_id = $1`, [projectId])
      )[0]?.n ?? 0,
    );
  const versions = {} as RowCounts['versions'];
  for (const table of VERSION_TABLES) versions[table] = await count(table);
  return {
    commits: await count('project_commit'),
    versions,
    entities: await count('entity'),
    branchBases: await count('branch_base'),
  };
}

export async function headOf(t: TestApp, projectId: string, branch = 'main'): Promise<string> {
  const row = await t.sql.one<{ head_commit_id: string }>(
    'SELECT head_commit_id FROM branch WHERE project_id = $1 AND name = $2',
    [projectId, branch],
  );
  if (row === null) throw new Error(`no branch ${branch}`);
  return String(row.head_commit_id);
}

export async function branchStatus(t: TestApp, projectId: string, branch: string): Promise<string> {
  const row = await t.sql.one<{ status: string }>('SELECT status FROM branch WHERE project_id = $1 AND name = $2', [
    projectId,
    branch,
  ]);
  return String(row?.status);
}

/** The whole tree at a point, as plain values sorted by code (for "reads unchanged" checks). */
export async function readTree(t: TestApp, projectId: string, branch = 'main', asOf?: string) {
  const data = await t.run(CcProjectTreeDocument, { id: projectId, branch, asOf });
  const project = data.project;
  if (project === null || project === undefined) return null;
  return {
    name: project.name,
    budget: project.budget,
    wbes: [...project.allWbes]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((w) => ({
        id: w.id,
        code: w.code,
        name: w.name,
        parentId: w.parent?.id ?? null,
        elements: [...w.costElements]
          .sort((a, b) => a.code.localeCompare(b.code))
          .map((e) => ({
            id: e.id,
            code: e.code,
            name: e.name,
            budget: e.budget,
            costType: e.costType,
            plannedStart: e.plannedStart,
            plannedEnd: e.plannedEnd,
          })),
      })),
  };
}

/** The state of one cost element in a tree read, or undefined when it is not there. */
export function elementIn(tree: Awaited<ReturnType<typeof readTree>>, id: string) {
  for (const w of tree?.wbes ?? []) {
    const e = w.elements.find((x) => x.id === id);
    if (e !== undefined) return { ...e, wbeId: w.id };
  }
  return undefined;
}

/** Asserts that a response failed with `code`, and returns its message. */
export function expectError<T>(result: GraphQLResponse<T>, code: string): string {
  const error = result.errors?.[0];
  expect(error, `expected ${code}, got data ${JSON.stringify(result.data)}`).toBeDefined();
  expect(error?.extensions?.code, error?.message).toBe(code);
  return error?.message ?? '';
}

export function ok<T>(result: GraphQLResponse<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  if (result.data === null || result.data === undefined) throw new Error('no data');
  return result.data;
}

/** A change's fields as { field: [before, after] }, for compact expectations. */
export function fieldMap(change: CcChangeFragment | undefined): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const f of change?.fields ?? []) out[f.field] = [f.before ?? null, f.after ?? null];
  return out;
}

export function changeOf(changes: readonly CcChangeFragment[], entityId: string): CcChangeFragment | undefined {
  const found = changes.filter((c) => c.entityId === entityId);
  expect(found.length, `at most one change per entity (${entityId})`).toBeLessThanOrEqual(1);
  return found[0];
}

/** Entity ids by kind of change, sorted: a compact view of a change list. */
export function summary(changes: readonly CcChangeFragment[]): string[] {
  return changes.map((c) => `${c.kind} ${c.entityType} ${c.entityId}`).sort();
}
