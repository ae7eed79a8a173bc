import jwt from 'jsonwebtoken';
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../src/auth/passwords.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../helpers/test-app.js';
import { codes, footprint } from './fixtures.js';

/** The secret that createTestApp configures. */
const TEST_SECRET = 'test-secret-of-at-least-thirty-two-characters';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const CREATE_USER = 'mutation($input: UserCreateInput!) { createUser(input: $input) { id } }';

describe('tokens that the right secret signed but this server never issued', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const me = (token: string) => t.request('{ me { id } }', {}, { token });

  it('accepts a hand-signed token with a UUID subject and an expiry (control)', async () => {
    const token = jwt.sign({}, TEST_SECRET, { subject: t.users.EDITOR.id.toUpperCase(), expiresIn: 600 });
    const result = await me(token);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ me: { id: t.users.EDITOR.id } });
  });

  it.each([
    ['a subject that is not a UUID', { sub: 'admin' }],
    ['a numeric subject', { sub: 42 }],
    ['an almost-UUID subject', { sub: `${'0'.repeat(8)}-0000-0000-0000-00000000000g` }],
    ['an empty subject', { sub: '' }],
  ])('refuses %s with UNAUTHENTICATED, not an internal error', async (_case, claims) => {
    const token = jwt.sign(claims, TEST_SECRET, { algorithm: 'HS256', expiresIn: 600 });
    const result = await me(token);
    expect(result.status).toBe(200);
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.data).toEqual({ me: null });
  });

  it('refuses a token without exp: it would be good forever', async () => {
    const token = jwt.sign({ sub: t.users.ADMIN.id }, TEST_SECRET, { algorithm: 'HS256' });
    expect(jwt.decode(token)).not.toHaveProperty('exp');
    const result = await me(token);
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(result.errors?.[0]?.message).toMatch(/expiry/);
  });

  it('refuses a token whose exp is not a number', async () => {
    // jsonwebtoken will not sign such a claim; HS256 by hand.
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: t.users.ADMIN.id, exp: 'never' })}`;
    const token = `${unsigned}.${createHmac('sha256', TEST_SECRET).update(unsigned).digest('base64url')}`;
    expect(codes(await me(token))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('password length', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const user = (email: string, password: string) => ({
    input: { email, password, fullName: 'Length Probe', role: 'VIEWER' },
  });

  it.each([
    ['one character too short', 'x'.repeat(MIN_PASSWORD_LENGTH - 1), /at least 8/],
    ['one character too long', 'x'.repeat(MAX_PASSWORD_LENGTH + 1), /at most 256/],
    ['900 KB', 'x'.repeat(900_000), /at most 256/],
  ])('createUser refuses a password %s with BAD_USER_INPUT and writes nothing', async (_case, password, message) => {
    const before = await footprint(t);
    const result = await t.request(CREATE_USER, user('length@test.local', password));
    expect(codes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors?.[0]?.extensions?.['field']).toBe('password');
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await footprint(t)).toEqual(before);
  });

  it('createUser accepts both bounds exactly (control)', async () => {
    for (const [email, password] of [
      ['shortest@test.local', 'x'.repeat(MIN_PASSWORD_LENGTH)],
      ['longest@test.local', 'y'.repeat(MAX_PASSWORD_LENGTH)],
    ] as const) {
      const created = await t.request(CREATE_USER, user(email, password));
      expect(created.errors).toBeUndefined();
      const login = await t.request(LOGIN, { email, password }, { token: null });
      expect(login.errors).toBeUndefined();
    }
  });

  it.each([
    ['too long', 'z'.repeat(900_000)],
    ['too short', 'short'],
  ])(
    'login refuses a password %s before hashing, with the same answer for an existing and an unknown account',
    async (_case, password) => {
      const throttleRows = async () => (await t.sql.query('SELECT * FROM login_throttle')).length;
      const counted = await throttleRows();
      const answers = [];
      for (const email of [t.users.EDITOR.email, 'nobody-at-all@test.local']) {
        const result = await t.request(LOGIN, { email, password }, { token: null });
        // Everything but the request id, which every error carries.
        const errors = result.errors?.map(({ message, extensions }) => ({
          message,
          code: extensions?.code,
          field: extensions?.['field'],
        }));
        answers.push({ status: result.status, errors });
      }
      // Refused before the attempt was even counted, and so before any hashing.
      expect(await throttleRows()).toBe(counted);
      for (const answer of answers) {
        expect(answer.errors?.map((e) => e.code)).toEqual(['BAD_USER_INPUT']);
        expect(answer.errors?.[0]?.field).toBe('password');
      }
      expect(answers[0]?.errors).toEqual(answers[1]?.errors);
      expect(answers[0]?.status).toBe(answers[1]?.status);
    },
  );

  it('still logs in with a correct password (control)', async () => {
    const result = await t.request(LOGIN, { email: t.users.EDITOR.email, password: TEST_PASSWORD }, { token: null });
    expect(result.errors).toBeUndefined();
  });
});
