import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateProjectForTestDocument,
  CreateWbeInProjectDocument,
  ProjectCodesPageDocument,
  ProjectCostExplosionDocument,
  ProjectElementsPageDocument,
  WbeAncestorsFortyDeepDocument,
  WbeParentChainDocument,
} from '../graphql/generated/graphql.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';

function codes(result: GraphQLResponse<unknown>): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

describe('request limits over HTTP', () => {
  let t: TestApp;
  let wbeId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const project = await t.run(CreateProjectForTestDocument, {
      input: { code: 'LIM-1', name: 'Limits probe', startDate: '2026-01-01', endDate: '2026-12-31' },
    });
    const top = await t.run(CreateWbeInProjectDocument, {
      projectId: project.createProject.id,
      input: { code: '1', name: 'Top' },
    });
    const child = await t.run(CreateWbeInProjectDocument, {
      projectId: project.createProject.id,
      input: { code: '1.1', name: 'Child', parentId: top.createWBE.id },
    });
    wbeId = child.createWBE.id;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('depth', () => {
    it('runs a shallow query on the same WBE, with SQL (control)', async () => {
      const result = await t.request(WbeParentChainDocument, { id: wbeId });
      expect(result.errors).toBeUndefined();
      expect(result.data?.wbe?.parent?.parent).toBeNull();
      expect(result.statements).toBeGreaterThan(2);
    });

    it('refuses a query nested 40 levels deep with a validation error before any resolver runs', async () => {
      const result = await t.request(WbeAncestorsFortyDeepDocument, { id: wbeId });
      expect(result.status).toBe(400);
      expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(result.errors?.[0]?.message).toMatch(/nested deeper than the limit of 20 levels/);
      expect(result.data ?? null).toBeNull();
      // Only the token's user lookup ran: no resolver reached the database.
      expect(result.statements).toBeLessThanOrEqual(1);
    });
  });

  describe('cost', () => {
    it('runs a full page of a cheap connection (control)', async () => {
      const result = await t.request(ProjectCodesPageDocument, { first: 200 });
      expect(result.errors).toBeUndefined();
      expect(result.data?.projects.edges.map((e) => e.node.code)).toEqual(['LIM-1']);
    });

    it('refuses nested lists under first: 200 with a clear message, before any resolver runs', async () => {
      const result = await t.request(ProjectCostExplosionDocument, {});
      expect(result.status).toBe(400);
      expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(result.errors?.[0]?.message).toMatch(
        /^query cost \d+ exceeds the limit of 50000; ask for fewer fields or smaller pages$/,
      );
      expect(result.statements).toBeLessThanOrEqual(1);
    });

    it('counts a page size given as a variable at its value: first 5 runs, first 200 is refused', async () => {
      const small = await t.request(ProjectElementsPageDocument, { first: 5 });
      expect(small.errors).toBeUndefined();
      expect(small.data?.projects.edges).toHaveLength(1);
      const large = await t.request(ProjectElementsPageDocument, { first: 200 });
      expect(large.status).toBe(400);
      expect(codes(large)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(large.errors?.[0]?.message).toMatch(/^query cost \d+ exceeds the limit of 50000/);
      expect(large.statements).toBeLessThanOrEqual(1);
    });
  });

  describe('body size', () => {
    const body = (padding: number) =>
      JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(padding) } });
    const post = (text: string) =>
      fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${t.users.VIEWER.token}` },
        body: text,
      });

    it('accepts a body just under 1 MB (control)', async () => {
      const text = body(1_000_000);
      expect(Buffer.byteLength(text)).toBeLessThan(1_048_576);
      const response = await post(text);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it('refuses a body over 1 MB with HTTP 413', async () => {
      const text = body(1_100_000);
      expect(Buffer.byteLength(text)).toBeGreaterThan(1_048_576);
      const response = await post(text);
      expect(response.status).toBe(413);
      expect(await response.json()).toMatchObject({
        errors: [
          { message: expect.stringMatching(/exceeds 1048576 bytes/), extensions: { code: 'PAYLOAD_TOO_LARGE' } },
        ],
      });
    });
  });

  describe('CSRF prevention', () => {
    const query = '{ __typename }';

    it('answers a GET that carries apollo-require-preflight (control)', async () => {
      const response = await fetch(`${t.url}?query=${encodeURIComponent(query)}`, {
        headers: { 'apollo-require-preflight': 'true', accept: 'application/json' },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    });

    it('refuses a GET without apollo-require-preflight with 400', async () => {
      const response = await fetch(`${t.url}?query=${encodeURIComponent(query)}`, {
        headers: { accept: 'application/json' },
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/CSRF/);
    });

    it('refuses a text/plain POST without apollo-require-preflight with 400', async () => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/CSRF/);
    });

    it('refuses a form-encoded POST without apollo-require-preflight with 400', async () => {
      const response = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `query=${encodeURIComponent(query)}`,
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/CSRF/);
    });
  });
});
