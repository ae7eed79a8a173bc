import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bootstrap, type App } from '../../src/app.js';
import { testEngine } from '../helpers/database.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';
import { seedProject, type SeededProject } from './fixtures.js';

/** The statement of the issue: every other connection to the database is dropped at once. */
const TERMINATE_OTHERS = `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
  WHERE datname = current_database() AND pid <> pg_backend_pid()`;

interface LogLine {
  level: number;
  msg: string;
  err?: { message?: string; code?: string };
}

/**
 * PostgreSQL drops the API's connections (a restart, a failover, an administrator). A query
 * runs again once on a fresh connection; what still fails, and a mutation that lost its
 * transaction, answer DATABASE_UNAVAILABLE with HTTP 503 and a retry hint, and are logged at
 * error level with their cause. To drop a connection at a chosen moment, the test holds a
 * table lock that the request waits on, terminates every other backend, then lets go.
 */
describe.runIf(testEngine === 'postgresql')('lost database connections', () => {
  let t: TestApp;
  let app: App;
  let admin: pg.Client;
  let s: SeededProject;
  let url: string;
  const logs: LogLine[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    s = await seedProject(t);
    const logger = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line) as LogLine) });
    // A second process on the same database, whose log this test reads.
    // A small pool, so that a leaked connection shows at once. No read cache: every read must
    // reach the database, where the test drops its connection.
    app = await bootstrap({ ...t.app.config, port: 0, dbPoolSize: 2, readCacheBytes: 0 }, { logger });
    url = `${app.url}/graphql`;
    admin = new pg.Client({ connectionString: t.app.config.databaseUrl ?? '' });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await app?.close();
    await t?.close();
  });
  beforeEach(() => {
    logs.length = 0;
  });

  async function post(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<unknown>> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.users.ADMIN.token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Pick<GraphQLResponse<unknown>, 'data' | 'errors'>;
    return { status: response.status, headers: response.headers, statements: 0, ...body };
  }

  /** Backends of this database (other than the admin's) waiting on a lock. */
  async function waiting(): Promise<number[]> {
    // Inside the lock's transaction the activity view is a snapshot unless cleared.
    await admin.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
       AND wait_event_type = 'Lock'`,
    );
    return rows.map((r) => r.pid);
  }

  async function untilWaiting(except: readonly number[] = []): Promise<number[]> {
    for (let i = 0; i < 500; i += 1) {
      const pids = (await waiting()).filter((pid) => !except.includes(pid));
      if (pids.length > 0) return pids;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('no request came to wait on the lock');
  }

  async function rowCounts(): Promise<Record<string, number>> {
    const { rows } = await admin.query(
      `SELECT (SELECT count(*)::int FROM project_commit) AS commits, (SELECT count(*)::int FROM entity) AS entities,
              (SELECT count(*)::int FROM wbe_version) AS wbe_versions, (SELECT count(*)::int FROM branch) AS branches`,
    );
    return rows[0] as Record<string, number>;
  }

  const TREE = `query($id: UUID!) { project(id: $id) { code wbes { code costElements { code budget } } } }`;
  const expectedTree = () => ({
    project: { code: 'HARD', wbes: [{ code: '1', costElements: [{ code: 'CE-1', budget: '1000.00' }] }] },
  });

  it('answers reads in full right after every connection was dropped', async () => {
    // Open several pooled connections, then drop them all while they sit idle.
    await Promise.all(Array.from({ length: 6 }, () => post(TREE, { id: s.projectId })));
    await admin.query(TERMINATE_OTHERS);
    const results = await Promise.all(Array.from({ length: 6 }, () => post(TREE, { id: s.projectId })));
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual(expectedTree());
    }
  });

  it('runs a query again on a fresh connection when its connection drops mid-query', async () => {
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE project_version IN ACCESS EXCLUSIVE MODE');
    const pending = post(TREE, { id: s.projectId });
    await untilWaiting();
    await admin.query(TERMINATE_OTHERS);
    await admin.query('ROLLBACK');
    const result = await pending;
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
    expect(result.data).toEqual(expectedTree());
    expect(logs.some((l) => l.level === 40 && /retrying once/.test(l.msg))).toBe(true);
    expect(logs.some((l) => l.level >= 50)).toBe(false);
  });

  it('answers DATABASE_UNAVAILABLE (503, retry hint) when the retry loses its connection too, logged with its cause', async () => {
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE project_version IN ACCESS EXCLUSIVE MODE');
    const pending = post(TREE, { id: s.projectId });
    const first = await untilWaiting();
    await admin.query(TERMINATE_OTHERS);
    await untilWaiting(first);
    await admin.query(TERMINATE_OTHERS);
    await admin.query('ROLLBACK');
    const result = await pending;
    expect(result.status).toBe(503);
    expect(result.headers.get('retry-after')).toBe('1');
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(result.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(1);
    expect(JSON.stringify(result.errors)).not.toMatch(/terminating|stacktrace|pg_/);
    const logged = logs.find((l) => l.level === 50 && l.msg === 'database unavailable');
    expect(logged?.err?.message).toMatch(/terminat/);
    // The server is fine afterwards.
    expect((await post(TREE, { id: s.projectId })).data).toEqual(expectedTree());
  });

  it('writes nothing when a mutation loses its connection mid-transaction, and does not run it again', async () => {
    const before = await rowCounts();
    await admin.query('BEGIN');
    // SHARE lets the mutation read and write everything else, then stops its INSERT into wbe_version.
    await admin.query('LOCK TABLE wbe_version IN SHARE MODE');
    const pending = post(
      `mutation($p: UUID!) { createWBE(projectId: $p, input: { code: "LOST", name: "Lost" }) { id } }`,
      {
        p: s.projectId,
      },
    );
    await untilWaiting();
    await admin.query(TERMINATE_OTHERS);
    await admin.query('ROLLBACK');
    const result = await pending;
    expect(result.status).toBe(503);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await rowCounts()).toEqual(before);
    expect(logs.some((l) => l.level === 50 && l.msg === 'database unavailable')).toBe(true);
    // The same mutation goes through once the database is back.
    const again = await post(
      `mutation($p: UUID!) { createWBE(projectId: $p, input: { code: "LOST", name: "Lost" }) { id } }`,
      {
        p: s.projectId,
      },
    );
    expect(again.errors).toBeUndefined();
  });

  it('leaks no pool slot when mutations lose their connections (kysely #1990)', async () => {
    for (let i = 0; i < 3; i += 1) {
      await admin.query('BEGIN');
      await admin.query('LOCK TABLE wbe_version IN SHARE MODE');
      const pending = post(
        `mutation($p: UUID!) { createWBE(projectId: $p, input: { code: "LEAK-${i}", name: "L" }) { id } }`,
        {
          p: s.projectId,
        },
      );
      await untilWaiting();
      await admin.query(TERMINATE_OTHERS);
      await admin.query('ROLLBACK');
      expect((await pending).errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Two connections in the pool: had the three dead ones stayed checked out, these would wait forever.
    const results = await Promise.all(Array.from({ length: 4 }, () => post(TREE, { id: s.projectId })));
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data).toMatchObject({ project: { code: 'HARD' } });
    }
  }, 20_000);

  it("retries the token's user lookup too, before the operation runs", async () => {
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE user_version IN ACCESS EXCLUSIVE MODE');
    const pending = post('{ me { email } }');
    await untilWaiting();
    await admin.query(TERMINATE_OTHERS);
    await admin.query('ROLLBACK');
    const result = await pending;
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ me: { email: t.users.ADMIN.email } });
  });

  it('answers DATABASE_UNAVAILABLE when the user lookup fails twice', async () => {
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE user_version IN ACCESS EXCLUSIVE MODE');
    const pending = post('{ me { email } }');
    const first = await untilWaiting();
    await admin.query(TERMINATE_OTHERS);
    await untilWaiting(first);
    await admin.query(TERMINATE_OTHERS);
    await admin.query('ROLLBACK');
    const result = await pending;
    expect(result.status).toBe(503);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(logs.some((l) => l.level === 50 && l.msg === 'database unavailable')).toBe(true);
  });
});
