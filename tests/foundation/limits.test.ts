import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AMPLIFICATIONS } from '../../bench/limit-queries.js';
import { generateProject } from '../../src/setup/seed/generator.js';
import { STANDARD_SHAPE } from '../../src/setup/seed/shape.js';
import {
  CommitPageWithChangesDocument,
  LimitsTreeThroughFragmentsDocument,
  ProjectCodesPageDocument,
  WbeAncestorsFortyDeepDocument,
  WbeParentChainDocument,
} from '../graphql/generated/graphql.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';

/** The static limits (src/graphql/limits.ts) at their defaults, on a small generated project. */

function refusal(result: GraphQLResponse<unknown>): { code?: string; limit?: unknown; message?: string } {
  expect(result.status).toBe(400);
  expect(result.data ?? null).toBeNull();
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors ?? [];
  return { code: error?.extensions?.code, limit: error?.extensions?.['limit'], message: error?.message };
}

function aliases(n: number, alias: (i: number) => string): string {
  return Array.from({ length: n }, (_, i) => alias(i)).join(' ');
}

describe('request limits over HTTP', () => {
  let t: TestApp;
  let projectId: string;
  let wbeId: string;

  beforeAll(async () => {
    // Counts the statements of executions: no answer may come from the read cache.
    t = await createTestApp({ readCacheBytes: 0 });
    const project = await generateProject(
      t.sql,
      { ...STANDARD_SHAPE, wbes: 8, costElementsPerWbe: 3, branch: { ...STANDARD_SHAPE.branch!, deleted: 2 } },
      { seed: 'limits', code: 'LIM-1', name: 'Limits probe', author: { id: t.users.ADMIN.id, role: 'ADMIN' } },
    );
    projectId = project.projectId;
    const [wbe] = await t.sql.query<{ id: string }>(
      `SELECT w.entity_id AS id FROM wbe_version w WHERE w.project_id = $1 AND w.parent_id IS NOT NULL LIMIT 1`,
      [projectId],
    );
    wbeId = wbe?.id ?? '';
  });
  afterAll(async () => {
    await t.close();
  });

  describe('depth (MAX_QUERY_DEPTH, 20)', () => {
    it('runs a shallow query on the same WBE, with SQL (control)', async () => {
      const result = await t.request(WbeParentChainDocument, { id: wbeId });
      expect(result.errors).toBeUndefined();
      expect(result.data?.wbe?.parent?.id).toBeDefined();
      expect(result.statements).toBeGreaterThan(2);
    });

    it('refuses a query nested 40 levels deep with a validation error before any resolver runs', async () => {
      const result = await t.request(WbeAncestorsFortyDeepDocument, { id: wbeId });
      const { code, limit, message } = refusal(result);
      expect({ code, limit }).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_DEPTH' });
      expect(message).toMatch(/^Query depth limit of 20 exceeded, found 40 \(MAX_QUERY_DEPTH\)/);
      // Only the token's user lookup ran: no resolver reached the database.
      expect(result.statements).toBeLessThanOrEqual(1);
    });

    it('counts depth through fragments', async () => {
      const { code, limit, message } = refusal(
        await t.request(AMPLIFICATIONS['nestedFragmentChain']?.query ?? '', { id: projectId }),
      );
      expect({ code, limit }).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_DEPTH' });
      expect(message).toMatch(/found 1002/);
    });

    it('lets tools introspect the schema (the standard introspection query)', async () => {
      const result = await t.request(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).toContain('"name":"Project"');
    });

    it('holds introspection to the same depth', async () => {
      const deep = `{ __schema { types { fields { type { ${'ofType { '.repeat(18)}name${' }'.repeat(18)} } } } } }`;
      const { code, limit } = refusal(await t.request(deep, {}, { token: null }));
      expect({ code, limit }).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_DEPTH' });
    });
  });

  describe('tokens (MAX_QUERY_TOKENS, 10,000)', () => {
    it('refuses 50,000 aliased __typename without a token, before authentication matters', async () => {
      const result = await t.request(AMPLIFICATIONS['typenameAliases50000']?.query ?? '', {}, { token: null });
      const { code, limit, message } = refusal(result);
      expect({ code, limit }).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_TOKENS' });
      expect(message).toMatch(/^the query has more than 10000 tokens \(MAX_QUERY_TOKENS\); send a shorter/);
      expect(result.statements).toBe(0);
    });

    it('refuses 20,000 repeated fields', async () => {
      const { limit } = refusal(await t.request(AMPLIFICATIONS['repeatedFields20000']?.query ?? '', { id: projectId }));
      expect(limit).toBe('MAX_QUERY_TOKENS');
    });

    it('answers the validation budget of graphql-js (9,000 repeated fields) with what to do', async () => {
      const { code, message } = refusal(
        await t.request(AMPLIFICATIONS['repeatedFields9000']?.query ?? '', { id: projectId }),
      );
      expect(code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(message).toMatch(/repeats the same fields too often/);
    });

    it('still answers a plain syntax error as such', async () => {
      const result = await t.request('{ project(id: ) }');
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });
  });

  describe('aliases (MAX_QUERY_ALIASES, 100) and directives (MAX_QUERY_DIRECTIVES, 100)', () => {
    const projects = (n: number) => `query($id: UUID!) { ${aliases(n, (i) => `p${i}: project(id: $id) { id }`)} }`;

    it('runs 100 aliases (control)', async () => {
      const result = await t.request(projects(100), { id: projectId });
      expect(result.errors).toBeUndefined();
      expect(Object.keys(result.data as object)).toHaveLength(100);
    });

    it('refuses 101 aliases, aliased __typename included, before any resolver runs', async () => {
      const result = await t.request(projects(101), { id: projectId });
      const { code, limit, message } = refusal(result);
      expect({ code, limit }).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_ALIASES' });
      expect(message).toMatch(/^Aliases limit of 100 exceeded, found 101 \(MAX_QUERY_ALIASES\); ask for fewer/);
      expect(result.statements).toBeLessThanOrEqual(1);
      const typenames = `{ ${aliases(101, (i) => `t${i}: __typename`)} }`;
      expect(refusal(await t.request(typenames, {}, { token: null })).limit).toBe('MAX_QUERY_ALIASES');
    });

    it('refuses 1,000 aliases of diff, of mergeBranch(dryRun: true) and of project', async () => {
      for (const name of [
        'diffAliases1000',
        'diffAliases1000Compact',
        'mergeDryRunAliases1000',
        'projectAliases1000',
      ]) {
        const amplification = AMPLIFICATIONS[name];
        const result = await t.request(amplification?.query ?? '', { id: projectId, ...amplification?.variables });
        const { code, limit } = refusal(result);
        expect({ name, code }).toEqual({ name, code: 'GRAPHQL_VALIDATION_FAILED' });
        expect(['MAX_QUERY_TOKENS', 'MAX_QUERY_ALIASES']).toContain(limit);
        expect(result.statements).toBeLessThanOrEqual(1);
      }
    });

    it('refuses more than 100 directives', async () => {
      const query = `query($id: UUID!) { project(id: $id) { ${aliases(101, () => 'code @include(if: true)')} } }`;
      const { limit } = refusal(await t.request(query, { id: projectId }));
      expect(limit).toBe('MAX_QUERY_DIRECTIVES');
    });
  });

  describe('cost (MAX_QUERY_COST, 2,000)', () => {
    const diffs = (n: number) =>
      `query($id: UUID!) { ${aliases(n, (i) => `d${i}: diff(projectId: $id, from: { branch: "main" }, to: { branch: "co-1" }) { mode }`)} }`;

    it('runs a tree nested through fragments, at any depth a list has (control)', async () => {
      const result = await t.request(LimitsTreeThroughFragmentsDocument, { id: projectId });
      expect(result.errors).toBeUndefined();
      expect(result.data?.project?.wbes.length).toBeGreaterThan(0);
    });

    it('runs ten diffs and refuses eleven: each weighs 200', async () => {
      const ten = await t.request(diffs(10), { id: projectId });
      expect(ten.errors).toBeUndefined();
      const eleven = await t.request(diffs(11), { id: projectId });
      const { code, limit, message } = refusal(eleven);
      expect({ code, limit }).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'MAX_QUERY_COST' });
      expect(message).toMatch(/^the query's estimated cost is 22\d\d, more than the limit of 2000 \(MAX_QUERY_COST\)/);
      expect(message).toMatch(/Query\.diff.*: 200/);
      expect(eleven.statements).toBeLessThanOrEqual(1);
    });

    it('counts a page size given as a variable at its value: first 5 runs, first 200 is refused', async () => {
      const small = await t.request(CommitPageWithChangesDocument, { projectId, first: 5 });
      expect(small.errors).toBeUndefined();
      expect(small.data?.commits.edges).toHaveLength(5);
      const large = await t.request(CommitPageWithChangesDocument, { projectId, first: 200 });
      expect(refusal(large).limit).toBe('MAX_QUERY_COST');
      expect(large.statements).toBeLessThanOrEqual(1);
    });

    it('counts what a variable includes or skips at its value, for the same document in turn', async () => {
      const query = `query($id: UUID!, $all: Boolean!) { ${aliases(11, (i) => `d${i}: diff(projectId: $id, from: { branch: "main" }, to: { branch: "co-1" }) @include(if: $all) { mode }`)} }`;
      for (const all of [false, true, false]) {
        const result = await t.request(query, { id: projectId, all });
        if (all) expect(refusal(result).limit).toBe('MAX_QUERY_COST');
        else expect(result.errors).toBeUndefined();
      }
    });

    it('refuses fragments that double at every level before walking them', async () => {
      const { limit, message } = refusal(
        await t.request(AMPLIFICATIONS['doublingFragments']?.query ?? '', { id: projectId }),
      );
      expect(limit).toBe('MAX_QUERY_COST');
      expect(message).toMatch(/expands, through its fragments, to more than 10000 fields/);
    });

    it('leaves a bad variable to execution, answered as before', async () => {
      const result = await t.request(CommitPageWithChangesDocument, { projectId, first: 'many' as unknown as number });
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('runs a full page of a cheap connection (control)', async () => {
      const result = await t.request(ProjectCodesPageDocument, { first: 200 });
      expect(result.errors).toBeUndefined();
      expect(result.data?.projects.edges.map((e) => e.node.code)).toEqual(['LIM-1']);
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
