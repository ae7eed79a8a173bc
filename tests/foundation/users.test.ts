import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateUserWithRoleDocument,
  CurrentUserDocument,
  ListUsersDocument,
  LoginAsDocument,
  UpdateUserProfileDocument,
  UserAsOfDocument,
  UserProfileHistoryDocument,
} from '../graphql/generated/graphql.js';
import { createTestApp, TEST_PASSWORD, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';

function codes(result: GraphQLResponse<unknown>): (string | undefined)[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

function msBefore(instant: string, ms = 1): string {
  return new Date(new Date(instant).getTime() - ms).toISOString();
}

describe('users', () => {
  let t: TestApp;
  /** Every response body of this file, to search for password hashes at the end. */
  const bodies: string[] = [];
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  async function send<T, V>(
    document: TypedDocumentNode<T, V>,
    variables: V,
    options: { token?: string | null } = {},
  ): Promise<GraphQLResponse<T>> {
    const result = await t.request(document, variables, options);
    bodies.push(JSON.stringify({ data: result.data, errors: result.errors }));
    return result;
  }

  async function versionRows(userId: string): Promise<number> {
    const [row] = await t.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM user_version WHERE user_id = $1', [
      userId,
    ]);
    return Number(row?.n);
  }

  async function userRows(): Promise<number> {
    const [row] = await t.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM app_user');
    return Number(row?.n);
  }

  async function createUser(email: string, role: 'ADMIN' | 'MANAGER' | 'EDITOR' | 'VIEWER' = 'EDITOR') {
    const result = await send(CreateUserWithRoleDocument, {
      input: { email, password: TEST_PASSWORD, fullName: `User ${email}`, role },
    });
    expect(result.errors).toBeUndefined();
    const user = result.data?.createUser;
    if (user === undefined) throw new Error('createUser returned no user');
    return user;
  }

  describe('createUser and updateUser by an ADMIN', () => {
    it('creates a user at version 1 who can then log in', async () => {
      const result = await send(CreateUserWithRoleDocument, {
        input: { email: 'new.user@test.local', password: TEST_PASSWORD, fullName: '  New User ', role: 'MANAGER' },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({
        createUser: {
          email: 'new.user@test.local',
          fullName: 'New User',
          role: 'MANAGER',
          isActive: true,
          version: 1,
          validTo: null,
        },
      });
      const login = await send(
        LoginAsDocument,
        { email: 'NEW.USER@test.local', password: TEST_PASSWORD },
        { token: null },
      );
      expect(login.errors).toBeUndefined();
      expect(login.data).toMatchObject({ login: { user: { email: 'new.user@test.local', role: 'MANAGER' } } });
    });

    it('updates the profile as a new version, leaving the earlier one in place', async () => {
      const user = await createUser('promoted@test.local', 'VIEWER');
      const result = await send(UpdateUserProfileDocument, {
        id: user.id,
        input: { fullName: 'Promoted Person', role: 'EDITOR' },
        expectedVersion: 1,
      });
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({
        updateUser: { id: user.id, fullName: 'Promoted Person', role: 'EDITOR', isActive: true, version: 2 },
      });
      const rows = await t.sql.query(
        'SELECT version, role, full_name FROM user_version WHERE user_id = $1 ORDER BY version',
        [user.id],
      );
      expect(rows).toEqual([
        { version: 1, role: 'VIEWER', full_name: 'User promoted@test.local' },
        { version: 2, role: 'EDITOR', full_name: 'Promoted Person' },
      ]);
    });

    it('refuses a duplicate email, in any letter case, with CONFLICT and writes nothing', async () => {
      const before = await userRows();
      const result = await send(CreateUserWithRoleDocument, {
        input: { email: t.users.VIEWER.email.toUpperCase(), password: TEST_PASSWORD, fullName: 'Twin', role: 'VIEWER' },
      });
      expect(codes(result)).toEqual(['CONFLICT']);
      expect(await userRows()).toBe(before);
    });

    it('refuses a password shorter than 8 characters with BAD_USER_INPUT and writes nothing', async () => {
      const before = await userRows();
      const result = await send(CreateUserWithRoleDocument, {
        input: { email: 'short.password@test.local', password: 'seven77', fullName: 'Short', role: 'VIEWER' },
      });
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.['field']).toBe('password');
      expect(await userRows()).toBe(before);
    });

    it('refuses updateUser with a stale expectedVersion with CONFLICT and writes nothing', async () => {
      const user = await createUser('stale@test.local', 'VIEWER');
      await t.run(UpdateUserProfileDocument, { id: user.id, input: { fullName: 'First Edit' }, expectedVersion: 1 });
      const result = await send(UpdateUserProfileDocument, {
        id: user.id,
        input: { fullName: 'Lost Edit', role: 'ADMIN' },
        expectedVersion: 1,
      });
      expect(codes(result)).toEqual(['CONFLICT']);
      expect(result.errors?.[0]?.extensions).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
      expect(await versionRows(user.id)).toBe(2);
      const now = await send(UserAsOfDocument, { id: user.id });
      expect(now.data).toMatchObject({ user: { fullName: 'First Edit', role: 'VIEWER', version: 2 } });
    });

    it('answers NOT_FOUND for updateUser of an unknown id', async () => {
      const result = await send(UpdateUserProfileDocument, {
        id: '00000000-0000-7000-8000-000000000000',
        input: { fullName: 'Nobody' },
      });
      expect(codes(result)).toEqual(['NOT_FOUND']);
    });
  });

  describe('reading users through time', () => {
    let id: string;
    /** validFrom of versions 1, 2 and 3. */
    let validFrom: string[];

    beforeAll(async () => {
      const user = await createUser('timeline@test.local', 'VIEWER');
      id = user.id;
      const v2 = await t.run(UpdateUserProfileDocument, { id, input: { fullName: 'Timeline Two', role: 'EDITOR' } });
      const v3 = await t.run(UpdateUserProfileDocument, { id, input: { isActive: false } });
      validFrom = [user.validFrom, v2.updateUser.validFrom, v3.updateUser.validFrom];
    });

    it('user(id, asOf) returns the profile as it was at asOf', async () => {
      const [v1At, v2At, v3At] = validFrom as [string, string, string];
      const at = async (asOf: string) => (await send(UserAsOfDocument, { id, asOf })).data;
      expect(await at(msBefore(v1At))).toEqual({ user: null });
      expect(await at(v1At)).toMatchObject({
        user: { version: 1, fullName: 'User timeline@test.local', role: 'VIEWER', isActive: true },
      });
      expect(await at(msBefore(v2At))).toMatchObject({ user: { version: 1, role: 'VIEWER' } });
      expect(await at(v2At)).toMatchObject({
        user: { version: 2, fullName: 'Timeline Two', role: 'EDITOR', isActive: true },
      });
      expect(await at(v3At)).toMatchObject({ user: { version: 3, fullName: 'Timeline Two', isActive: false } });
      expect(await at('2999-01-01T00:00:00Z')).toMatchObject({ user: { version: 3 } });
      expect(await at(v2At)).toMatchObject({ user: { email: 'timeline@test.local', id } });
    });

    it('history lists every state oldest first, each valid until the next one starts', async () => {
      const result = await send(UserProfileHistoryDocument, { id });
      expect(result.errors).toBeUndefined();
      const history = result.data?.user?.history ?? [];
      expect(history.map((h) => h.version)).toEqual([1, 2, 3]);
      expect(history.map((h) => h.validFrom)).toEqual(validFrom);
      expect(history.map((h) => h.validTo)).toEqual([validFrom[1], validFrom[2], null]);
      expect(history.map((h) => [h.role, h.isActive])).toEqual([
        ['VIEWER', true],
        ['EDITOR', true],
        ['EDITOR', false],
      ]);
    });

    it('history read at asOf lists only the states known then, the last still open', async () => {
      const result = await send(UserProfileHistoryDocument, { id, asOf: validFrom[1] });
      expect(result.data?.user?.version).toBe(2);
      const history = result.data?.user?.history ?? [];
      expect(history.map((h) => [h.version, h.validTo])).toEqual([
        [1, validFrom[1]],
        [2, null],
      ]);
    });
  });

  describe('me and users', () => {
    it.each(['ADMIN', 'MANAGER', 'EDITOR', 'VIEWER'] as const)(
      'me returns the profile of the %s who asks',
      async (role) => {
        const result = await send(CurrentUserDocument, {}, { token: t.users[role].token });
        expect(result.errors).toBeUndefined();
        expect(result.data).toEqual({
          me: {
            id: t.users[role].id,
            email: t.users[role].email,
            fullName: `Test ${role}`,
            role,
            isActive: true,
            version: 1,
          },
        });
      },
    );

    it('users lists every user once, by email, to any signed-in role', async () => {
      const result = await send(ListUsersDocument, {}, { token: t.users.VIEWER.token });
      expect(result.errors).toBeUndefined();
      const emails = (result.data?.users ?? []).map((u) => u.email);
      const stored = await t.sql.query<{ email: string }>('SELECT email FROM app_user ORDER BY lower(email)');
      expect(emails).toEqual(stored.map((r) => r.email));
      for (const role of ['ADMIN', 'MANAGER', 'EDITOR', 'VIEWER'] as const)
        expect(emails).toContain(t.users[role].email);
      expect(result.data?.users.every((u) => u.validTo === null)).toBe(true);
    });
  });

  describe('password hashes', () => {
    it('stores every password as an argon2id hash', async () => {
      const rows = await t.sql.query<{ password_hash: string }>('SELECT password_hash FROM app_user');
      expect(rows.length).toBeGreaterThanOrEqual(4);
      for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    });

    it('keeps the hash on the identity row only: no version table has a password or hash column', async () => {
      const columns = await t.sql.query<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE table_schema = current_schema() AND (column_name ILIKE '%hash%' OR column_name ILIKE '%password%')`,
      );
      expect(columns).toEqual([{ table_name: 'app_user', column_name: 'password_hash' }]);
      const rows = await t.sql.query<{ row: string }>('SELECT row_to_json(v)::text AS row FROM user_version v');
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.row.includes('$argon2'))).toEqual([]);
    });

    it('never sends a hash in any response', async () => {
      // Runs last: every response of this file, plus a full history read, is searched.
      await send(UserProfileHistoryDocument, { id: t.users.ADMIN.id });
      expect(bodies.length).toBeGreaterThan(15);
      expect(bodies.filter((body) => body.includes('$argon2'))).toEqual([]);
      const hashes = await t.sql.query<{ password_hash: string }>('SELECT password_hash FROM app_user');
      for (const { password_hash } of hashes) {
        const digest = password_hash.split('$').pop() ?? password_hash;
        expect(bodies.filter((body) => body.includes(digest))).toEqual([]);
      }
    });
  });
});
