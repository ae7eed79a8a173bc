import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HealthDocument } from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('health and the GraphQL endpoint', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /health with 200 and status ok while the database answers', async () => {
    const response = await fetch(`${t.app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers { __typename } and echoes a request id', async () => {
    const result = await t.request(HealthDocument, {}, { headers: { 'x-request-id': 'abc-123' } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.__typename).toBe('Query');
    expect(result.headers.get('x-request-id')).toBe('abc-123');
  });
});
