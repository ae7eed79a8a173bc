import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../src/setup/seed/generator.js';
import { STANDARD_SHAPE } from '../../src/setup/seed/shape.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';

/**
 * The execution budget (src/graphql/execution-budget.ts) with small limits on a small project,
 * so that each way of passing it is reached in a few rows; tests/limits/l-workload.test.ts
 * shows the defaults on the L workload. 8 WBEs, 24 cost elements, 72 costs, 48 progress entries.
 */

const MAX_NODES = 100;
const MAX_VALUES = 500;

function stopped(result: GraphQLResponse<unknown>, limit: string): string {
  expect(result.status).toBe(200);
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'EXECUTION_BUDGET_EXCEEDED', limit });
  return result.errors?.[0]?.message ?? '';
}

describe('the execution budget', () => {
  let t: TestApp;
  let projectId: string;

  beforeAll(async () => {
    t = await createTestApp({ maxResultNodes: MAX_NODES, maxResultValues: MAX_VALUES });
    const project = await generateProject(
      t.sql,
      { ...STANDARD_SHAPE, wbes: 8, costElementsPerWbe: 3, branch: { ...STANDARD_SHAPE.branch!, deleted: 2 } },
      { seed: 'budget', code: 'BUD-1', name: 'Budget probe', author: { id: t.users.ADMIN.id, role: 'ADMIN' } },
    );
    projectId = project.projectId;
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers a read within the budget in full (control: 33 nodes)', async () => {
    const result = await t.request(
      `query($id: UUID!) { project(id: $id) { allWbes { id costElements { id code evm { bac } } } } }`,
      { id: projectId },
    );
    expect(result.errors).toBeUndefined();
    const wbes = (result.data as { project: { allWbes: { costElements: unknown[] }[] } }).project.allWbes;
    expect(wbes).toHaveLength(8);
    expect(wbes.flatMap((w) => w.costElements)).toHaveLength(24);
  });

  it('stops a read of more nodes than MAX_RESULT_NODES, with one error in place of the result', async () => {
    const result = await t.request(
      `query($id: UUID!) { project(id: $id) { allWbes { id evm { bac } costElements { id evm { bac }
        costRegistrations { id } } } } }`,
      { id: projectId },
    );
    const message = stopped(result, 'MAX_RESULT_NODES');
    expect(message).toMatch(/^the result would hold more than 100 objects \(MAX_RESULT_NODES\), so the request/);
    expect(message).toMatch(/page lists with first\/after/);
  });

  it('stops a read of more values than MAX_RESULT_VALUES, however few its nodes', async () => {
    const wide = Array.from({ length: 25 }, (_, i) => `c${i}: code`).join(' ');
    const result = await t.request(`query($id: UUID!) { project(id: $id) { allWbes { costElements { ${wide} } } } }`, {
      id: projectId,
    });
    expect(stopped(result, 'MAX_RESULT_VALUES')).toMatch(/more than 500 values \(MAX_RESULT_VALUES\)/);
  });

  it('counts the fields of a commit read as a property in the node that holds it', async () => {
    // 24 elements x (id + 24 commit fields) = 600 values, on a field that no resolver runs for.
    const commit = Array.from({ length: 24 }, (_, i) => `m${i}: message`).join(' ');
    const result = await t.request(
      `query($id: UUID!) { project(id: $id) { allWbes { costElements { id commit { ${commit} } } } } }`,
      { id: projectId },
    );
    stopped(result, 'MAX_RESULT_VALUES');
  });

  it('allows back-references up to as many repeats as distinct nodes (control)', async () => {
    const result = await t.request(
      `query($id: UUID!) { project(id: $id) { allWbes { id costElements { id wbe { id } } } } }`,
      { id: projectId },
    );
    expect(result.errors).toBeUndefined();
  });

  it('stops a read that keeps repeating what it already holds, well before its size would', async () => {
    const result = await t.request(
      `query($id: UUID!) { project(id: $id) { allWbes { project { allWbes { id } } } } }`,
      {
        id: projectId,
      },
    );
    expect(stopped(result, 'MAX_RESULT_NODES')).toMatch(/repeat objects it already holds \d+ times, against \d+/);
  });

  it('charges the work of a diff per call, whatever it returns', async () => {
    const result = await t.request(
      `query($id: UUID!) { commits(projectId: $id, first: 1) { edges { node { id changes { entityId } } } } }`,
      { id: projectId },
    );
    stopped(result, 'MAX_RESULT_NODES');
  });

  it('carries out a mutation whose result is too large, and says so', async () => {
    const result = await t.request(
      `mutation($id: UUID!) { createWBE(projectId: $id, input: { code: "ZZ-BUDGET", name: "Budget probe" }) {
        id project { allWbes { project { allWbes { id } } } } } }`,
      { id: projectId },
    );
    expect(stopped(result, 'MAX_RESULT_NODES')).toMatch(/The mutation itself was carried out/);
    const written = await t.sql.query(`SELECT 1 FROM wbe_version WHERE project_id = $1 AND code = 'ZZ-BUDGET'`, [
      projectId,
    ]);
    expect(written).toHaveLength(1);
  });

  it('gives every request its own budget', async () => {
    for (let i = 0; i < 3; i += 1) {
      const result = await t.request(`query($id: UUID!) { project(id: $id) { allWbes { id } } }`, { id: projectId });
      expect(result.errors).toBeUndefined();
    }
  });
});
