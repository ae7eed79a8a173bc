import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, type App } from '../../src/app.js';
import { createTestApp, TEST_PASSWORD, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';
import { testEngine } from '../helpers/database.js';
import { codes } from './fixtures.js';

const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const CREATE_USER = 'mutation($input: UserCreateInput!) { createUser(input: $input) { id } }';
const WRONG = 'not-the-password';
const LOCKOUT_SECONDS = 3;

/**
 * Repeated failed logins lock the account, and the client address, for a while. The counts
 * live in the database: every API process on it sees them, and a lock holds across them.
 */
describe('login throttling', () => {
  let t: TestApp;
  let address = 0;
  /** A client address of its own for each test (the app trusts X-Forwarded-For here). */
  const nextAddress = () => `203.0.113.${(address += 1)}`;

  beforeAll(async () => {
    t = await createTestApp({
      trustProxy: true,
      loginMaxFailuresPerAccount: 3,
      loginMaxFailuresPerAddress: 8,
      loginFailureWindowSeconds: 600,
      loginLockoutSeconds: LOCKOUT_SECONDS,
    });
  });
  afterAll(async () => {
    await t.close();
  });

  async function newUser(email: string): Promise<string> {
    await t.run(CREATE_USER, { input: { email, password: TEST_PASSWORD, fullName: 'Throttled', role: 'VIEWER' } });
    return email;
  }

  function login(email: string, password: string, from: string, url = t.url): Promise<GraphQLResponse<unknown>> {
    if (url === t.url)
      return t.request(LOGIN, { email, password }, { token: null, headers: { 'x-forwarded-for': from } });
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
    }).then(async (response) => {
      const body = (await response.json()) as Pick<GraphQLResponse<unknown>, 'data' | 'errors'>;
      return { status: response.status, headers: response.headers, statements: 0, ...body };
    });
  }

  function expectThrottled(result: GraphQLResponse<unknown>): void {
    expect(codes(result)).toEqual(['LOGIN_THROTTLED']);
    const retryAfter = result.errors?.[0]?.extensions?.['retryAfterSeconds'];
    expect(typeof retryAfter).toBe('number');
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LOCKOUT_SECONDS);
    expect(result.errors?.[0]?.message).toMatch(/too many failed logins/);
  }

  it('locks an account after 3 failures: even the right password is refused, with a retry hint', async () => {
    const email = await newUser('locked@test.local');
    const from = nextAddress();
    for (let i = 0; i < 3; i += 1) expect(codes(await login(email, WRONG, from))).toEqual(['UNAUTHENTICATED']);
    expectThrottled(await login(email, TEST_PASSWORD, from));
    // From another address too: the account is what is locked.
    expectThrottled(await login(email, TEST_PASSWORD, nextAddress()));
  });

  it('answers an unknown account exactly like an existing one, so that locks do not reveal accounts', async () => {
    const known = await newUser('known@test.local');
    const answers: Record<string, unknown[]> = { known: [], unknown: [] };
    for (const [label, email] of [
      ['known', known],
      ['unknown', 'never-registered@test.local'],
    ] as const) {
      const from = nextAddress();
      for (let i = 0; i < 4; i += 1) {
        const result = await login(email, WRONG, from);
        answers[label]?.push({ status: result.status, codes: codes(result), message: result.errors?.[0]?.message });
      }
    }
    expect(answers['unknown']).toEqual(answers['known']);
    expect(answers['known']?.at(-1)).toMatchObject({ codes: ['LOGIN_THROTTLED'] });
  });

  it('forgets the failures of an account once its password is right', async () => {
    const email = await newUser('forgiven@test.local');
    const from = nextAddress();
    for (let i = 0; i < 2; i += 1) await login(email, WRONG, from);
    expect((await login(email, TEST_PASSWORD, from)).errors).toBeUndefined();
    for (let i = 0; i < 2; i += 1) expect(codes(await login(email, WRONG, from))).toEqual(['UNAUTHENTICATED']);
    expect((await login(email, TEST_PASSWORD, from)).errors).toBeUndefined();
  });

  it('lets the account in again once the lock has run out', async () => {
    const email = await newUser('patient@test.local');
    const from = nextAddress();
    for (let i = 0; i < 3; i += 1) await login(email, WRONG, from);
    expectThrottled(await login(email, TEST_PASSWORD, from));
    await new Promise((resolve) => setTimeout(resolve, LOCKOUT_SECONDS * 1000 + 200));
    expect((await login(email, TEST_PASSWORD, from)).errors).toBeUndefined();
  });

  it('locks a client address that fails on many accounts, and only that address', async () => {
    const sprayer = nextAddress();
    for (let i = 0; i < 8; i += 1) {
      expect(codes(await login(`spray-${i}@test.local`, WRONG, sprayer))).toEqual(['UNAUTHENTICATED']);
    }
    const victim = await newUser('sprayed@test.local');
    expectThrottled(await login(victim, TEST_PASSWORD, sprayer));
    expect((await login(victim, TEST_PASSWORD, nextAddress())).errors).toBeUndefined();
  });

  it('holds under concurrent guesses: at most 3 are checked', async () => {
    const email = await newUser('raced@test.local');
    const from = nextAddress();
    const results = await Promise.all(Array.from({ length: 12 }, () => login(email, WRONG, from)));
    const checked = results.filter((r) => codes(r)[0] === 'UNAUTHENTICATED').length;
    const throttled = results.filter((r) => codes(r)[0] === 'LOGIN_THROTTLED').length;
    expect(checked + throttled).toBe(12);
    expect(checked).toBeLessThanOrEqual(3);
  });

  it('keeps neither emails nor addresses in clear in the database', async () => {
    const rows = await t.sql.query<{ scope: string; key_digest: string }>(
      'SELECT scope, key_digest FROM login_throttle',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key_digest).toMatch(/^[0-9a-f]{64}$/);
  });

  describe.runIf(testEngine === 'postgresql')('two API processes on one PostgreSQL database', () => {
    let second: App;
    beforeAll(async () => {
      second = await bootstrap({ ...t.app.config, port: 0 });
    });
    afterAll(async () => {
      await second?.close();
    });

    it('count failures together and both refuse a locked account', async () => {
      const email = await newUser('shared@test.local');
      const from = nextAddress();
      const urls = [t.url, `${second.url}/graphql`];
      for (let i = 0; i < 3; i += 1) {
        expect(codes(await login(email, WRONG, from, urls[i % 2]))).toEqual(['UNAUTHENTICATED']);
      }
      for (const url of urls) expectThrottled(await login(email, TEST_PASSWORD, from, url));
    });

    it('hold under concurrent guesses spread over both processes', async () => {
      const email = await newUser('shared-race@test.local');
      const from = nextAddress();
      const urls = [t.url, `${second.url}/graphql`];
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => login(email, WRONG, from, urls[i % 2])));
      expect(results.filter((r) => codes(r)[0] === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(3);
      expect(results.every((r) => ['UNAUTHENTICATED', 'LOGIN_THROTTLED'].includes(codes(r)[0] ?? ''))).toBe(true);
    });
  });
});
