import 'reflect-metadata';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

/**
 * The results we keep below "ok", and why (docs/decisions/0012-browser-surface.md):
 * - warn 572B, FDE2, 7B9B: for `accept: application/json`, the spec suggests 200 for parse,
 *   validation and variable-coercion failures; Apollo Server answers 400, which clients of the
 *   legacy media type handle and which our error contract documents.
 * - notice 5A70, D6D5, 6A70 (MAY, GET): Apollo's CSRF prevention refuses GET requests that carry
 *   neither a content-type nor `apollo-require-preflight` / `x-apollo-operation-name`.
 */
const KEPT = {
  warn: ['572B', '7B9B', 'FDE2'],
  notice: ['5A70', '6A70', 'D6D5'],
};

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t.close();
});

describe('GraphQL over HTTP conformance (graphql-http auditServer against the real server)', () => {
  it('has no error-level result, and only the documented warnings and notices', async () => {
    const results = await auditServer({ url: t.url });
    expect(results.length).toBeGreaterThan(50);
    const failed = results
      .filter((r) => r.status === 'error')
      .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failed).toEqual([]);
    const ids = (status: 'warn' | 'notice') =>
      results
        .filter((r) => r.status === status)
        .map((r) => r.id)
        .sort();
    expect({ warn: ids('warn'), notice: ids('notice') }).toEqual(KEPT);
  });
});
