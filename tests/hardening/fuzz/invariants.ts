import type { Sql } from '../../../src/db/sql.js';
import { ALL_KINDS } from '../../../src/domain/kinds.js';
import { requireName } from '../../../src/domain/validation.js';
import { belowThemselves } from '../../../src/versioning/integrity.js';
import { requireRef } from '../../../src/versioning/read-point.js';
import { loadAt } from '../../../src/versioning/store.js';
import type { EntityState } from '../../../src/versioning/types.js';

/** Tables whose rows are history: a row once written never changes. */
const HISTORY_TABLES = [
  'user_version',
  'project_commit',
  'branch_base',
  'entity',
  'project_version',
  'wbe_version',
  'cost_element_version',
  'cost_registration_version',
  'progress_entry_version',
];

/** Digests of every history row, by table. */
export async function historyDigests(sql: Sql): Promise<Map<string, Set<string>>> {
  const digests = new Map<string, Set<string>>();
  for (const table of HISTORY_TABLES) {
    const rows = await sql.query<{ d: string }>(`SELECT md5(x::text) AS d FROM ${table} x`);
    digests.set(table, new Set(rows.map((r) => r.d)));
  }
  return digests;
}

/** History rows of `before` that are gone or different now. */
export async function changedHistory(sql: Sql, before: Map<string, Set<string>>): Promise<string[]> {
  const now = await historyDigests(sql);
  const problems: string[] = [];
  for (const [table, digests] of before) {
    const current = now.get(table) ?? new Set<string>();
    const missing = [...digests].filter((d) => !current.has(d)).length;
    if (missing > 0) problems.push(`${table}: ${missing} history row(s) changed or deleted`);
  }
  return problems;
}

async function entityProblems(sql: Sql): Promise<string[]> {
  const problems: string[] = [];
  const branches = await sql.query<{ project_id: string; name: string }>('SELECT project_id, name FROM branch');
  for (const branch of branches) {
    const where = `project ${branch.project_id} branch ${branch.name}`;
    const point = await requireRef(sql, branch.project_id, { branch: branch.name });
    if (point === null) continue;
    const live = new Map<string, Set<string>>();
    const states = new Map<string, { kind: (typeof ALL_KINDS)[number]; id: string; state: EntityState }[]>();
    for (const kind of ALL_KINDS) {
      const versions = await loadAt(sql, kind, point, { by: 'project' });
      live.set(kind.type, new Set(versions.map((v) => v.id)));
      states.set(
        kind.type,
        versions.map((v) => ({ kind, id: v.id, state: v.state })),
      );
    }
    for (const [type, entities] of states) {
      const codes = new Map<string, string>();
      for (const { kind, id, state } of entities) {
        try {
          kind.validate?.(state);
        } catch (error) {
          problems.push(`${where}: ${type} ${id} fails its validation: ${(error as Error).message}`);
        }
        if (kind.uniqueField !== undefined) {
          const value = String(state[kind.uniqueField]);
          const holder = codes.get(value);
          if (holder !== undefined)
            problems.push(`${where}: ${type} ${id} and ${holder} share ${kind.uniqueField} "${value}"`);
          codes.set(value, id);
        }
        if (kind.parentField !== null && kind.parentKind !== undefined) {
          const parent = state[kind.parentField];
          const optional = kind.parentKind === type;
          if (!(parent === null && optional) && !live.get(kind.parentKind)?.has(String(parent))) {
            problems.push(
              `${where}: ${type} ${id} hangs under ${kind.parentKind} ${String(parent)}, which is not live`,
            );
          }
        }
      }
    }
    const parentOf = new Map<string, string | null>(
      (states.get('WBE') ?? []).map(({ id, state }) => [id, (state['parentId'] as string | null) ?? null]),
    );
    for (const id of belowThemselves(parentOf, [...parentOf.keys()]))
      problems.push(`${where}: WBE ${id} is below itself`);
  }
  return problems;
}

async function bookkeepingProblems(sql: Sql): Promise<string[]> {
  const checks: [string, string][] = [
    [
      'a branch whose head is not its latest commit',
      `SELECT b.project_id, b.name FROM branch b LEFT JOIN project_commit c ON c.id = b.head_commit_id
       WHERE c.id IS NULL OR c.project_id <> b.project_id OR c.branch <> b.name OR c.seq <> b.head_seq
          OR b.head_seq <> (SELECT max(seq) FROM project_commit x WHERE x.project_id = b.project_id AND x.branch = b.name)`,
    ],
    [
      'a commit with a parent that does not exist',
      `SELECT c.id FROM project_commit c CROSS JOIN LATERAL unnest(c.parent_ids) AS p(id)
       WHERE NOT EXISTS (SELECT 1 FROM project_commit x WHERE x.id = p.id)`,
    ],
    [
      'two commits at one position of a branch',
      'SELECT project_id, branch, seq FROM project_commit GROUP BY 1, 2, 3 HAVING count(*) > 1',
    ],
    [
      'a change order without its branch',
      `SELECT o.id FROM change_order o WHERE NOT EXISTS (SELECT 1 FROM branch b WHERE b.project_id = o.project_id AND b.name = o.branch)`,
    ],
    [
      'a user without a first profile version',
      'SELECT u.id FROM app_user u WHERE NOT EXISTS (SELECT 1 FROM user_version v WHERE v.user_id = u.id AND v.version = 1)',
    ],
    ['two users with one email', 'SELECT lower(email) FROM app_user GROUP BY 1 HAVING count(*) > 1'],
  ];
  const problems: string[] = [];
  for (const [name, query] of checks) {
    const rows = await sql.query(query);
    if (rows.length > 0) problems.push(`${name}: ${JSON.stringify(rows.slice(0, 3))}`);
  }
  for (const row of await sql.query<{ user_id: string; full_name: string }>(
    'SELECT user_id, full_name FROM user_version',
  )) {
    try {
      requireName('fullName', row.full_name);
    } catch (error) {
      problems.push(`user ${row.user_id}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** Text columns holding a control character that the input check refuses. */
async function controlCharacterProblems(sql: Sql): Promise<string[]> {
  const columns = await sql.query<{ table_name: string; column_name: string }>(
    `SELECT table_name, column_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND data_type = 'text' AND table_name NOT IN ('schema_migration')`,
  );
  const problems: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} ~ $1`, [
      '[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]',
    ]);
    if (Number(row?.n) > 0) problems.push(`${table}.${column}: ${row?.n} value(s) with control characters`);
  }
  return problems;
}

/** Everything that must hold of the data, whatever requests came before. */
export async function dataProblems(sql: Sql): Promise<string[]> {
  return [
    ...(await entityProblems(sql)),
    ...(await bookkeepingProblems(sql)),
    ...(await controlCharacterProblems(sql)),
  ];
}
