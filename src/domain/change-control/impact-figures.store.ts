/**
 * Subtree figures a diff's impact needs, summed by the database at a read point: the EVM
 * totals of some WBEs' subtrees (and of the project's live tree) at a control date, and the
 * project's planned span. One statement each, whatever the project's size, returning a few
 * rows per WBE asked for (sums grouped so that they stay exact; see src/evm/grouped-totals.ts)
 * instead of the versions of every element and actual below them.
 */
import { Node } from '../../db/entities/index.js';
import type { Sql } from '../../db/sql.js';
import type { GroupedSums } from '../../evm/index.js';
import type { ReadPoint } from '../../versioning/types.js';
import { CostElementKind, CostRegistrationKind, ProgressEntryKind, WbeKind } from '../kinds.js';

const TABLES = { wbe: WbeKind, element: CostElementKind, cost: CostRegistrationKind, progress: ProgressEntryKind };

/** The group of the project's live tree (every WBE reachable from a top-level one). */
export const PROJECT_GROUP = 'project';

/**
 * Grouped sums of the subtrees of `wbeIds` (each WBE and everything below it, as the roll-up
 * counts them) and, with `project`, of the project's live tree under PROJECT_GROUP, at
 * `controlDate`. A WBE not live at the point is absent from the result (its figures are zero).
 */
export async function subtreeSums(
  sql: Sql,
  point: ReadPoint,
  controlDate: string,
  wbeIds: readonly string[],
  project: boolean,
): Promise<Map<string, GroupedSums>> {
  const result = new Map<string, GroupedSums>();
  if (wbeIds.length === 0 && !project) return result;
  // Its own transaction, so that the JIT setting ends with it (one statement more).
  const rows = await sql.transaction(async (tx) => {
    const versions = tx.repository(Node);
    await versions.jitOffForTransaction();
    return versions.subtreeSums(TABLES, {
      projectId: point.projectId,
      lineage: point.lineage,
      controlDate,
      wbeIds,
      project,
      projectGroup: PROJECT_GROUP,
    });
  });
  const groups = new Map<
    string,
    {
      budget: string;
      costs: string;
      planned: GroupedSums['planned'][number][];
      earned: GroupedSums['earned'][number][];
    }
  >();
  const groupOf = (grp: string) => {
    let g = groups.get(grp);
    if (g === undefined) {
      g = { budget: '0', costs: '0', planned: [], earned: [] };
      groups.set(grp, g);
    }
    return g;
  };
  for (const row of rows) {
    const g = groupOf(String(row.grp));
    const value = row.v ?? '0';
    if (row.what === 'bac') g.budget = value;
    else if (row.what === 'ac') g.costs = value;
    else if (row.what === 'pv') g.planned.push({ denominator: Number(row.k), numerator: value });
    else g.earned.push({ percent: Number(row.f), budget: value });
  }
  for (const [grp, g] of groups) result.set(grp, g);
  return result;
}

/**
 * The project's planned span at a point: earliest planned start and latest planned end of its
 * live cost elements (ISO dates compare as text), one row.
 */
export function plannedSpan(sql: Sql, point: ReadPoint): Promise<{ start: string | null; end: string | null }> {
  return sql.repository(Node).plannedSpan(CostElementKind, point.projectId, point.lineage);
}
