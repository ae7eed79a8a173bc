import type { GraphQLResponse, TestApp } from '../helpers/test-app.js';

/** The codes of a response's errors, in order. */
export function codes(result: GraphQLResponse<unknown>): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

/** Row counts of every table but the bookkeeping ones: equal before and after means nothing was written. */
export async function footprint(t: TestApp): Promise<Record<string, number>> {
  const tables = await t.sql.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_name NOT IN ('schema_migration', 'login_throttle') ORDER BY 1`,
  );
  const [row] = await t.sql.query(
    `SELECT ${tables.map(({ name }) => `(SELECT count(*)::int FROM ${name}) AS ${name}`).join(', ')}`,
  );
  return Object.fromEntries(tables.map(({ name }) => [name, Number(row?.[name])]));
}

export interface SeededProject {
  projectId: string;
  wbeId: string;
  costElementId: string;
  changeOrderId: string;
  /** A commit on main (the cost element's creation). */
  commitId: string;
}

/** A small project: one WBE, one cost element, a branch `feature`, and a submitted change order. */
export async function seedProject(t: TestApp, code = 'HARD'): Promise<SeededProject> {
  const project = await t.run<{ createProject: { id: string } }, unknown>(
    `mutation($input: ProjectCreateInput!) { createProject(input: $input) { id } }`,
    { input: { code, name: 'Hardening', startDate: '2026-01-01', endDate: '2026-12-31' } },
  );
  const projectId = project.createProject.id;
  const wbe = await t.run<{ createWBE: { id: string } }, unknown>(
    `mutation($projectId: UUID!) { createWBE(projectId: $projectId, input: { code: "1", name: "Top" }) { id } }`,
    { projectId },
  );
  const wbeId = wbe.createWBE.id;
  const element = await t.run<{ createCostElement: { id: string; commit: { id: string } } }, unknown>(
    `mutation($wbeId: UUID!) { createCostElement(input: { wbeId: $wbeId, code: "CE-1", name: "Element",
       budget: "1000.00", plannedStart: "2026-01-01", plannedEnd: "2026-06-30" }) { id commit { id } } }`,
    { wbeId },
  );
  await t.run(`mutation($p: UUID!) { createBranch(projectId: $p, name: "feature") { name } }`, { p: projectId });
  const order = await t.run<{ createChangeOrder: { id: string } }, unknown>(
    `mutation($p: UUID!) { createChangeOrder(input: { projectId: $p, code: "${code}-CO", title: "Order" }) { id } }`,
    { p: projectId },
  );
  const changeOrderId = order.createChangeOrder.id;
  await t.run(`mutation($id: UUID!) { submitChangeOrder(id: $id) { status } }`, { id: changeOrderId });
  return {
    projectId,
    wbeId,
    costElementId: element.createCostElement.id,
    changeOrderId,
    commitId: element.createCostElement.commit.id,
  };
}
