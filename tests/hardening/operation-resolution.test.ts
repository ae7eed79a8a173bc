import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { footprint } from './fixtures.js';

const CREATE = `mutation Create { createProject(input: { code: "OPNAME", name: "Named", startDate: "2026-01-01",
  endDate: "2026-12-31" }) { id } }`;

/**
 * Documents whose operation Apollo cannot pick. Apollo still calls the executor so that
 * graphql-js can say why; the executor crashed on the missing operation (HTTP 500), and with an
 * unknown operationName it ran the document's only operation (a mutation was written) before
 * Apollo answered 500. Found by probing while building the fuzz test, which now sends such
 * documents too.
 */
describe('operations that cannot be resolved', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function post(body: Record<string, unknown>) {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.users.ADMIN.token}` },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] },
    };
  }

  it.each([
    [
      'several operations and no operationName',
      { query: `${CREATE} query Other { me { id } }` },
      /Must provide operation name/,
    ],
    [
      'an operationName the document does not have',
      { query: CREATE, operationName: 'Other' },
      /Unknown operation named "Other"/,
    ],
    ['an operationName with a NUL', { query: CREATE, operationName: 'Create\u0000' }, /Unknown operation named/],
  ])('answers %s with OPERATION_RESOLUTION_FAILURE and runs nothing', async (_case, body, message) => {
    const before = await footprint(t);
    const { status, body: answer } = await post(body);
    expect(status).toBe(400);
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    expect(answer.errors?.[0]?.message).toMatch(message);
    expect(await footprint(t)).toEqual(before);
  });

  it('refuses a subscription over HTTP with GRAPHQL_VALIDATION_FAILED: subscriptions are served over WebSocket', async () => {
    const { status, body } = await post({
      query: 'subscription { commitAdded(projectId: "00000000-0000-4000-8000-000000000000") { id } }',
    });
    expect(status).toBe(400);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(body.errors?.[0]?.message).toContain('WebSocket');
  });

  it('still runs the operation that operationName names (control)', async () => {
    const { status, body } = await post({ query: `${CREATE} query Other { me { id } }`, operationName: 'Other' });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});
