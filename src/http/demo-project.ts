import { DEMO_PROJECT_CODE } from '../setup/seed/demo.js';
import { Node } from '../db/entities/index.js';
import type { Sql } from '../db/sql.js';

/**
 * The project the first-run guide and the explorers prefill: the demo project when it is
 * loaded, else the most recently created project on main; null on an empty database.
 */
export async function findFirstProject(sql: Sql): Promise<{ id: string; code: string } | null> {
  // The latest main version of each project; ids are time-ordered UUIDs, so the last is the newest.
  const rows = await sql.repository(Node).latestProjectsOn('main');
  const live = rows.filter((r) => !r.deleted);
  const demo = live.find((r) => r.code === DEMO_PROJECT_CODE);
  const chosen = demo ?? live.at(-1);
  return chosen === undefined ? null : { id: chosen.id, code: chosen.code };
}
