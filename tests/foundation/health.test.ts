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

  it('serves the Apollo Sandbox landing page to a browser outside production', async () => {
    const response = await fetch(t.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toMatch(/<html/i);
    expect(html).toMatch(/sandbox/i);
  });
});

describe('health when the database is gone', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers /health with 503 once the database is closed, and still shuts down cleanly', async () => {
    expect((await fetch(`${t.app.url}/health`)).status).toBe(200);
    await t.app.db.close();
    const response = await fetch(`${t.app.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable' });
    await expect(t.app.close()).resolves.toBeUndefined();
  });
});
