import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { codes } from './fixtures.js';

const PRODUCTION = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'test-secret-of-at-least-thirty-two-characters' });

const probes = {
  introspection: '{ __schema { queryType { name } } }',
  typeLookup: '{ __type(name: "Project") { name } }',
  fieldTypo: '{ projets(first: 1) { totalCount } }',
  argumentTypo: 'query($id: UUID!) { project(id: $id, branhc: "main") { id } }',
  enumTypo:
    'query($s: ChangeOrderStatus) { changeOrders(projectId: "0190f5e2-7a4b-7c3d-8e9f-0123456789ab", status: $s) { id } }',
  inputTypo: 'mutation($i: ProjectCreateInput!) { createProject(input: $i) { id } }',
};

describe('production defaults: no introspection, no "Did you mean" hints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ nodeEnv: 'production', introspection: PRODUCTION.introspection });
  });
  afterAll(async () => {
    await t.close();
  });

  it('defaults INTROSPECTION to false when NODE_ENV=production', () => {
    expect(PRODUCTION.introspection).toBe(false);
  });

  it.each([['introspection'], ['typeLookup']] as const)('refuses %s', async (probe) => {
    const result = await t.request(probes[probe]);
    expect(codes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('names no field, argument, enum value or input field the client did not write', async () => {
    const answers = [
      await t.request(probes.fieldTypo),
      await t.request(probes.argumentTypo, { id: '0190f5e2-7a4b-7c3d-8e9f-0123456789ab' }),
      await t.request(probes.enumTypo, { s: 'SUBMITED' }),
      await t.request(probes.inputTypo, {
        i: { code: 'X', nme: 'typo', name: 'N', startDate: '2026-01-01', endDate: '2026-02-01' },
      }),
    ];
    for (const answer of answers) {
      expect(answer.errors?.length).toBeGreaterThan(0);
      const text = JSON.stringify(answer.errors);
      expect(text).not.toMatch(/did you mean/i);
      for (const hint of ['"projects"', '"branch"', '"SUBMITTED"', '"name"?']) expect(text).not.toContain(hint);
    }
    expect(codes(answers[2] as never)).toEqual(['BAD_USER_INPUT']);
  });

  it('still answers ordinary queries (control)', async () => {
    const result = await t.request('{ projects(first: 1) { totalCount } }');
    expect(result.errors).toBeUndefined();
  });
});

describe('INTROSPECTION=true in production, and development', () => {
  let production: TestApp;
  let development: TestApp;
  beforeAll(async () => {
    production = await createTestApp({ nodeEnv: 'production', introspection: true });
    development = await createTestApp();
  });
  afterAll(async () => {
    await production.close();
    await development.close();
  });

  it.each([
    ['production with INTROSPECTION=true', () => production],
    ['development', () => development],
  ])('%s serves introspection and suggestions', async (_case, app) => {
    const schema = await app().request(probes.introspection);
    expect(schema.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await app().request(probes.fieldTypo);
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean "projects"/);
  });
});

describe('access log', () => {
  let t: TestApp;
  const lines: {
    msg: string;
    requestId?: string;
    path?: string;
    operationName?: string | null;
    operationType?: string;
    status?: number;
  }[] = [];
  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    t = await createTestApp({}, { logger });
  });
  afterAll(async () => {
    await t.close();
  });

  /** The access log line of a request (written once the response has finished). */
  async function logged(requestId: string) {
    for (let i = 0; i < 100; i += 1) {
      const line = lines.find((l) => l.msg === 'request' && l.requestId === requestId);
      if (line !== undefined) return line;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return undefined;
  }

  it('records the real path and the operation name and type', async () => {
    const result = await t.request('query ProjectCount { projects(first: 1) { totalCount } }', undefined, {
      headers: { 'x-request-id': 'access-log-1' },
    });
    expect(result.errors).toBeUndefined();
    expect(await logged('access-log-1')).toMatchObject({
      path: '/graphql',
      status: 200,
      operationName: 'ProjectCount',
      operationType: 'query',
    });
  });

  it('names the operation the client chose among several, and keeps the query string out of the path', async () => {
    const response = await fetch(`${t.url}?trace=1`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${t.users.ADMIN.token}`,
        'x-request-id': 'access-log-2',
      },
      body: JSON.stringify({
        query: 'query A { me { id } } mutation B { login(email: "x@y.z", password: "long-enough-pw") { token } }',
        operationName: 'A',
      }),
    });
    expect(response.status).toBe(200);
    expect(await logged('access-log-2')).toMatchObject({
      path: '/graphql',
      operationName: 'A',
      operationType: 'query',
    });
  });

  it('logs /health under its own path', async () => {
    await fetch(t.url.replace('/graphql', '/health'), { headers: { 'x-request-id': 'access-log-3' } });
    expect(await logged('access-log-3')).toMatchObject({ path: '/health', status: 200 });
  });
});
