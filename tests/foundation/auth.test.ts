import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateProjectForTestDocument,
  CreateUserWithRoleDocument,
  CurrentUserDocument,
  ListUsersDocument,
  LoginAsDocument,
  UpdateUserProfileDocument,
} from '../graphql/generated/graphql.js';
import { createTestApp, TEST_PASSWORD, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';

/** The secret that createTestApp configures. */
const TEST_SECRET = 'test-secret-of-at-least-thirty-two-characters';

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function codes(result: GraphQLResponse<unknown>): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

describe('authentication and authorization over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function count(table: string): Promise<number> {
    const [row] = await t.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    return Number(row?.n);
  }

  /** Rows in every table a refused write could have touched. */
  async function footprint(): Promise<Record<string, number>> {
    const tables = ['app_user', 'user_version', 'entity', 'project_commit', 'branch', 'project_version'];
    const [row] = await t.sql.query(
      `SELECT ${tables.map((table) => `(SELECT count(*)::int FROM ${table}) AS ${table}`).join(', ')}`,
    );
    return Object.fromEntries(tables.map((table) => [table, Number(row?.[table])]));
  }

  function me(token: string | null, headers?: Record<string, string>) {
    return t.request(CurrentUserDocument, {}, { token, ...(headers === undefined ? {} : { headers }) });
  }

  describe('login', () => {
    it('issues a token that authenticates the user (control for the refusals below)', async () => {
      const result = await t.request(
        LoginAsDocument,
        { email: t.users.EDITOR.email, password: TEST_PASSWORD },
        { token: null },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.login.user.email).toBe(t.users.EDITOR.email);
      expect(new Date(result.data?.login.expiresAt ?? 0).getTime()).toBeGreaterThan(Date.now());
      const who = await t.request(CurrentUserDocument, {}, { token: result.data?.login.token ?? null });
      expect(who.data?.me?.id).toBe(t.users.EDITOR.id);
    });

    it('refuses a wrong password with UNAUTHENTICATED', async () => {
      const result = await t.request(
        LoginAsDocument,
        { email: t.users.EDITOR.email, password: 'wrong-password-123' },
        { token: null },
      );
      expect(result.data).toBeNull();
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses an unknown email with UNAUTHENTICATED and the same message as a wrong password', async () => {
      const unknown = await t.request(
        LoginAsDocument,
        { email: 'nobody@test.local', password: TEST_PASSWORD },
        { token: null },
      );
      const wrong = await t.request(
        LoginAsDocument,
        { email: t.users.EDITOR.email, password: 'wrong-password-123' },
        { token: null },
      );
      expect(codes(unknown)).toEqual(['UNAUTHENTICATED']);
      expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    });
  });

  describe('tokens', () => {
    it('accepts a token signed by hand with the server secret (control for the forged ones)', async () => {
      const token = jwt.sign({}, TEST_SECRET, { algorithm: 'HS256', subject: t.users.VIEWER.id, expiresIn: 600 });
      const result = await me(token);
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({ me: { id: t.users.VIEWER.id, role: 'VIEWER' } });
    });

    it.each([
      ['me', CurrentUserDocument],
      ['users', ListUsersDocument],
    ] as const)('refuses %s without a token with UNAUTHENTICATED', async (_name, document) => {
      const result = await t.request(document, {}, { token: null });
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(result.data ?? null)).not.toContain('@test.local');
    });

    it('refuses a token signed with another secret', async () => {
      const token = jwt.sign({}, 'another-secret-that-is-also-long-enough-0123', {
        subject: t.users.ADMIN.id,
        expiresIn: 600,
      });
      expect(codes(await me(token))).toEqual(['UNAUTHENTICATED']);
    });

    it('refuses an unsigned alg "none" token', async () => {
      const now = Math.floor(Date.now() / 1000);
      const token = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ sub: t.users.ADMIN.id, iat: now, exp: now + 600 })}.`;
      const result = await me(token);
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.data?.me ?? null).toBeNull();
    });

    it('refuses an expired token and says it expired', async () => {
      const past = Math.floor(Date.now() / 1000) - 3600;
      const token = jwt.sign({ sub: t.users.ADMIN.id, iat: past - 60, exp: past }, TEST_SECRET, { algorithm: 'HS256' });
      const result = await me(token);
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
      expect(result.errors?.[0]?.message).toMatch(/expired/);
    });

    it('refuses a token for a user id that does not exist', async () => {
      const token = jwt.sign({}, TEST_SECRET, { subject: '00000000-0000-7000-8000-000000000000', expiresIn: 600 });
      expect(codes(await me(token))).toEqual(['UNAUTHENTICATED']);
    });

    it.each([
      ['a scheme other than Bearer', () => `Basic ${Buffer.from('admin:secret').toString('base64')}`],
      ['Bearer without a token', () => 'Bearer'],
      ['a token without a scheme', () => t.users.ADMIN.token],
      ['two tokens', () => `Bearer ${t.users.ADMIN.token} ${t.users.ADMIN.token}`],
      ['a token that is not a JWT', () => 'Bearer not-a-jwt'],
    ])('refuses a malformed Authorization header: %s', async (_case, header) => {
      const result = await me(null, { authorization: header() });
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('deactivated users', () => {
    it("refuses a deactivated user's existing token and their login", async () => {
      const email = 'soon-gone@test.local';
      const created = await t.run(CreateUserWithRoleDocument, {
        input: { email, password: TEST_PASSWORD, fullName: 'Soon Gone', role: 'EDITOR' },
      });
      const login = await t.run(LoginAsDocument, { email, password: TEST_PASSWORD }, null);
      const token = login.login.token;
      expect((await me(token)).data).toMatchObject({ me: { email } });

      const update = await t.run(UpdateUserProfileDocument, { id: created.createUser.id, input: { isActive: false } });
      expect(update.updateUser).toMatchObject({ isActive: false, version: 2 });

      const refused = await me(token);
      expect(codes(refused)).toEqual(['UNAUTHENTICATED']);
      expect(refused.errors?.[0]?.message).toMatch(/deactivated/);
      const again = await t.request(LoginAsDocument, { email, password: TEST_PASSWORD }, { token: null });
      expect(again.data).toBeNull();
      expect(codes(again)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('roles', () => {
    const project = {
      code: 'AUTH-1',
      name: 'Authorization probe',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    };
    const newUser = (email: string) => ({
      email,
      password: TEST_PASSWORD,
      fullName: 'Not Created',
      role: 'ADMIN' as const,
    });

    it('lets a MANAGER create a project (control for the refusals below)', async () => {
      const before = await count('project_version');
      const result = await t.request(
        CreateProjectForTestDocument,
        { input: { ...project, code: 'AUTH-OK' } },
        { token: t.users.MANAGER.token },
      );
      expect(result.errors).toBeUndefined();
      expect(await count('project_version')).toBe(before + 1);
    });

    it('refuses createProject by a VIEWER with FORBIDDEN and writes nothing', async () => {
      const before = await footprint();
      const result = await t.request(CreateProjectForTestDocument, { input: project }, { token: t.users.VIEWER.token });
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expect(result.data).toBeNull();
      expect(await footprint()).toEqual(before);
    });

    it('refuses createProject without a token with UNAUTHENTICATED and writes nothing', async () => {
      const before = await footprint();
      const result = await t.request(CreateProjectForTestDocument, { input: project }, { token: null });
      expect(codes(result)).toEqual(['UNAUTHENTICATED']);
      expect(await footprint()).toEqual(before);
    });

    it.each(['VIEWER', 'EDITOR', 'MANAGER'] as const)(
      'refuses createUser by %s with FORBIDDEN and writes nothing',
      async (role) => {
        const before = await footprint();
        const email = `made-by-${role.toLowerCase()}@test.local`;
        const result = await t.request(
          CreateUserWithRoleDocument,
          { input: newUser(email) },
          { token: t.users[role].token },
        );
        expect(codes(result)).toEqual(['FORBIDDEN']);
        expect(await footprint()).toEqual(before);
        const [row] = await t.sql.query('SELECT id FROM app_user WHERE email = $1', [email]);
        expect(row).toBeUndefined();
      },
    );

    it('refuses updateUser by an EDITOR with FORBIDDEN and writes nothing', async () => {
      const before = await footprint();
      const result = await t.request(
        UpdateUserProfileDocument,
        { id: t.users.EDITOR.id, input: { role: 'ADMIN' } },
        { token: t.users.EDITOR.token },
      );
      expect(codes(result)).toEqual(['FORBIDDEN']);
      expect(await footprint()).toEqual(before);
      expect((await me(t.users.EDITOR.token)).data).toMatchObject({ me: { role: 'EDITOR', version: 1 } });
    });
  });
});
