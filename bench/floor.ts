import type { TreeCost, TreeElement, TreeProgress, TreeProject, TreeWbe } from './tree.js';

/**
 * The SQL floor: the fastest hand-written way to read the same tree at the same read point,
 * with no API in between. One statement resolves the lineage; then, per kind, one backward
 * index probe per entity on (entity_id, branch, seq) against the root branch, and a scan of
 * the few versions of each branch above it on (project_id, branch, seq); flat rows,
 * assembled and rolled up in JavaScript. Two ways to send the second part are timed:
 * one statement for all kinds, or one statement per kind in parallel on a pool.
 */

export type Row = Record<string, unknown>;
export type QueryFn = (text: string, params: readonly unknown[]) => Promise<Row[]>;
export type FloorVariant = 'one-statement' | 'parallel-per-kind';

interface Step {
  branch: string;
  maxSeq: number;
}

const LINEAGE = `
WITH RECURSIVE lin(branch, max_seq, depth) AS (
  SELECT b.name, (SELECT max(c.seq) FROM project_commit c
                  WHERE c.project_id = $1 AND c.branch = b.name AND c.committed_at <= $3::timestamptz), 0
  FROM branch b WHERE b.project_id = $1 AND b.name = $2
  UNION ALL
  SELECT bb.parent_branch, LEAST(bb.parent_seq, (SELECT max(c.seq) FROM project_commit c
         WHERE c.project_id = $1 AND c.branch = bb.parent_branch AND c.committed_at <= $3::timestamptz)), lin.depth + 1
  FROM lin CROSS JOIN LATERAL (
    SELECT x.parent_branch, x.parent_seq FROM branch_base x
    WHERE x.project_id = $1 AND x.branch = lin.branch AND x.from_seq <= lin.max_seq
    ORDER BY x.from_seq DESC LIMIT 1) bb
)
SELECT branch, max_seq FROM lin ORDER BY depth`;

type Letter = 'P' | 'W' | 'C' | 'R' | 'G';

interface KindSql {
  letter: Letter;
  table: string;
  entityType: string;
  /** parent, code, name, money, d1, d2, pct: one flat row shape for every kind. */
  columns: string;
}

const KINDS: readonly KindSql[] = [
  {
    letter: 'P',
    table: 'project_version',
    entityType: 'Project',
    columns: 'NULL::uuid, v.code, v.name, NULL::text, NULL::text, NULL::text, NULL::float8',
  },
  {
    letter: 'W',
    table: 'wbe_version',
    entityType: 'WBE',
    columns: 'v.parent_id, v.code, v.name, NULL::text, NULL::text, NULL::text, NULL::float8',
  },
  {
    letter: 'C',
    table: 'cost_element_version',
    entityType: 'CostElement',
    columns: 'v.wbe_id, v.code, v.name, v.budget::text, v.planned_start::text, v.planned_end::text, NULL::float8',
  },
  {
    letter: 'R',
    table: 'cost_registration_version',
    entityType: 'CostRegistration',
    columns: 'v.cost_element_id, NULL::text, NULL::text, v.amount::text, v.incurred_on::text, NULL::text, NULL::float8',
  },
  {
    letter: 'G',
    table: 'progress_entry_version',
    entityType: 'ProgressEntry',
    columns:
      'v.cost_element_id, NULL::text, NULL::text, NULL::text, v.measured_on::text, NULL::text, v.percent_complete',
  },
];

const NAMES = 'k, id, version, seq, commit_id, deleted, depth, parent, code, name, money, d1, d2, pct';

/** Root step: one backward probe per entity of the kind. Own steps: the branch's versions, latest per entity. */
function kindSql(kind: KindSql, lineage: readonly Step[]): string {
  const head = (depth: number) =>
    `'${kind.letter}', v.entity_id, v.version, v.seq, v.commit_id, v.deleted, ${depth}, ${kind.columns}`;
  const rootDepth = lineage.length - 1;
  const rootParam = 2 + rootDepth * 2;
  const parts = [
    `SELECT ${head(rootDepth)} FROM entity e CROSS JOIN LATERAL (
       SELECT * FROM ${kind.table} v WHERE v.entity_id = e.id AND v.branch = $${rootParam} AND v.seq <= $${rootParam + 1}
       ORDER BY v.seq DESC LIMIT 1) v
     WHERE e.project_id = $1 AND e.entity_type = '${kind.entityType}'`,
  ];
  for (let depth = 0; depth < rootDepth; depth += 1) {
    const b = 2 + depth * 2;
    parts.push(`(SELECT DISTINCT ON (v.entity_id) ${head(depth)} FROM ${kind.table} v
       WHERE v.project_id = $1 AND v.branch = $${b} AND v.seq <= $${b + 1} ORDER BY v.entity_id, v.seq DESC)`);
  }
  return parts.join('\nUNION ALL\n');
}

export class SqlFloor {
  constructor(private readonly query: QueryFn) {}

  async read(projectId: string, branch: string, asOf: Date, variant: FloorVariant): Promise<TreeProject | null> {
    const steps = await this.query(LINEAGE, [projectId, branch, asOf]);
    const lineage: Step[] = [];
    for (const s of steps) {
      if (s['max_seq'] === null) return null;
      lineage.push({ branch: String(s['branch']), maxSeq: Number(s['max_seq']) });
    }
    if (lineage.length === 0) return null;
    const params = [projectId, ...lineage.flatMap((s) => [s.branch, s.maxSeq])];
    const rows =
      variant === 'one-statement'
        ? await this.query(
            `SELECT ${NAMES} FROM (${KINDS.map((k) => kindSql(k, lineage)).join('\nUNION ALL\n')}) t(${NAMES})`,
            params,
          )
        : (
            await Promise.all(
              KINDS.map((k) => this.query(`SELECT ${NAMES} FROM (${kindSql(k, lineage)}) t(${NAMES})`, params)),
            )
          ).flat();
    return assemble(rows);
  }
}

/** Nearest lineage step wins per entity; tombstones drop out; the tree is built and rolled up. */
function assemble(rows: readonly Row[]): TreeProject | null {
  const nearest = new Map<string, Row>();
  for (const row of rows) {
    const id = String(row['id']);
    const seen = nearest.get(id);
    if (seen === undefined || Number(row['depth']) < Number(seen['depth'])) nearest.set(id, row);
  }
  let project: Row | null = null;
  const wbes: Row[] = [];
  const elementsOf = new Map<string, Row[]>();
  const costsOf = new Map<string, TreeCost[]>();
  const progressOf = new Map<string, { entry: TreeProgress; seq: number }[]>();
  for (const row of nearest.values()) {
    if (row['deleted'] === true) continue;
    const parent = String(row['parent']);
    switch (row['k']) {
      case 'P':
        project = row;
        break;
      case 'W':
        wbes.push(row);
        break;
      case 'C':
        push(elementsOf, parent, row);
        break;
      case 'R':
        push(costsOf, parent, {
          id: String(row['id']),
          amount: String(row['money']),
          incurredOn: String(row['d1']),
          commitId: String(row['commit_id']),
        });
        break;
      case 'G':
        push(progressOf, parent, {
          entry: {
            id: String(row['id']),
            percentComplete: Number(row['pct']),
            measuredOn: String(row['d1']),
            commitId: String(row['commit_id']),
          },
          seq: Number(row['seq']),
        });
        break;
    }
  }
  if (project === null) return null;
  const live = new Set(wbes.map((w) => String(w['id'])));
  const own = new Map<string, number>();
  const treeWbes: TreeWbe[] = wbes
    .sort((a, b) => String(a['code']).localeCompare(String(b['code'])))
    .map((w) => {
      const id = String(w['id']);
      const elements: TreeElement[] = (elementsOf.get(id) ?? [])
        .sort((a, b) => String(a['code']).localeCompare(String(b['code'])))
        .map((e) => {
          const elementId = String(e['id']);
          return {
            id: elementId,
            code: String(e['code']),
            name: String(e['name']),
            version: Number(e['version']),
            commitId: String(e['commit_id']),
            budget: String(e['money']),
            plannedStart: String(e['d1']),
            plannedEnd: String(e['d2']),
            costs: (costsOf.get(elementId) ?? []).sort((a, b) => a.incurredOn.localeCompare(b.incurredOn)),
            progress: (progressOf.get(elementId) ?? [])
              .sort((a, b) => a.entry.measuredOn.localeCompare(b.entry.measuredOn) || a.seq - b.seq)
              .map((p) => p.entry),
          };
        });
      own.set(
        id,
        elements.reduce((sum, e) => sum + cents(e.budget), 0),
      );
      return {
        id,
        code: String(w['code']),
        name: String(w['name']),
        version: Number(w['version']),
        commitId: String(w['commit_id']),
        budget: '',
        elements,
      };
    });
  // Subtree sums: a WBE whose parent is not live is top-level, as in the API's roll-up.
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const w of wbes) {
    const parent = w['parent'] === null ? null : String(w['parent']);
    if (parent !== null && live.has(parent)) push(children, parent, String(w['id']));
    else roots.push(String(w['id']));
  }
  const total = new Map<string, number>();
  const subtree = (id: string): number => {
    const sum = (children.get(id) ?? []).reduce((s, child) => s + subtree(child), own.get(id) ?? 0);
    total.set(id, sum);
    return sum;
  };
  const projectBudget = roots.reduce((s, id) => s + subtree(id), 0);
  for (const w of treeWbes) w.budget = formatCents(total.get(w.id) ?? 0);
  return {
    id: String(project['id']),
    version: Number(project['version']),
    commitId: String(project['commit_id']),
    budget: formatCents(projectBudget),
    wbes: treeWbes,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Budgets are non-negative with two decimals: exact in integer cents up to 2^53. */
function cents(amount: string): number {
  const [whole = '0', fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

function formatCents(value: number): string {
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}
