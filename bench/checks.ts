import type { QueryFn } from './floor.js';

/**
 * Invariants of the generated workload, checked in SQL after loading, so the benchmark never
 * measures data that a real project could not have. Each query counts violations.
 */
const CHECKS: readonly { name: string; sql: string }[] = [
  {
    name: 'commit times strictly increase per branch',
    sql: `SELECT count(*) AS n FROM (SELECT committed_at <= lag(committed_at) OVER (PARTITION BY project_id, branch ORDER BY seq) AS bad
          FROM project_commit) x WHERE bad`,
  },
  { name: 'commits lie in the past', sql: `SELECT count(*) AS n FROM project_commit WHERE committed_at >= now()` },
  {
    name: 'costs incurred on or before the day they were registered',
    sql: `SELECT count(*) AS n FROM cost_registration_version WHERE NOT deleted AND incurred_on > (committed_at AT TIME ZONE 'UTC')::date`,
  },
  {
    name: 'progress measured on or before the day it was recorded',
    sql: `SELECT count(*) AS n FROM progress_entry_version WHERE NOT deleted AND measured_on > (committed_at AT TIME ZONE 'UTC')::date`,
  },
  {
    name: 'progress never decreases per cost element',
    sql: `SELECT count(*) AS n FROM (SELECT percent_complete < lag(percent_complete) OVER (PARTITION BY cost_element_id ORDER BY measured_on, seq) AS bad
          FROM progress_entry_version WHERE NOT deleted AND branch = 'main') x WHERE bad`,
  },
  { name: 'budgets are not negative', sql: `SELECT count(*) AS n FROM cost_element_version WHERE budget < 0` },
  {
    name: 'cost elements planned within the project schedule',
    sql: `SELECT count(*) AS n FROM cost_element_version c JOIN LATERAL (
            SELECT min(start_date) AS s, max(end_date) AS e FROM project_version p WHERE p.project_id = c.project_id) p ON true
          WHERE c.planned_start < p.s OR c.planned_end > p.e`,
  },
];

export interface WorkloadCheck {
  name: string;
  violations: number;
}

export async function checkWorkload(query: QueryFn): Promise<WorkloadCheck[]> {
  const results: WorkloadCheck[] = [];
  for (const check of CHECKS) {
    const [row] = await query(check.sql, []);
    results.push({ name: check.name, violations: Number(row?.['n'] ?? Number.NaN) });
  }
  return results;
}
