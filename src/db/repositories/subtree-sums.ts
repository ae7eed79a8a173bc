import { sql, type RawBuilder } from 'kysely';
import { visibleStates, type LineageBound, type VersionTable } from './version.repository.js';

/*
 * The statements behind a diff's impact: EVM sums of some WBEs' subtrees (and of a project's
 * live tree) and a project's planned span, summed by the database at one lineage. One
 * statement each, whatever the project's size. The engine passes the four kinds' tables in,
 * so this layer names no kind; the business columns are selected under their API names.
 */

/** The tables a subtree sum reads, as the engine's kinds declare them. */
export interface SumTables {
  wbe: VersionTable & { type: string };
  element: VersionTable & { type: string };
  cost: VersionTable & { type: string };
  progress: VersionTable & { type: string };
}

export interface SubtreeSumsQuery {
  projectId: string;
  lineage: readonly LineageBound[];
  controlDate: string;
  wbeIds: readonly string[];
  /** Also sum the project's live tree, under `projectGroup`. */
  project: boolean;
  projectGroup: string;
}

/** One row of grouped sums: `what` says which figure, k/f the group's key where it has one. */
export interface SubtreeSumRow {
  grp: string;
  what: 'bac' | 'ac' | 'pv' | 'ev';
  k: number | null;
  f: number | null;
  v: string | null;
}

function ofType(projectId: string, type: string): RawBuilder<unknown> {
  return sql`SELECT en.id FROM entity en WHERE en.project_id = ${projectId} AND en.entity_type = ${type}`;
}

export function subtreeSumsStatement(t: SumTables, q: SubtreeSumsQuery): RawBuilder<SubtreeSumRow> {
  const visible = (table: VersionTable, candidates: RawBuilder<unknown>) =>
    visibleStates(table, q.projectId, q.lineage, candidates);
  // The whole project's elements and actuals are found through the entity table, a few
  // subtrees' through the rows that ever pointed at them (as versionsAt's parent reads).
  const elementCandidates = q.project
    ? ofType(q.projectId, t.element.type)
    : sql`SELECT DISTINCT c.entity_id AS id FROM ${sql.table(t.element.table)} c
        WHERE c.project_id = ${q.projectId} AND c.wbe_id IN (SELECT id FROM sub)`;
  const actualCandidates = (table: SumTables['cost']) =>
    q.project
      ? ofType(q.projectId, table.type)
      : sql`SELECT DISTINCT c.entity_id AS id FROM ${sql.table(table.table)} c
          WHERE c.project_id = ${q.projectId} AND c.cost_element_id IN (SELECT entity_id FROM el)`;
  // The control date is bound once (cd.d): the PV group's key must be the same expression in
  // the select list and in GROUP BY, which two bound parameters would not be.
  return sql<SubtreeSumRow>`WITH RECURSIVE
    cd(d) AS (SELECT ${q.controlDate}::date),
    w AS MATERIALIZED ${visible(t.wbe, ofType(q.projectId, t.wbe.type))},
    anchor(grp, id) AS (
      SELECT a.id::text, a.id FROM unnest(${[...new Set(q.wbeIds)]}::uuid[]) AS a(id) WHERE EXISTS (SELECT 1 FROM w WHERE w.entity_id = a.id)
      UNION SELECT ${q.projectGroup}::text, t.entity_id FROM w t
        WHERE ${q.project}::boolean AND (t."parentId" IS NULL OR NOT EXISTS (SELECT 1 FROM w p WHERE p.entity_id = t."parentId"))),
    sub(grp, id) AS (SELECT grp, id FROM anchor UNION SELECT s.grp, c.entity_id FROM sub s JOIN w c ON c."parentId" = s.id),
    el AS MATERIALIZED (SELECT x.entity_id, x."budget"::numeric AS budget, x."plannedStart"::date AS ps, x."plannedEnd"::date AS pe, x."wbeId" AS wbe_id
      FROM ${visible(t.element, elementCandidates)} x WHERE x."wbeId" IN (SELECT id FROM sub)),
    eg AS (SELECT s.grp, el.*, cd.d, CASE WHEN cd.d >= el.pe THEN 1 ELSE el.pe - el.ps + 1 END AS pv_k
      FROM el JOIN sub s ON s.id = el.wbe_id CROSS JOIN cd),
    co AS (SELECT x."costElementId" AS element_id, x."amount"::numeric AS amount FROM ${visible(t.cost, actualCandidates(t.cost))} x CROSS JOIN cd
      WHERE x."incurredOn"::date <= cd.d AND x."costElementId" IN (SELECT entity_id FROM el)),
    latest AS (SELECT DISTINCT ON (x."costElementId") x."costElementId" AS element_id, x."percentComplete" AS percent
      FROM ${visible(t.progress, actualCandidates(t.progress))} x CROSS JOIN cd
      WHERE x."measuredOn"::date <= cd.d AND x."costElementId" IN (SELECT entity_id FROM el)
      ORDER BY x."costElementId", x."measuredOn"::date DESC, x.committed_at DESC, x.seq DESC)
    SELECT grp, 'bac' AS what, NULL::int AS k, NULL::float8 AS f, sum(budget)::text AS v FROM eg GROUP BY grp
    UNION ALL SELECT eg.grp, 'ac', NULL, NULL, sum(co.amount)::text FROM co JOIN eg ON eg.entity_id = co.element_id GROUP BY eg.grp
    UNION ALL SELECT grp, 'pv', pv_k, NULL, sum(CASE WHEN d >= pe THEN budget ELSE budget * (d - ps + 1) END)::text
      FROM eg WHERE d >= ps GROUP BY grp, pv_k
    UNION ALL SELECT eg.grp, 'ev', NULL, latest.percent, sum(eg.budget)::text FROM latest JOIN eg ON eg.entity_id = latest.element_id
      GROUP BY eg.grp, latest.percent`;
}

function columnOf(table: VersionTable, field: string): string {
  const column = table.fields.find((f) => f.name === field)?.column;
  if (column === undefined) throw new TypeError(`${table.table} has no field ${field}`);
  return column;
}

/**
 * The boundary value of `column` among the versions visible at a lineage: on each step, walk
 * the step's versions in `column` order (the (project_id, branch, column) index) and stop at
 * the first that is visible there: not a tombstone, the latest of its entity on the step, and
 * its entity has no version on a nearer step (which would win). The overall boundary is the
 * min (max) over the steps. What is walked is the versions beyond the boundary that are not
 * visible (superseded or overridden), not the project: a few at L (measured in 0017).
 */
function boundary(
  table: VersionTable,
  projectId: string,
  lineage: readonly LineageBound[],
  column: string,
  direction: 'asc' | 'desc',
): RawBuilder<unknown> {
  const t = sql.table(table.table);
  const value = sql.ref(`x.${column}`);
  const perStep = lineage.map((step, depth) => {
    const nearer = lineage.slice(0, depth).map(
      (near) => sql`AND NOT EXISTS (SELECT 1 FROM ${t} z WHERE z.entity_id = x.entity_id AND z.branch = ${near.branch}
          AND z.seq <= ${near.maxSeq})`,
    );
    return sql`(SELECT ${value} AS b FROM ${t} x
      WHERE x.project_id = ${projectId} AND x.branch = ${step.branch} AND x.seq <= ${step.maxSeq} AND NOT x.deleted
        AND NOT EXISTS (SELECT 1 FROM ${t} y WHERE y.entity_id = x.entity_id AND y.branch = ${step.branch}
          AND y.seq > x.seq AND y.seq <= ${step.maxSeq})
        ${sql.join(nearer, sql` `)}
      ORDER BY ${value} ${direction === 'asc' ? sql`ASC` : sql`DESC`} LIMIT 1)`;
  });
  const aggregate = direction === 'asc' ? sql`min` : sql`max`;
  return sql`(SELECT ${aggregate}(u.b)::text FROM (${sql.join(perStep, sql`\nUNION ALL\n`)}) u)`;
}

/**
 * Earliest planned start and latest planned end of the live elements at a lineage, each
 * read from its index boundary (see boundary): one statement, a few probes per lineage step.
 */
export function plannedSpanStatement(
  element: SumTables['element'],
  projectId: string,
  lineage: readonly LineageBound[],
): RawBuilder<{ start: string | null; end: string | null }> {
  const start = boundary(element, projectId, lineage, columnOf(element, 'plannedStart'), 'asc');
  const end = boundary(element, projectId, lineage, columnOf(element, 'plannedEnd'), 'desc');
  return sql`SELECT ${start} AS start, ${end} AS end`;
}
