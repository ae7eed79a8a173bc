import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateCostElementWithBudgetDocument,
  CreateProjectForTestDocument,
  CreateWbeInProjectDocument,
  CurrentUserDocument,
  ProjectOnBranchDocument,
  UserAsOfDocument,
} from '../graphql/generated/graphql.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';

function codes(result: GraphQLResponse<unknown>): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

const SOME_UUID = '0190f5e2-7a4b-7c3d-8e9f-0123456789ab';

describe('error responses', () => {
  let t: TestApp;
  let projectId: string;
  let wbeId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const created = await t.run(CreateProjectForTestDocument, {
      input: { code: 'ERR-1', name: 'Error probe', startDate: '2026-01-01', endDate: '2026-12-31' },
    });
    projectId = created.createProject.id;
    const wbe = await t.run(CreateWbeInProjectDocument, { projectId, input: { code: '1', name: 'Top' } });
    wbeId = wbe.createWBE.id;
  });
  afterAll(async () => {
    await t.close();
  });

  async function projectCount(): Promise<number> {
    const [row] = await t.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM project_version');
    return Number(row?.n);
  }

  describe('invalid scalars are BAD_USER_INPUT', () => {
    const project = (startDate: string) => ({
      code: `D-${startDate}`,
      name: 'Dates',
      startDate,
      endDate: '2026-12-31',
    });
    const costElement = (budget: unknown) => ({
      wbeId,
      code: `CE-${String(budget)}`,
      name: 'Budget',
      // Deliberately any type: the server must refuse what is not a two-decimal string.
      budget: budget as string,
      plannedStart: '2026-01-01',
      plannedEnd: '2026-06-30',
    });

    describe('given as variables', () => {
      it.each(['2026-02-30', '2026-13-01', 'yesterday', '2026-1-05', '2026-01-01T00:00:00Z'])(
        'Date "%s"',
        async (value) => {
          const before = await projectCount();
          const result = await t.request(CreateProjectForTestDocument, { input: project(value) });
          expect(codes(result)).toEqual(['BAD_USER_INPUT']);
          expect(result.status).toBe(400);
          expect(result.errors?.[0]?.message).toContain('startDate');
          expect(await projectCount()).toBe(before);
        },
      );

      it('accepts a valid Date variable (control)', async () => {
        const result = await t.request(CreateProjectForTestDocument, { input: project('2024-02-29') });
        expect(result.errors).toBeUndefined();
        expect(result.data?.createProject.startDate).toBe('2024-02-29');
      });

      it.each(['yesterday', '2026-02-30T00:00:00Z', '2026-03-01 12:00:00Z', '2026-03-01T12:00:00', '1772366400000'])(
        'DateTime "%s"',
        async (value) => {
          const result = await t.request(UserAsOfDocument, { id: t.users.ADMIN.id, asOf: value });
          expect(codes(result)).toEqual(['BAD_USER_INPUT']);
          expect(result.data ?? null).toBeNull();
        },
      );

      it('accepts a valid DateTime variable (control)', async () => {
        const result = await t.request(UserAsOfDocument, { id: t.users.ADMIN.id, asOf: '2999-03-01T12:00:00+01:00' });
        expect(result.errors).toBeUndefined();
        expect(result.data?.user?.id).toBe(t.users.ADMIN.id);
      });

      it.each(['not-a-uuid', '1234', `${SOME_UUID}0`, SOME_UUID.replaceAll('-', '')])('UUID "%s"', async (value) => {
        const result = await t.request(UserAsOfDocument, { id: value });
        expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      });

      it.each([
        ['a Decimal with 3 decimals', '1250.125'],
        ['a Decimal given as a number', 1250.5],
        ['a Decimal that is not a number', '12,50'],
      ])('%s', async (_case, value) => {
        const result = await t.request(CreateCostElementWithBudgetDocument, { input: costElement(value) });
        expect(codes(result)).toEqual(['BAD_USER_INPUT']);
        expect(result.data ?? null).toBeNull();
      });

      it('accepts a two-decimal Decimal string and answers it with two decimals (control)', async () => {
        const result = await t.request(CreateCostElementWithBudgetDocument, { input: costElement('1250.5') });
        expect(result.errors).toBeUndefined();
        expect(result.data?.createCostElement.budget).toBe('1250.50');
      });
    });

    describe('given as inline literals', () => {
      const cases: [name: string, query: () => string][] = [
        [
          'Date "2026-02-30"',
          () =>
            `mutation { createProject(input: {code: "L1", name: "x", startDate: "2026-02-30", endDate: "2026-12-31"}) { id } }`,
        ],
        [
          'Date "2026-13-01"',
          () =>
            `mutation { createProject(input: {code: "L2", name: "x", startDate: "2026-13-01", endDate: "2026-12-31"}) { id } }`,
        ],
        [
          'Date "yesterday"',
          () =>
            `mutation { createProject(input: {code: "L3", name: "x", startDate: "yesterday", endDate: "2026-12-31"}) { id } }`,
        ],
        [
          'Date given as a number',
          () =>
            `mutation { createProject(input: {code: "L4", name: "x", startDate: 20260101, endDate: "2026-12-31"}) { id } }`,
        ],
        ['DateTime "yesterday"', () => `{ user(id: "${t.users.ADMIN.id}", asOf: "yesterday") { id } }`],
        [
          'DateTime "2026-02-30T00:00:00Z"',
          () => `{ user(id: "${t.users.ADMIN.id}", asOf: "2026-02-30T00:00:00Z") { id } }`,
        ],
        ['DateTime without an offset', () => `{ user(id: "${t.users.ADMIN.id}", asOf: "2026-03-01T12:00:00") { id } }`],
        ['UUID "not-a-uuid"', () => `{ user(id: "not-a-uuid") { id } }`],
        ['a Decimal with 3 decimals', () => costElementLiteral('"1250.125"')],
        ['a Decimal given as a number', () => costElementLiteral('1250.5')],
      ];
      const costElementLiteral = (budget: string) =>
        `mutation { createCostElement(input: {wbeId: "${wbeId}", code: "LIT", name: "x", budget: ${budget}, plannedStart: "2026-01-01", plannedEnd: "2026-06-30"}) { id budget } }`;

      it.each(cases)('%s', async (_case, query) => {
        const before = await projectCount();
        const result = await t.request(query());
        expect(result.errors?.length).toBeGreaterThan(0);
        expect(codes(result).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
        expect(result.data ?? null).toBeNull();
        expect(await projectCount()).toBe(before);
      });

      it('accepts valid literals of every scalar (control)', async () => {
        const project = await t.request(
          `mutation { createProject(input: {code: "L-OK", name: "x", startDate: "2026-01-01", endDate: "2026-12-31"}) { id } }`,
        );
        expect(project.errors).toBeUndefined();
        const user = await t.request(`{ user(id: "${t.users.ADMIN.id}", asOf: "2999-01-01T00:00:00Z") { id } }`);
        expect(user.errors).toBeUndefined();
        const element = await t.request<{ createCostElement: { budget: string } }, never>(costElementLiteral('"99.9"'));
        expect(element.errors).toBeUndefined();
        expect(element.data?.createCostElement.budget).toBe('99.90');
      });
    });
  });

  describe('NOT_FOUND', () => {
    it('answers a branch that the project does not have with NOT_FOUND', async () => {
      const result = await t.request(ProjectOnBranchDocument, { id: projectId, branch: 'nope' });
      expect(codes(result)).toEqual(['NOT_FOUND']);
      expect(result.errors?.[0]?.message).toContain('nope');
    });

    it('reads the same project on main (control)', async () => {
      const result = await t.request(ProjectOnBranchDocument, { id: projectId, branch: 'main' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.project).toMatchObject({ id: projectId, code: 'ERR-1', branch: 'main' });
    });
  });
});

describe('error responses in production', () => {
  let t: TestApp;
  let projectId: string;
  beforeAll(async () => {
    t = await createTestApp({ nodeEnv: 'production', jwtSecret: 'production-test-secret-with-more-than-32-chars' });
    const created = await t.run(CreateProjectForTestDocument, {
      input: { code: 'PROD-1', name: 'Production probe', startDate: '2026-01-01', endDate: '2026-12-31' },
    });
    projectId = created.createProject.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it.each([
    ['NOT_FOUND', () => t.request(ProjectOnBranchDocument, { id: projectId, branch: 'nope' })],
    ['UNAUTHENTICATED', () => t.request(CurrentUserDocument, {}, { token: 'not-a-token' })],
    ['BAD_USER_INPUT', () => t.request(UserAsOfDocument, { id: 'not-a-uuid' })],
    ['GRAPHQL_VALIDATION_FAILED', () => t.request('{ me { passwordHash } }')],
    ['GRAPHQL_PARSE_FAILED', () => t.request('{ me { ')],
  ] as const)('answers %s without a stack trace', async (code, send) => {
    const result: GraphQLResponse<unknown> = await send();
    expect(codes(result)).toContain(code);
    for (const error of result.errors ?? []) {
      expect(error.extensions).not.toHaveProperty('stacktrace');
      expect(JSON.stringify(error)).not.toMatch(/\n\s+at |\.ts:\d+/);
    }
  });

  it('answers a body that is not JSON with 400 and without a stack trace', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toMatch(/stacktrace|\n\s+at |node_modules/);
  });
});
