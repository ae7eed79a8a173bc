import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { codes, footprint, seedProject, type SeededProject } from './fixtures.js';

const NUL = '\u0000';
const SOME_UUID = '0190f5e2-7a4b-7c3d-8e9f-0123456789ab';

/**
 * U+0000 anywhere in any string input reached PostgreSQL (which refuses it) and came back as
 * INTERNAL_SERVER_ERROR. Every argument and variable is now checked in one place before
 * execution: BAD_USER_INPUT, HTTP 400, naming the argument and field, nothing written.
 */
describe('control characters in string inputs', () => {
  let t: TestApp;
  let s: SeededProject;

  beforeAll(async () => {
    t = await createTestApp();
    s = await seedProject(t);
  });
  afterAll(async () => {
    await t.close();
  });

  interface Case {
    name: string;
    query: string;
    variables?: (s: SeededProject) => Record<string, unknown>;
    field: string;
    argument?: string;
    variable?: string;
    anonymous?: boolean;
  }

  const cases: Case[] = [
    {
      name: 'login email as a variable',
      query: 'mutation($email: String!) { login(email: $email, password: "long-enough-password") { token } }',
      variables: () => ({ email: `admin${NUL}@test.local` }),
      field: 'email',
      argument: 'email',
      variable: 'email',
      anonymous: true,
    },
    {
      name: 'login email as a literal',
      query: 'mutation { login(email: "admin\\u0000@test.local", password: "long-enough-password") { token } }',
      field: 'email',
      argument: 'email',
      anonymous: true,
    },
    {
      name: 'login password',
      query: 'mutation($p: String!) { login(email: "admin@test.local", password: $p) { token } }',
      variables: () => ({ p: `${TEST_PASSWORD}${NUL}` }),
      field: 'password',
      argument: 'password',
      variable: 'p',
      anonymous: true,
    },
    {
      name: 'project name in an input variable',
      query: 'mutation($input: ProjectCreateInput!) { createProject(input: $input) { id } }',
      variables: () => ({
        input: { code: 'NUL-1', name: `Name${NUL}`, startDate: '2026-01-01', endDate: '2026-02-01' },
      }),
      field: 'name',
      argument: 'input.name',
      variable: 'input',
    },
    {
      name: 'project description in a literal',
      query: `mutation { createProject(input: { code: "NUL-2", name: "N", description: "a\\u0000b",
                startDate: "2026-01-01", endDate: "2026-02-01" }) { id } }`,
      field: 'description',
      argument: 'input.description',
    },
    {
      name: 'commit message',
      query: 'mutation($id: UUID!, $m: String) { updateProject(id: $id, input: { name: "X" }, message: $m) { id } }',
      variables: (s) => ({ id: s.projectId, m: `why${NUL}` }),
      field: 'message',
      argument: 'message',
      variable: 'm',
    },
    {
      name: 'WBE name',
      query: 'mutation($p: UUID!, $i: WBECreateInput!) { createWBE(projectId: $p, input: $i) { id } }',
      variables: (s) => ({ p: s.projectId, i: { code: '2', name: `${NUL}` } }),
      field: 'name',
      argument: 'input.name',
      variable: 'i',
    },
    {
      name: 'cost element code',
      query: 'mutation($i: CostElementCreateInput!) { createCostElement(input: $i) { id } }',
      variables: (s) => ({
        i: {
          wbeId: s.wbeId,
          code: `CE${NUL}2`,
          name: 'N',
          budget: '1.00',
          plannedStart: '2026-01-01',
          plannedEnd: '2026-01-02',
        },
      }),
      field: 'code',
      argument: 'input.code',
      variable: 'i',
    },
    {
      name: 'cost registration description',
      query: 'mutation($i: CostRegistrationInput!) { registerCost(input: $i) { id } }',
      variables: (s) => ({
        i: { costElementId: s.costElementId, amount: '5.00', incurredOn: '2026-02-01', description: `x${NUL}` },
      }),
      field: 'description',
      argument: 'input.description',
      variable: 'i',
    },
    {
      name: 'branch argument of a write',
      query: 'mutation($i: CostRegistrationInput!, $b: String) { registerCost(input: $i, branch: $b) { id } }',
      variables: (s) => ({
        i: { costElementId: s.costElementId, amount: '5.00', incurredOn: '2026-02-01' },
        b: `main${NUL}`,
      }),
      field: 'branch',
      argument: 'branch',
      variable: 'b',
    },
    {
      name: 'branch argument of a read',
      query: `query($id: UUID!) { project(id: $id, branch: "ma\\u0000in") { id } }`,
      variables: (s) => ({ id: s.projectId }),
      field: 'branch',
      argument: 'branch',
    },
    {
      name: 'branch of a nested read point',
      query: `query($id: UUID!, $b: String) { project(id: $id) { wbes(branch: $b) { id } } }`,
      variables: (s) => ({ id: s.projectId, b: NUL }),
      field: 'branch',
      argument: 'branch',
      variable: 'b',
    },
    {
      name: 'new branch name',
      query: 'mutation($p: UUID!, $n: String!) { createBranch(projectId: $p, name: $n) { name } }',
      variables: (s) => ({ p: s.projectId, n: `b${NUL}` }),
      field: 'name',
      argument: 'name',
      variable: 'n',
    },
    {
      name: 'diff ref branch',
      query: `query($p: UUID!, $to: RefInput!) { diff(projectId: $p, from: { branch: "main" }, to: $to) { mode } }`,
      variables: (s) => ({ p: s.projectId, to: { branch: `feature${NUL}` } }),
      field: 'branch',
      argument: 'to.branch',
      variable: 'to',
    },
    {
      name: 'a JSON value of a merge resolution',
      query: `mutation($p: UUID!, $r: [ConflictResolution!]) {
                mergeBranch(projectId: $p, source: "feature", resolutions: $r) { status } }`,
      variables: (s) => ({
        p: s.projectId,
        r: [{ entityId: s.wbeId, field: 'name', value: { nested: [`ok`, `bad${NUL}`] } }],
      }),
      field: 'nested',
      argument: 'resolutions[0].value.nested[1]',
      variable: 'r',
    },
    {
      name: 'a key of a JSON value',
      query: `mutation($p: UUID!, $v: JSON) {
                mergeBranch(projectId: $p, source: "feature", resolutions: [{ entityId: "${SOME_UUID}", field: "name", value: $v }]) { status } }`,
      variables: (s) => ({ p: s.projectId, v: { [`k${NUL}`]: 1 } }),
      field: 'value',
      argument: 'resolutions[0].value',
      variable: 'v',
    },
    {
      name: 'a resolution field name',
      query: `mutation($p: UUID!) { mergeBranch(projectId: $p, source: "feature",
                resolutions: [{ entityId: "${SOME_UUID}", field: "na\\u0000me", value: "x" }]) { status } }`,
      variables: (s) => ({ p: s.projectId }),
      field: 'field',
      argument: 'resolutions[0].field',
    },
    {
      name: 'change order title',
      query: 'mutation($i: ChangeOrderCreateInput!) { createChangeOrder(input: $i) { id } }',
      variables: (s) => ({ i: { projectId: s.projectId, code: 'CO-NUL', title: `T${NUL}` } }),
      field: 'title',
      argument: 'input.title',
      variable: 'i',
    },
    {
      name: 'rejection reason',
      query: 'mutation($id: UUID!, $r: String!) { rejectChangeOrder(id: $id, reason: $r) { id } }',
      variables: (s) => ({ id: s.changeOrderId, r: `no${NUL}` }),
      field: 'reason',
      argument: 'reason',
      variable: 'r',
    },
    {
      name: 'approval message',
      query: 'mutation($id: UUID!, $m: String) { approveChangeOrder(id: $id, message: $m) { id } }',
      variables: (s) => ({ id: s.changeOrderId, m: NUL }),
      field: 'message',
      argument: 'message',
      variable: 'm',
    },
    {
      name: 'new user full name',
      query: 'mutation($i: UserCreateInput!) { createUser(input: $i) { id } }',
      variables: () => ({
        i: { email: 'nul@test.local', password: TEST_PASSWORD, fullName: `A${NUL}B`, role: 'VIEWER' },
      }),
      field: 'fullName',
      argument: 'input.fullName',
      variable: 'i',
    },
    {
      name: 'user update full name',
      query: 'mutation($id: UUID!, $i: UserUpdateInput!) { updateUser(id: $id, input: $i) { id } }',
      variables: () => ({ id: t.users.VIEWER.id, i: { fullName: NUL } }),
      field: 'fullName',
      argument: 'input.fullName',
      variable: 'i',
    },
    {
      name: 'a default value of a variable',
      query: 'query($b: String = "x\\u0000") { projects(branch: $b) { totalCount } }',
      field: 'b',
      variable: 'b',
    },
  ];

  it.each(cases)('refuses U+0000 in the $name with BAD_USER_INPUT and writes nothing', async (c) => {
    const before = await footprint(t);
    const result = await t.request(c.query, c.variables?.(s), c.anonymous === true ? { token: null } : {});
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.status).toBe(400);
    const error = result.errors?.[0];
    expect(error?.message).toContain('U+0000');
    expect(error?.extensions?.['field']).toBe(c.field);
    if (c.argument !== undefined) expect(error?.extensions?.['argument']).toBe(c.argument);
    if (c.variable !== undefined) expect(error?.extensions?.['variable']).toBe(c.variable);
    expect(result.data).toBeUndefined();
    expect(await footprint(t)).toEqual(before);
  });

  const create = (fields: Record<string, string>) =>
    t.request('mutation($input: ProjectCreateInput!) { createProject(input: $input) { id name description } }', {
      input: { code: 'CTRL', name: 'Control', startDate: '2026-01-01', endDate: '2026-02-01', ...fields },
    });

  it.each([
    ['BEL in a name', { name: 'Ring\u0007' }, 'name', 'U+0007'],
    ['ESC in a description', { description: '\u001b[31mred' }, 'description', 'U+001B'],
    ['DEL in a code', { code: 'CTRL\u007f' }, 'code', 'U+007F'],
    ['a C1 control (CSI) in a name', { name: 'A\u009bB' }, 'name', 'U+009B'],
    ['an unpaired surrogate in a name', { name: 'A\ud800B' }, 'name', 'unpaired surrogate'],
  ])('refuses %s everywhere, before anything runs', async (_case, fields, field, shown) => {
    const before = await footprint(t);
    const result = await create(fields);
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.['field']).toBe(field);
    expect(result.errors?.[0]?.message).toContain(shown);
    expect(await footprint(t)).toEqual(before);
  });

  it('keeps tabs and line breaks in free text (description)', async () => {
    const result = await create({ code: 'TEXT-1', description: 'line one\n\tline two\r\nline three' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ createProject: { description: 'line one\n\tline two\r\nline three' } });
  });

  it.each([
    ['a line feed', 'Two\nlines'],
    ['a tab', 'Tab\tbed'],
  ])('refuses %s inside a name: names are one line', async (_case, name) => {
    const before = await footprint(t);
    const result = await create({ code: 'TEXT-2', name });
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.['field']).toBe('name');
    expect(await footprint(t)).toEqual(before);
  });

  it('refuses JSON nested deeper than 32 levels, however deep the body nests it', async () => {
    const depth = 200_000;
    const query = `mutation($p: UUID!, $v: JSON) { mergeBranch(projectId: $p, source: "feature",
      resolutions: [{ entityId: "${SOME_UUID}", field: "name", value: $v }]) { status } }`;
    // Built as text: JSON.stringify itself would overflow the stack on such a value.
    const body = `{"query":${JSON.stringify(query)},"variables":{"p":"${s.projectId}","v":${'['.repeat(depth)}1${']'.repeat(depth)}}}`;
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.users.ADMIN.token}` },
      body,
    });
    const result = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
    expect(response.status).toBe(400);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.message).toContain('nested deeper than 32');
  });

  it('accepts ordinary text in every language (control)', async () => {
    const result = await create({ code: 'TEXT-3', name: 'Ünïcødé 工程 🚧 — “quoted”' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ createProject: { name: 'Ünïcødé 工程 🚧 — “quoted”' } });
  });
});
