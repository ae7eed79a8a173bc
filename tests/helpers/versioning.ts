/**
 * Shared setup for the versioning tests: actors, row counts, error checks, and a bulk
 * builder that writes a large project tree in one commit through the engine's write path.
 */
import { expect } from 'vitest';
import type { Actor, Role } from '../../src/auth/roles.js';
import type { Sql } from '../../src/db/sql.js';
import { createProject } from '../../src/domain/project/project.service.js';
import {
  CostElementKind,
  CostRegistrationKind,
  ProgressEntryKind,
  WbeKind,
  type CostElementState,
  type CostRegistrationState,
  type ProgressEntryState,
  type WbeState,
} from '../../src/domain/kinds.js';
import { insertEntities, writeVersions } from '../../src/versioning/commit-writer.js';
import { commitTo } from '../../src/versioning/entity-writes.js';
import { newId } from '../../src/versioning/ids.js';
import type { GraphQLResponse, TestApp } from './test-app.js';

/** Every table whose rows are history, and the version tables among them. */
export const VERSION_TABLES = [
  'project_version',
  'wbe_version',
  'cost_element_version',
  'cost_registration_version',
  'progress_entry_version',
] as const;

export function actorOf(t: TestApp, role: Role): Actor {
  return { id: t.users[role].id, role };
}

/** Rows of a project-scoped table (project_id column), or of the whole table. */
export async function countRows(sql: Sql, table: string, projectId?: string): Promise<number> {
  const rows =
    projectId === undefined
      ? await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)
      : await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE project_id = $1`, [projectId]);
  return Number(rows[0]?.n ?? 0);
}

export function commitCount(sql: Sql, projectId?: string): Promise<number> {
  return countRows(sql, 'project_commit', projectId);
}

/** Asserts that a response failed with `code`; with `field`, that the error names that field. */
export function expectError<T>(result: GraphQLResponse<T>, code: string, field?: string): void {
  const error = result.errors?.[0];
  expect(error, `expected ${code}, got data ${JSON.stringify(result.data)}`).toBeDefined();
  if (error === undefined) return;
  expect(error.extensions?.code, error.message).toBe(code);
  if (field !== undefined) {
    const named = error.extensions?.['field'] === field || new RegExp(`\\b${field}\\b`).test(error.message);
    expect(named, `error should name ${field}: ${error.message} ${JSON.stringify(error.extensions)}`).toBe(true);
  }
}

/** The data of a response that must have succeeded. */
export function ok<T>(result: GraphQLResponse<T>): T {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  if (result.data === null || result.data === undefined) throw new Error('no data');
  return result.data;
}

/** An ISO instant `ms` milliseconds after (or, negative, before) another one. */
export function shift(iso: string, ms: number): string {
  return new Date(new Date(iso).getTime() + ms).toISOString();
}

let projectCounter = 0;

/** A fresh project on main, created through the domain service (one CREATE commit). */
export async function seedProject(
  sql: Sql,
  actor: Actor,
  code?: string,
): Promise<{ id: string; code: string; validFrom: Date }> {
  projectCounter += 1;
  const projectCode = code ?? `P-${process.pid}-${projectCounter}-${newId().slice(-6)}`;
  const project = await createProject(
    sql,
    actor,
    { code: projectCode, name: `Project ${projectCode}`, startDate: '2026-01-01', endDate: '2026-12-31' },
    null,
  );
  return { id: project.id, code: projectCode, validFrom: project.validFrom };
}

export interface BulkTreeOptions {
  projectId: string;
  branch?: string;
  /** Top-level WBEs. */
  topWbes: number;
  /** Child WBEs under each top-level WBE. */
  childWbes: number;
  /** Cost elements under each WBE (top-level and child alike). */
  elementsPerWbe: number;
  /** Every n-th cost element gets a cost registration and a progress entry (0: none). */
  actualsEvery: number;
  /** Code prefix, so that several trees can live in one project. */
  prefix?: string;
}

export interface BulkTree {
  commitId: string;
  wbeIds: string[];
  elementIds: string[];
  costIds: string[];
  progressIds: string[];
  /** Budget of every cost element, "10.01", "10.02", ... */
  budgets: string[];
}

/**
 * Writes a whole tree in ONE commit through the engine's own write path (identities, then
 * version rows per kind, each one statement), so a 1,000-node tree takes a few statements.
 */
export async function bulkTree(sql: Sql, actor: Actor, options: BulkTreeOptions): Promise<BulkTree> {
  const prefix = options.prefix ?? 'B';
  const wbes: { id: string; state: WbeState }[] = [];
  for (let i = 0; i < options.topWbes; i += 1) {
    const top = { id: newId(), state: { code: `${prefix}W${i}`, name: `WBE ${i}`, description: null, parentId: null } };
    wbes.push(top);
    for (let j = 0; j < options.childWbes; j += 1) {
      wbes.push({
        id: newId(),
        state: { code: `${prefix}W${i}.${j}`, name: `WBE ${i}.${j}`, description: null, parentId: top.id },
      });
    }
  }
  const elements: { id: string; state: CostElementState }[] = [];
  const costs: { id: string; state: CostRegistrationState }[] = [];
  const progress: { id: string; state: ProgressEntryState }[] = [];
  for (const wbe of wbes) {
    for (let k = 0; k < options.elementsPerWbe; k += 1) {
      const n = elements.length;
      const id = newId();
      elements.push({
        id,
        state: {
          wbeId: wbe.id,
          code: `${prefix}CE${n}`,
          name: `Element ${n}`,
          costType: 'LABOR',
          budget: `${10 + Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`,
          plannedStart: '2026-01-01',
          plannedEnd: '2026-06-30',
        },
      });
      if (options.actualsEvery > 0 && n % options.actualsEvery === 0) {
        costs.push({
          id: newId(),
          state: { costElementId: id, amount: '1.25', incurredOn: '2026-02-01', description: null },
        });
        progress.push({ id: newId(), state: { costElementId: id, percentComplete: 40, measuredOn: '2026-02-01' } });
      }
    }
  }
  return commitTo(
    sql,
    {
      projectId: options.projectId,
      branch: options.branch ?? 'main',
      authorId: actor.id,
      kind: 'EDIT',
      scope: 'PLAN',
      message: 'bulk tree',
    },
    async (c) => {
      const rows = <S extends Record<string, unknown>>(list: { id: string; state: S }[]) =>
        list.map((x) => ({ entityId: x.id, version: 1, deleted: false, state: x.state }));
      await insertEntities(
        c,
        'WBE',
        wbes.map((w) => w.id),
      );
      await writeVersions(c, WbeKind, rows(wbes));
      await insertEntities(
        c,
        'CostElement',
        elements.map((e) => e.id),
      );
      await writeVersions(c, CostElementKind, rows(elements));
      await insertEntities(
        c,
        'CostRegistration',
        costs.map((x) => x.id),
      );
      await writeVersions(c, CostRegistrationKind, rows(costs));
      await insertEntities(
        c,
        'ProgressEntry',
        progress.map((x) => x.id),
      );
      await writeVersions(c, ProgressEntryKind, rows(progress));
      return {
        commitId: c.commit.id,
        wbeIds: wbes.map((w) => w.id),
        elementIds: elements.map((e) => e.id),
        costIds: costs.map((x) => x.id),
        progressIds: progress.map((x) => x.id),
        budgets: elements.map((e) => e.state.budget),
      };
    },
  );
}
